package dev.assay.rubric.model;

import java.util.Map;

/**
 * A reference answer.
 *
 * @param score    the score it deserves, if known (null: the top of the scale)
 * @param sections per-STAR-section text, keyed by S/T/A/R, when the bank gives it that way
 */
public record ModelAnswer(String id, String text, Double score, Map<StarLabel, String> sections) {

    public ModelAnswer {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }
}
