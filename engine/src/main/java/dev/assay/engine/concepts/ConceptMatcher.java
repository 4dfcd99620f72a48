package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.rubric.model.Question;

/** Finds a question's concepts and misconceptions in an analysed answer. Thread-safe. */
public final class ConceptMatcher {

    /** A concept counts as covered when its best non-negated hit is at least this strong. */
    public static final double COVERED_THRESHOLD = 0.5;

    public ConceptMatch match(Analysis analysis, Question question) {
        throw new UnsupportedOperationException("not built yet");
    }
}
