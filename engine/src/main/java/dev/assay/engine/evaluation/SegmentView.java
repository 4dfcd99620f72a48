package dev.assay.engine.evaluation;

/** A STAR segment as the Evaluation reports it. */
public record SegmentView(String label, int start, int end, double confidence) {
}
