package dev.assay.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.QuestionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceIndexTest {

    private static Question q(String id, String prompt, String model) {
        return new Question(id, prompt, prompt, null, QuestionKind.SHORT_ANSWER, null, List.of(), List.of(), null,
                List.of(new ModelAnswer(id + ".m1", model, null, null)));
    }

    private final QuestionBank bank = new QuestionBank("t", List.of(
            q("Q1", "How do you roll out a database migration?",
                    "Take a backup, rehearse the migration on a production-sized copy, add columns before dropping old ones,"
                            + " and watch replication lag while it runs."),
            q("Q2", "How do you handle a difficult customer?",
                    "Listen to the customer, acknowledge the impact on their business, give regular status updates"
                            + " and set realistic expectations.")));

    private final ReferenceIndex index = ReferenceIndex.build(bank);

    @Test
    void aNearCopyOverlapsTheModelAnswerAndAnOwnAnswerDoesNot() {
        SimilarityReport copy = index.compare("Q1", "Take a backup, rehearse the migration on a production-sized copy,"
                + " add columns before dropping old ones, and watch replication lag while it runs.");
        assertTrue(copy.copyOverlap() > 0.9, "copy overlap " + copy.copyOverlap());
        assertEquals("Q1.m1", copy.bestModelAnswer());
        assertTrue(copy.bm25Normalized() > 0.9);

        SimilarityReport own = index.compare("Q1", "First I check the table sizes and run it against a snapshot to"
                + " measure lock time; I keep a verified backup.");
        assertTrue(own.copyOverlap() < 0.2, "copy overlap " + own.copyOverlap());
        assertTrue(own.cosine() > 0 && own.cosine() < copy.cosine());
    }

    @Test
    void anAnswerToAnotherQuestionIsNearerThatQuestionsTopic() {
        SimilarityReport r = index.compare("Q1", "I listen to the customer and give them regular status updates.");
        assertEquals("Q2", r.nearestOtherQuestion());
        assertTrue(r.nearestOtherTopic() > r.ownTopic());
    }

    @Test
    void emptyTextHasNoSimilarity() {
        SimilarityReport r = index.compare("Q1", "");
        assertEquals(0, r.cosine());
        assertEquals(0, r.copyOverlap());
    }
}
