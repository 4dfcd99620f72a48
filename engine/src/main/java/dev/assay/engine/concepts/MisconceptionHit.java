package dev.assay.engine.concepts;

/** Evidence that an answer states a known misconception; negated evidence costs nothing. */
public record MisconceptionHit(String misconceptionId, double strength, int sentence, int begin, int end,
                               String matchedText, boolean negated, String phrasing) {
}
