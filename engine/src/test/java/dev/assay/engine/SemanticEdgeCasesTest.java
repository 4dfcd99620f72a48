package dev.assay.engine;

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
    void theEncodersFeatureIsThereForEveryAnswerEvenAnEmptyOne() {
        for (String text : new String[] {"", "🔥🔥🚀", "?!...", "We rolled back within five minutes."}) {
            Evaluation e = grader.grade("s", "Q2", text);
            assertTrue(e.features().containsKey("semantic_cosine"), text);
            assertTrue(e.versions().encoder() != null, text);
        }
    }
}
