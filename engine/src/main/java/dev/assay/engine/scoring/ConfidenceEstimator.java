package dev.assay.engine.scoring;

import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.features.Features;
import dev.assay.engine.star.Segment;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import java.util.List;
import java.util.Set;

/**
 * How sure the engine is of a score, 0–1. With tuned weights, the {@link ConfidenceTable} they carry
 * (the observed chance of being within one point of the human grade); otherwise a heuristic:
 * scores are less certain near the middle of the scale (where raters disagree most), when the STAR
 * segmenter was unsure, and when the decisive evidence was weak. Clear-cut flags (empty, off topic)
 * are certain.
 */
public final class ConfidenceEstimator {

    /** Below this weighted share of expected points found, a full answer's low score is uncertain. */
    static final double LOW_COVERAGE = 0.25;
    /**
     * A long answer with part of its points found: on the reviewers' banks and the interview dev questions,
     * procedural answers of {@link #LONG_ANSWER_WORDS}+ words with 25–65 % of the points found were within a
     * point of the human grade about half the time (0.47–0.50, 29 answers) against 0.92–1.00 above that, while
     * the heuristic said 0.70–0.74: the matcher misses points made in plain words.
     */
    static final double PARTIAL_COVERAGE = 0.65;
    static final int LONG_ANSWER_WORDS = 60;

    private final ConfidenceTable calibrated;

    /** The heuristic estimator. */
    public ConfidenceEstimator() {
        this(null);
    }

    /** Uses {@code calibrated} (from tuned weights) when it is not null, else the heuristic. */
    public ConfidenceEstimator(ConfidenceTable calibrated) {
        this.calibrated = calibrated;
    }

    public double estimate(Question question, Features f, List<Segment> segments, Set<Flag> flags, double raw) {
        if (flags.contains(Flag.EMPTY)) {
            return 1.0;
        }
        if (flags.contains(Flag.NOT_ENGLISH)) {
            return 0.2; // not read at all: the 0 says nothing about the answer's quality
        }
        if (calibrated != null) {
            return calibrated.at(raw);
        }
        double c = 0.9;
        if (flags.contains(Flag.OFF_TOPIC)) {
            c = Math.min(c, 0.6 + 2 * Math.abs(f.get(Features.TOPIC_MARGIN)));
        }
        // Mid-scale answers are the ones human raters split on.
        c -= 0.25 * (1 - Math.abs(2 * raw - 1));
        if (question.structure().isStar() && !segments.isEmpty()) {
            double segConf = segments.stream().mapToDouble(Segment::confidence).average().orElse(1);
            c -= 0.2 * (1 - segConf);
        }
        if (flags.contains(Flag.TOO_SHORT) || flags.contains(Flag.KEYWORD_STUFFING)) {
            c -= 0.05;
        }
        if (flags.contains(Flag.COPIED_REFERENCE)) {
            // a near copy of the model answer is either copied or exactly right (a teacher's exam key): a
            // person should decide, so it is routed at any --review-below above one half
            c = Math.min(c, 0.5);
        }
        // questions with listed points, answered without a stated misconception: the matcher may not know the
        // answer's words, so a low share of points found is an uncertain score, not a certain one
        boolean listedPoints = !question.structure().isStar() && question.kind() != QuestionKind.SHORT_ANSWER
                && !question.concepts().isEmpty() && f.get(Features.MISCONCEPTION_PENALTY) == 0;
        double coverage = f.get(Features.CONCEPT_COVERAGE);
        if (listedPoints && coverage < LOW_COVERAGE && !flags.contains(Flag.OFF_TOPIC) && !flags.contains(Flag.TOO_SHORT)
                && !flags.contains(Flag.KEYWORD_STUFFING)) {
            // (almost) no point found in a full answer about its question ("disks nobody's attached" for "delete
            // unused volumes"): a teacher's review found correct plain-word answers at 0.6 of 5 with confidence 0.84
            c = Math.min(c, 0.5 + coverage);
        } else if (listedPoints && coverage < PARTIAL_COVERAGE && f.get(Features.WORDS) >= LONG_ANSWER_WORDS
                && flags.isEmpty()) {
            c = Math.min(c, 0.5);
        }
        return Math.max(0.05, Math.min(1.0, c));
    }
}
