package dev.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Conditions a grader should know about; each also shapes the score. */
public enum Flag {
    /**
     * No answer: no words at all, only a stock phrase for none ("not answered", "I don't know"), or an answer that
     * opens by declining the question ("I can't really think of a time …", "I'm not sure") and earns nothing else.
     */
    EMPTY,
    /** Much shorter than a complete answer could be. */
    TOO_SHORT,
    /** Closer to another question of the bank than to its own, or far from its own. */
    OFF_TOPIC,
    /** Rubric terms listed without the sentences that would make them an answer. */
    KEYWORD_STUFFING,
    /** A near copy of a model answer. */
    COPIED_REFERENCE,
    /**
     * A story told as "we" throughout, never saying what the candidate did ("I", "my"): its own part is unclear,
     * so it earns at most 3 of 5 (the raters' "adequate: the core is there with one clear gap").
     */
    WE_ONLY,
    /** Not written in English, the only language the engine reads: not graded (score 0), a person should look. */
    NOT_ENGLISH,
    /** The engine is not sure enough of this score: a person should look. */
    NEEDS_HUMAN_REVIEW;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
