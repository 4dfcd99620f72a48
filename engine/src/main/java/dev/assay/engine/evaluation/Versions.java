package dev.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What produced an Evaluation.
 *
 * @param engine     the engine version
 * @param rubricHash SHA-256 of the bank's canonical JSON form
 * @param weights    the scoring weights used: {@code default} or the tuned weights' id
 * @param encoder    the sentence encoder of the semantic mode, or null (not written) in the default mode
 */
public record Versions(String engine, String rubricHash, String weights,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String encoder) {

    /** The default (lexical) mode: no encoder. */
    public Versions(String engine, String rubricHash, String weights) {
        this(engine, rubricHash, weights, null);
    }
}
