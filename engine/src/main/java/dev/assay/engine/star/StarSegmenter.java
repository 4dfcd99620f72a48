package dev.assay.engine.star;

import dev.assay.engine.analysis.Analysis;
import dev.assay.rubric.model.Question;
import java.util.List;

/** Labels each sentence or clause of an answer S, T, A, R or O. Thread-safe. */
public final class StarSegmenter {

    /** Segments in text order, non-overlapping, covering every sentence of the analysis. */
    public List<Segment> segment(Analysis analysis, Question question) {
        throw new UnsupportedOperationException("not built yet");
    }
}
