package dev.assay.engine.evaluation;

/**
 * What produced an Evaluation.
 *
 * @param engine     the engine version
 * @param rubricHash SHA-256 of the bank's canonical JSON form
 * @param weights    the scoring weights used: {@code default} or the tuned weights' id
 */
public record Versions(String engine, String rubricHash, String weights) {
}
