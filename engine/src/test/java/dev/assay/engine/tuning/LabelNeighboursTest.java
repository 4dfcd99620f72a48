package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per label, the best word overlap with the question's training answers of that label. */
class LabelNeighboursTest {

    @Test
    void theSameWordsAsAKnownContradictionScoreOneForThatLabel() {
        // Beetle-like answers (SemEval-2013 Task 7, CC-BY-SA 3.0, paraphrased).
        LabelNeighbours n = new LabelNeighbours(List.of("contradictory", "correct", "incorrect"));
        n.add(0, "Q", "terminal 1 is not connected to the positive terminal", 1);
        n.add(1, "Q", "terminal 1 is connected to the positive terminal", 0);
        n.add(2, "Q", "the battery is dead", 2);
        n.add(3, "OTHER", "terminal 1 is connected to the positive terminal", 2);

        Map<String, Double> f = n.features("Q", "Terminal 1 is connected to the positive terminal.", null);
        assertEquals(1.0, f.get("label_similarity_contradictory"), 1e-9);
        assertEquals(1.0 - 1.0 / 9, f.get("label_similarity_correct"), 1e-9); // 4 of 4 and 5 words: 8 / 9
        assertEquals(0.0, f.get("label_similarity_incorrect"), 1e-9);
    }

    @Test
    void anAnswersOwnTrainingRowIsLeftOut() {
        LabelNeighbours n = new LabelNeighbours(List.of("correct"));
        n.add(0, "Q", "the path is closed", 0);
        assertEquals(0.0, n.features("Q", "the path is closed", 0).get("label_similarity_correct"));
        assertEquals(1.0, n.features("Q", "the path is closed", null).get("label_similarity_correct"));
    }
}
