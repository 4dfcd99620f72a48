package dev.assay.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.assay.engine.similarity.SimilarityReport;
import java.util.List;
import java.util.Map;

/**
 * The product's main output: one graded answer with the reasons for its score.
 *
 * @param score      on the question's scale, rounded to 2 decimals
 * @param band       the scale's band for the score, or null when the scale has none
 * @param features   the named feature values the score was computed from
 * @param confidence how likely the score is within one point of a careful human's, 0–1
 * @param label      the label a tuned label model predicts (weights tuned on a labelled set), else null
 * @param labelConfidence that label's probability under the label model (2 decimals), else null
 */
@JsonPropertyOrder({"answer_id", "question_id", "score", "min", "max", "band", "label", "label_confidence", "confidence", "flags", "criteria",
        "segments", "similarity", "features", "feedback", "versions"})
public record Evaluation(
        String answerId,
        String questionId,
        double score,
        double min,
        double max,
        String band,
        double confidence,
        List<Flag> flags,
        List<Criterion> criteria,
        List<SegmentView> segments,
        SimilarityReport similarity,
        Map<String, Double> features,
        List<String> feedback,
        Versions versions,
        @JsonInclude(JsonInclude.Include.NON_NULL) String label,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double labelConfidence) {

    /** An Evaluation without a predicted label: what the engine's own scoring gives. */
    public Evaluation(String answerId, String questionId, double score, double min, double max, String band,
                      double confidence, List<Flag> flags, List<Criterion> criteria, List<SegmentView> segments,
                      SimilarityReport similarity, Map<String, Double> features, List<String> feedback,
                      Versions versions) {
        this(answerId, questionId, score, min, max, band, confidence, flags, criteria, segments, similarity, features,
                feedback, versions, null, null);
    }

    /** The same Evaluation with the label a tuned label model predicts for it, and that label's probability. */
    public Evaluation withLabel(String predicted, Double probability) {
        return new Evaluation(answerId, questionId, score, min, max, band, confidence, flags, criteria, segments,
                similarity, features, feedback, versions, predicted, probability);
    }

    public Evaluation {
        flags = List.copyOf(flags);
        criteria = List.copyOf(criteria);
        segments = List.copyOf(segments);
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
        feedback = List.copyOf(feedback);
    }
}
