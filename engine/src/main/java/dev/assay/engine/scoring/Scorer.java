package dev.assay.engine.scoring;

import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.features.Features;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import java.util.Map;
import java.util.Set;

/** Combines features by weights onto the question's scale, then applies the flags' caps. */
public final class Scorer {

    /** Highest share of the scale a copied or keyword-stuffed answer can earn (1 of 5). */
    static final double CAP_SHARE = 0.2;
    /**
     * Least share of the scale an answer about its question earns (1 of 5), however little of the rubric it
     * meets: a seed-style scale keeps 0 for no answer, an answer to another question or a copy passed off as
     * one's own, and gives 1 to "almost nothing of what the question asks; generic buzzwords; keyword lists"
     * (the interview raters' brief). Raters give such answers 1: on the interview set's development questions
     * (generic, keyword-list and habit answers) and on the reviewers' banks, where 57 of the 63 answers the
     * engine scored under 0.6 were rated 0.5–2.5. Off-topic, empty and non-English answers stay at 0.
     */
    public static final double FLOOR_SHARE = 0.2;
    /** Highest share a story told only as "we" can earn (3 of 5): see {@link Flag#WE_ONLY}. */
    static final double WE_ONLY_SHARE = 0.6;

    private final ScoringWeights weights;

    public Scorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** The raw score, 0–1, before caps. */
    public double raw(Question question, Features features) {
        double raw = 0;
        for (Map.Entry<String, Double> w : weights.forKind(question.kind()).entrySet()) {
            raw += w.getKey().equals(ScoringWeights.INTERCEPT) ? w.getValue()
                    : w.getValue() * FeatureTerm.value(w.getKey(), features::get);
        }
        return Math.max(0, Math.min(1, raw));
    }

    /** The score on the question's scale. */
    public double score(Question question, Features features, Set<Flag> flags) {
        Scale scale = question.scale();
        double share = withFlags(raw(question, features), flags, question.kind(), features.get(Features.WORDS));
        return scale.clamp(scale.min() + share * (scale.max() - scale.min()));
    }

    /**
     * The share of the scale after the flags' rules: nothing when empty or off topic, capped when
     * copied, stuffed or told only as "we", and at least {@link #FLOOR_SHARE} otherwise. For
     * reference-answer questions ({@code short_answer}) only "empty" acts: there the reference is the
     * expected answer, so repeating it is what a correct answer does (Mohler 2011: answers flagged as
     * copies average 4.98 of 5), and a one-line answer shares too few words with the
     * question's topic for the off-topic test to be meant (flagged answers average 3.4 of 5); the
     * features carry that evidence into the score instead. A too-short answer can earn at most
     * {@link #shortCap}: a few words cannot make a complete answer, however many terms they name.
     */
    public static double withFlags(double share, Set<Flag> flags, QuestionKind kind, double words) {
        if (flags.contains(Flag.EMPTY)) {
            return 0;
        }
        if (kind == QuestionKind.SHORT_ANSWER) {
            return share;
        }
        if (flags.contains(Flag.OFF_TOPIC) || flags.contains(Flag.NOT_ENGLISH)) {
            return 0;
        }
        return Math.max(capped(share, flags, words), FLOOR_SHARE);
    }

    /**
     * Whether {@link #FLOOR_SHARE} lifted this share: the score's explanation then says so, since no
     * criterion's credit accounts for it. Never for reference-answer questions, whose graders give a wrong
     * answer 0 (Mohler, SemEval, SAF), nor where a flag's 0 holds (empty, off topic, not English).
     */
    public static boolean floored(double share, Set<Flag> flags, QuestionKind kind, double words) {
        return withFlags(share, flags, kind, words) > capped(share, flags, words);
    }

    private static double capped(double share, Set<Flag> flags, double words) {
        if (flags.contains(Flag.COPIED_REFERENCE) || flags.contains(Flag.KEYWORD_STUFFING)) {
            share = Math.min(share, CAP_SHARE);
        }
        if (flags.contains(Flag.TOO_SHORT)) {
            share = Math.min(share, shortCap(words));
        }
        if (flags.contains(Flag.WE_ONLY)) {
            share = Math.min(share, WE_ONLY_SHARE);
        }
        return share;
    }

    /**
     * The most a too-short answer can earn: {@link #CAP_SHARE} plus the rest in proportion to its
     * length up to {@link FlagDetector#TOO_SHORT_WORDS} (3 words: 1.5 of 5; 15 words: 3.4 of 5). Both
     * raters of the interview set gave every answer under 25 words 2 of 5.
     */
    static double shortCap(double words) {
        return CAP_SHARE + (1 - CAP_SHARE) * Math.max(0, Math.min(1, words / FlagDetector.TOO_SHORT_WORDS));
    }
}
