package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.rubric.model.Question;

/** Finds a question's concepts and misconceptions in an analysed answer. Thread-safe. */
public final class ConceptMatcher {

    public ConceptMatch match(Analysis analysis, Question question) {
        throw new UnsupportedOperationException("not built yet");
    }
}
