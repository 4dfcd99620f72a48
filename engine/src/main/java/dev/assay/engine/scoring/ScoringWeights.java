package dev.assay.engine.scoring;

import dev.assay.rubric.model.QuestionKind;
import dev.assay.engine.features.Features;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How features combine into a score, per question kind: {@code raw = intercept + Σ weight·feature},
 * clamped to 0–1, then mapped onto the question's scale. The defaults are set by hand from what the
 * holistic scale says (see {@link #defaults()}), not fitted to grades; {@code tune} fits the same
 * form to human grades.
 *
 * @param id     {@code default}, or the id of a tuned weights file
 * @param byKind     for each kind, the intercept (key {@code _intercept}) and feature weights
 * @param confidence confidence calibrated on graded data ({@code tune}), or null for the heuristic
 */
public record ScoringWeights(String id, Map<QuestionKind, Map<String, Double>> byKind, ConfidenceTable confidence) {

    public static final String INTERCEPT = "_intercept";

    public ScoringWeights {
        EnumMap<QuestionKind, Map<String, Double>> copy = new EnumMap<>(QuestionKind.class);
        byKind.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        byKind = java.util.Collections.unmodifiableMap(copy);
    }

    /** Weights with the heuristic confidence. */
    public ScoringWeights(String id, Map<QuestionKind, Map<String, Double>> byKind) {
        this(id, byKind, null);
    }

    public Map<String, Double> forKind(QuestionKind kind) {
        return byKind.getOrDefault(kind, byKind.getOrDefault(QuestionKind.SHORT_ANSWER, Map.of()));
    }

    /**
     * The defaults. Behavioural answers are judged mostly by how complete their story is (the STAR
     * parts present, weighted by the rubric's section weights) and whether the result is quantified;
     * procedural and short answers by the weighted share of expected concepts they cover. Similarity
     * to the model answer and length add a little, never enough to carry an answer on their own.
     */
    public static ScoringWeights defaults() {
        Map<QuestionKind, Map<String, Double>> m = new EnumMap<>(QuestionKind.class);
        // Behavioural: as the holistic scale reads — a complete story earns 4 of 5, a number in its
        // result the fifth; each missing STAR part costs about a point; a story that is mostly context,
        // or that tells what the candidate did not do, costs more.
        Map<String, Double> star = new LinkedHashMap<>();
        star.put(INTERCEPT, 0.0);
        star.put(Features.STAR_COMPLETENESS, 0.8);
        star.put(Features.QUANTIFIED_COMPLETE, 0.2);
        star.put(Features.THIN_ACTION, -0.2);
        star.put(Features.NEGATED_ACTIONS, -0.3);
        // ... and so does a story of another person's deeds: three reviewers rated such stories 1–1.5 of 5
        star.put(Features.OTHERS_DEEDS, -0.3);
        m.put(QuestionKind.BEHAVIORAL, star);

        // Procedural: "nearly every expected point" (about 85 %) earns the top of the scale.
        Map<String, Double> procedural = new LinkedHashMap<>();
        procedural.put(INTERCEPT, 0.0);
        procedural.put(Features.CONCEPT_COVERAGE, 1.1);
        procedural.put(Features.STEP_ORDER, 0.05);
        procedural.put(Features.MISCONCEPTION_PENALTY, -0.5);
        m.put(QuestionKind.PROCEDURAL, procedural);

        // Short answers against a reference: concept coverage and closeness to the reference.
        Map<String, Double> shortAnswer = new LinkedHashMap<>();
        shortAnswer.put(INTERCEPT, 0.1);
        shortAnswer.put(Features.CONCEPT_COVERAGE, 0.6);
        shortAnswer.put(Features.COSINE, 0.4);
        shortAnswer.put(Features.MISCONCEPTION_PENALTY, -0.5);
        m.put(QuestionKind.SHORT_ANSWER, shortAnswer);
        return new ScoringWeights("default", m);
    }
}
