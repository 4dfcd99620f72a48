package dev.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of the answer that earned (or, when negated, was refused) credit.
 *
 * @param sentence index of the sentence in the answer's analysis
 * @param start    character offset into the answer text (inclusive)
 * @param end      character offset (exclusive)
 * @param text     the answer's own words at that place
 * @param strength how closely it matched, 0–1
 * @param negated  in the scope of a negation: reported, not credited
 * @param meaning  for evidence read by meaning (semantic mode): the rubric text the sentence is nearest
 *                 and its cosine; null (not written) for evidence matched by words
 */
public record Evidence(int sentence, int start, int end, String text, double strength, boolean negated,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String meaning) {

    /** Evidence matched by words. */
    public Evidence(int sentence, int start, int end, String text, double strength, boolean negated) {
        this(sentence, start, end, text, strength, negated, null);
    }
}
