package dev.assay.engine.tuning;

import dev.assay.engine.features.Features;
import dev.assay.rubric.model.QuestionKind;
import java.util.List;

/** Which of the engine's named features {@code tune} combines, per question kind. */
public final class TuningFeatures {

    private TuningFeatures() {
    }

    public static List<String> forKind(QuestionKind kind) {
        return switch (kind) {
            case SHORT_ANSWER -> List.of(Features.COSINE, Features.BM25, Features.CONCEPT_COVERAGE, Features.COPY_OVERLAP,
                    Features.OWN_TOPIC, Features.TOPIC_MARGIN, Features.LENGTH_RATIO, Features.REF_COVERAGE,
                    Features.REF_PRECISION, Features.SOFT_COVERAGE, Features.SOFT_PRECISION, Features.VECTOR_COSINE,
                    Features.REF_LENGTH_RATIO);
            case BEHAVIORAL -> List.of(Features.STAR_COMPLETENESS, Features.STAR_S, Features.STAR_T, Features.STAR_A,
                    Features.STAR_R, Features.QUANTIFIED_COMPLETE, Features.THIN_ACTION, Features.NEGATED_ACTIONS,
                    Features.STAR_ORDER, Features.CONCEPT_COVERAGE, Features.COSINE, Features.LENGTH_RATIO);
            case PROCEDURAL -> List.of(Features.CONCEPT_COVERAGE, Features.REQUIRED_MISSING,
                    Features.MISCONCEPTION_PENALTY, Features.STEP_ORDER, Features.COSINE, Features.BM25,
                    Features.LENGTH_RATIO, Features.KEYWORD_LIST_SHARE);
        };
    }
}
