package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The label probabilities a word model of the graded training answers gives. */
class WordLabelsTest {

    private static final List<String> LABELS = List.of("contradictory", "correct", "incorrect");

    /** Beetle-like answers (SemEval-2013 Task 7, CC-BY-SA 3.0, paraphrased), ten of each label. */
    private static WordLabels trained() {
        WordLabels w = new WordLabels(LABELS);
        String[] subjects = {"bulb a", "bulb b", "bulb c", "the bulb", "bulb a and b", "both bulbs", "bulb x",
                "the first bulb", "the second bulb", "each bulb"};
        int row = 0;
        for (String s : subjects) {
            w.add(row++, "Q", s + " is in a closed path with the battery", 1);
            w.add(row++, "Q", s + " is not in a closed path with the battery", 0);
            w.add(row++, "Q", s + " is broken", 2);
        }
        return w;
    }

    @Test
    void theWordsThatDecideALabelDecideItForANewAnswer() {
        WordLabels w = trained();
        Map<String, Double> closed = w.features("Q", "Bulb D is in a closed path with the battery.", null);
        Map<String, Double> open = w.features("Q", "Bulb D is not in a closed path with the battery.", null);
        assertTrue(closed.get("words_label_correct") > 0.5, closed.toString());
        assertTrue(open.get("words_label_contradictory") > 0.5, open.toString());
        assertEquals(1.0, closed.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void aTrainingAnswerIsJudgedByAModelThatDidNotSeeIt() {
        WordLabels w = new WordLabels(LABELS);
        for (int i = 0; i < 10; i++) {
            w.add(2 * i, "Q", "the path is closed number " + i, 1);
            w.add(2 * i + 1, "Q", "the switch is open", 2);
        }
        w.add(20, "Q", "a wholly unusual zebra answer", 0);
        // Its own words are seen nowhere else: a model that learnt them would call it contradictory.
        double seen = w.features("Q", "a wholly unusual zebra answer", null).get("words_label_contradictory");
        double unseen = w.features("Q", "a wholly unusual zebra answer", 20).get("words_label_contradictory");
        assertTrue(seen > unseen + 0.2, seen + " vs " + unseen);
    }

    @Test
    void eachWordAndPairIsTheQuestionsAndAnyQuestions() {
        List<String> terms = WordLabels.terms("Q1", "The path is closed");
        assertTrue(terms.contains("q:Q1:path"), terms.toString());
        assertTrue(terms.contains("g:path is"), terms.toString());
        assertTrue(terms.contains("g:is"), terms.toString()); // stopwords kept: "is in" vs "is not in"
    }
}
