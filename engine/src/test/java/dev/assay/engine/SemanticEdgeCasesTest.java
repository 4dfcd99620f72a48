package dev.assay.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/** The edge cases in the semantic mode, where the sentence encoder also reads every sentence. */
class SemanticEdgeCasesTest extends GraderEdgeCases {

    private static Grader shared;

    @Override
    Grader grader() {
        if (shared == null) {
            shared = new Grader(BundledBanks.interview(), Grader.Mode.SEMANTIC);
        }
        return shared;
    }

    @Test
    void theEncodersFeatureIsThereWhereTheQuestionHasAModelAnswer() {
        Evaluation q1 = grader.grade("s", "Q1", "Checkout was failing. I was on call, rolled back, and errors fell to zero.");
        assertTrue(q1.features().get("semantic_cosine") > 0.2, q1.features().toString());
        assertTrue(q1.versions().encoder().startsWith("all-MiniLM-L6-v2"), q1.versions().toString());
        // Q2 has no model answer: no cosine to report, rather than a 0 that reads as "far from it"
        Evaluation q2 = grader.grade("s", "Q2", "We rolled back within five minutes.");
        assertFalse(q2.features().containsKey("semantic_cosine"), q2.features().toString());
        for (String nothing : new String[] {"", "🔥🔥🚀", "?!..."}) {
            assertFalse(grader.grade("s", "Q1", nothing).features().containsKey("semantic_cosine"), nothing);
        }
    }
}
