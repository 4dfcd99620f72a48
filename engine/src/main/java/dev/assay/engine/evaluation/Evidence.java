package dev.assay.engine.evaluation;

/**
 * A piece of the answer that earned (or, when negated, was refused) credit.
 *
 * @param sentence index of the sentence in the answer's analysis
 * @param start    character offset into the answer text (inclusive)
 * @param end      character offset (exclusive)
 * @param text     the answer's own words at that place
 * @param strength how closely it matched, 0–1
 * @param negated  in the scope of a negation: reported, not credited
 */
public record Evidence(int sentence, int start, int end, String text, double strength, boolean negated) {
}
