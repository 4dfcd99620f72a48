package dev.assay.engine.concepts;

/**
 * Evidence that an answer expresses a rubric concept.
 *
 * @param conceptId   the concept's id in the question
 * @param strength    0–1: how fully and closely the phrasing was matched
 * @param sentence    index of the sentence holding the evidence
 * @param begin       character offset of the evidence (inclusive)
 * @param end         character offset (exclusive)
 * @param matchedText the answer's text between begin and end
 * @param negated     the evidence sits in a negation's scope ("we didn't roll back"): it earns no credit
 * @param phrasing    the rubric phrasing (or synonym-expanded form) that matched; for pooled words the
 *                    words, for a meaning hit the rubric text nearest the sentence and the cosine
 * @param source      how the evidence was found
 */
public record ConceptHit(String conceptId, double strength, int sentence, int begin, int end,
                         String matchedText, boolean negated, String phrasing, Source source) {

    /** How a piece of evidence was found. */
    public enum Source {
        /** One rubric phrasing's words in a window of the answer ({@code ConceptMatcher}). */
        PHRASING,
        /** A point's words pooled over its phrasings, in one sentence ({@code PointAligner}). */
        POOLED,
        /** A sentence's meaning, read by the sentence encoder (semantic mode). */
        MEANING
    }

    /** The phrasing of a hit from a point's pooled words: the prefix, then the rubric words matched. */
    public static final String POOLED_PREFIX = "point words: ";

    /** Whether the evidence is the point's pooled words ({@code PointAligner}) rather than one phrasing. */
    public boolean pooled() {
        return source == Source.POOLED;
    }

    /** Whether the evidence is a sentence's meaning, read by the sentence encoder (semantic mode). */
    public boolean semantic() {
        return source == Source.MEANING;
    }
}
