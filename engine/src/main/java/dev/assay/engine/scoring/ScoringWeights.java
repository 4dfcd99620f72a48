package dev.assay.engine.scoring;

import dev.assay.rubric.model.QuestionKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How features combine into a score, per question kind: {@code raw = intercept + Σ weight·feature},
 * clamped to 0–1, then mapped onto the question's scale. The defaults are hand-set on the
 * development questions of the interview set (Q1–Q5, Q8); {@code tune} fits the same form to grades.
 *
 * @param id     {@code default}, or the id of a tuned weights file
 * @param byKind for each kind, the intercept (key {@code _intercept}) and feature weights
 */
public record ScoringWeights(String id, Map<QuestionKind, Map<String, Double>> byKind) {

    public static final String INTERCEPT = "_intercept";

    public ScoringWeights {
        EnumMap<QuestionKind, Map<String, Double>> copy = new EnumMap<>(QuestionKind.class);
        byKind.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        byKind = java.util.Collections.unmodifiableMap(copy);
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
        Map<String, Double> star = new LinkedHashMap<>();
        star.put(INTERCEPT, -0.05);
        star.put(dev.assay.engine.features.Features.STAR_COMPLETENESS, 0.70);
        star.put(dev.assay.engine.features.Features.QUANTIFIED_RESULT, 0.12);
        star.put(dev.assay.engine.features.Features.STAR_ORDER, 0.05);
        star.put(dev.assay.engine.features.Features.LENGTH_RATIO, 0.10);
        star.put(dev.assay.engine.features.Features.COSINE, 0.10);
        m.put(QuestionKind.BEHAVIORAL, star);

        Map<String, Double> procedural = new LinkedHashMap<>();
        procedural.put(INTERCEPT, -0.05);
        procedural.put(dev.assay.engine.features.Features.CONCEPT_COVERAGE, 0.85);
        procedural.put(dev.assay.engine.features.Features.STEP_ORDER, 0.05);
        procedural.put(dev.assay.engine.features.Features.LENGTH_RATIO, 0.10);
        procedural.put(dev.assay.engine.features.Features.COSINE, 0.10);
        procedural.put(dev.assay.engine.features.Features.MISCONCEPTION_PENALTY, -0.5);
        m.put(QuestionKind.PROCEDURAL, procedural);

        Map<String, Double> shortAnswer = new LinkedHashMap<>(procedural);
        shortAnswer.put(dev.assay.engine.features.Features.COSINE, 0.3);
        shortAnswer.put(dev.assay.engine.features.Features.CONCEPT_COVERAGE, 0.6);
        m.put(QuestionKind.SHORT_ANSWER, shortAnswer);
        return new ScoringWeights("default", m);
    }
}
