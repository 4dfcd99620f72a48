package dev.assay.engine.tuning;

import dev.assay.engine.features.Features;
import dev.assay.engine.scoring.FeatureTerm;
import dev.assay.rubric.model.QuestionKind;
import java.util.List;

/** Which of the engine's named features {@code tune} combines, per question kind. */
public final class TuningFeatures {

    private TuningFeatures() {
    }

    /**
     * The terms for a kind. Short answers also get each feature's square root (diminishing returns:
     * on Mohler 2011, 12 folds by assignment, r 0.550 → 0.575 and RMSE 0.916 → 0.897); the other
     * kinds have too few graded answers for twice the terms.
     */
    public static List<String> forKind(QuestionKind kind) {
        if (kind == QuestionKind.SHORT_ANSWER) {
            List<String> terms = new java.util.ArrayList<>(features(kind));
            features(kind).forEach(f -> terms.add(FeatureTerm.sqrt(f)));
            return List.copyOf(terms);
        }
        return features(kind);
    }

    /**
     * The terms of the label model: the kind's, and for short answers the contradiction cues against
     * the reference, which tell a contradictory label from a correct one (SemEval's 3-way) but carry
     * nothing for a grade (Mohler 2011, 12 folds by assignment: r 0.610 → 0.609, RMSE 0.870 → 0.871).
     */
    public static List<String> forLabels(QuestionKind kind) {
        if (kind != QuestionKind.SHORT_ANSWER) {
            return forKind(kind);
        }
        List<String> terms = new java.util.ArrayList<>(forKind(kind));
        terms.addAll(List.of(Features.POLARITY_MISMATCH, Features.ANTONYM_CONFLICT));
        return List.copyOf(terms);
    }

    /** The kind's features; {@code semantic_cosine} exists only in the semantic mode, and is used only there. */
    static List<String> features(QuestionKind kind) {
        return switch (kind) {
            case SHORT_ANSWER -> List.of(Features.COSINE, Features.BM25, Features.CONCEPT_COVERAGE, Features.COPY_OVERLAP,
                    Features.OWN_TOPIC, Features.TOPIC_MARGIN, Features.LENGTH_RATIO, Features.REF_COVERAGE,
                    Features.REF_PRECISION, Features.SOFT_COVERAGE, Features.SOFT_PRECISION, Features.VECTOR_COSINE,
                    Features.REF_LENGTH_RATIO, Features.SEMANTIC_COSINE);
            case BEHAVIORAL -> List.of(Features.STAR_COMPLETENESS, Features.STAR_S, Features.STAR_T, Features.STAR_A,
                    Features.STAR_R, Features.QUANTIFIED_COMPLETE, Features.THIN_ACTION, Features.NEGATED_ACTIONS,
                    Features.STAR_ORDER, Features.CONCEPT_COVERAGE, Features.COSINE, Features.LENGTH_RATIO,
                    Features.SEMANTIC_COSINE);
            case PROCEDURAL -> List.of(Features.CONCEPT_COVERAGE, Features.REQUIRED_MISSING,
                    Features.MISCONCEPTION_PENALTY, Features.STEP_ORDER, Features.COSINE, Features.BM25,
                    Features.LENGTH_RATIO, Features.KEYWORD_LIST_SHARE, Features.SEMANTIC_COSINE);
        };
    }
}
