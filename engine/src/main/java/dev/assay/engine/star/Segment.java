package dev.assay.engine.star;

import dev.assay.rubric.model.StarLabel;

/**
 * A labelled span of an answer.
 *
 * @param begin      character offset into the answer text (inclusive)
 * @param end        character offset (exclusive)
 * @param confidence how sure the segmenter is of the label, 0–1
 */
public record Segment(StarLabel label, int begin, int end, double confidence) {
}
