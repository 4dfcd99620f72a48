package dev.assay.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import org.junit.jupiter.api.Test;

/** The edge cases in the default mode. */
class GraderEdgeCasesTest extends GraderEdgeCases {

    private static Grader shared;

    @Override
    Grader grader() {
        if (shared == null) {
            shared = new Grader(BundledBanks.interview());
        }
        return shared;
    }

    @Test
    void theDefaultModeWritesNothingOfTheSemanticOne() {
        Evaluation e = grader.grade("d", "Q1", "Checkout was failing. I was on call, rolled back, and errors fell to zero.");
        assertNull(e.versions().encoder());
        assertFalse(e.features().containsKey("semantic_cosine"));
        String line = EvaluationJson.line(e);
        assertFalse(line.contains("encoder") || line.contains("meaning"), line);
    }
}
