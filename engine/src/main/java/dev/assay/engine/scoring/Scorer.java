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
     * copied or stuffed. For reference-answer questions ({@code short_answer}) only "empty" acts: there
     * the reference is the expected answer, so repeating it is what a correct answer does (Mohler 2011:
     * answers flagged as copies average 4.98 of 5), and a one-line answer shares too few words with the
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
            share = 0;
        }
        if (flags.contains(Flag.COPIED_REFERENCE) || flags.contains(Flag.KEYWORD_STUFFING)) {
            share = Math.min(share, CAP_SHARE);
        }
        if (flags.contains(Flag.TOO_SHORT)) {
            share = Math.min(share, shortCap(words));
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
