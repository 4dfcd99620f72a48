package dev.assay.engine.scoring;

import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.features.Features;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides the flags from the features. Thresholds were picked on the development questions of the
 * interview set; each is a named constant so a reader can see what trips it.
 */
public final class FlagDetector {

    /** Fewer words than this is too short to be a complete answer to any question in the banks. */
    static final int TOO_SHORT_WORDS = 25;
    /** Repeating this share of a reference's content-word pairs is a near copy. */
    static final double COPY_OVERLAP = 0.45;
    /**
     * Off topic: weak word overlap with the question's own topic, at least as much with another
     * question's, and no evidence of an answer to it (no story for a STAR question, almost no
     * expected point otherwise). Word overlap alone cannot
     * tell an off-topic answer from a vivid, specific story (both share few words with the bank).
     */
    static final double OFF_TOPIC_WEAK = 0.12;
    static final double OFF_TOPIC_MAX_COVERAGE = 0.1;
    /** Most of the answer is lists of short comma-separated terms. */
    static final double STUFFING_LIST_SHARE = 0.5;

    /**
     * A reference-answer question (Mohler, SemEval, SAF) is answered in a sentence: there an answer is too
     * short under half its model answer's length, not under {@link #TOO_SHORT_WORDS} (which flagged 96 % of
     * Beetle's answers).
     */
    static final double SHORT_ANSWER_MIN_LENGTH_RATIO = 0.5;

    public Set<Flag> detect(Features f, boolean star) {
        return detect(f, star, true, false, false);
    }

    public Set<Flag> detect(Features f, boolean star, boolean english, boolean namesItsSubject) {
        return detect(f, star, english, namesItsSubject, false);
    }

    /**
     * @param english        whether the answer reads as English ({@code EnglishWords}); when not, only that is said
     * @param namesItsSubject whether the answer names a noun of its question's title ({@code QuestionSubject}):
     *                        then it is about its question, however little it shares with the rubric, and not off topic
     * @param shortAnswer    a reference-answer question: too short is measured against its model answer
     */
    public Set<Flag> detect(Features f, boolean star, boolean english, boolean namesItsSubject, boolean shortAnswer) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        double words = f.get(Features.WORDS);
        if (words == 0 || f.get(Features.NON_ANSWER) == 1) {
            flags.add(Flag.EMPTY);
            return flags;
        }
        if (!english) {
            flags.add(Flag.NOT_ENGLISH);
            return flags;
        }
        boolean noAnswerEvidence = star
                ? f.get(Features.STORY_SHARE) == 0
                : f.get(Features.CONCEPT_COVERAGE) < OFF_TOPIC_MAX_COVERAGE;
        if (!shortAnswer && noAnswerEvidence && f.get(Features.DECLINES) == 1) {
            // "I can't really think of a time I missed a deadline. I'm very organised …": declined, and nothing
            // else earns credit: no answer (the raters' 0), not a poor one
            flags.add(Flag.EMPTY);
            return flags;
        }
        if (words < TOO_SHORT_WORDS
                && (!shortAnswer || f.get(Features.LENGTH_RATIO) < SHORT_ANSWER_MIN_LENGTH_RATIO)) {
            flags.add(Flag.TOO_SHORT);
        }
        if (f.get(Features.COPY_OVERLAP) >= COPY_OVERLAP) {
            flags.add(Flag.COPIED_REFERENCE);
        }
        // "Far from its own question and nearer another's": a weak answer that is still about its own
        // question (the matcher may simply not know its words) is graded, not zeroed.
        boolean nearerAnother = f.get(Features.TOPIC_MARGIN) <= 0;
        // Not for a reference-answer question: a one-line answer shares too few words with anything for
        // topic overlap to tell (Mohler: the 489 answers it flagged had a mean grade of 3.4 of 5; Beetle: 151
        // correct ones), and its feedback told them they did not address the question.
        if (!shortAnswer && noAnswerEvidence && nearerAnother && !namesItsSubject && f.get(Features.OWN_TOPIC) < OFF_TOPIC_WEAK
                && f.get(Features.KEYWORD_LIST_SHARE) < STUFFING_LIST_SHARE) {
            flags.add(Flag.OFF_TOPIC);
        }
        if (f.get(Features.KEYWORD_LIST_SHARE) >= STUFFING_LIST_SHARE) {
            flags.add(Flag.KEYWORD_STUFFING);
        }
        if (star && f.get(Features.WE_ONLY) == 1 && !flags.contains(Flag.OFF_TOPIC)) {
            flags.add(Flag.WE_ONLY);
        }
        return flags;
    }
}
