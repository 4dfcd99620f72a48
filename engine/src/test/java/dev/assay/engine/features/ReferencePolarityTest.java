package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.concepts.Antonyms;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contradiction cues against the closest reference. The reference answers are Beetle's (SemEval-2013
 * Task 7, CC-BY-SA 3.0), question BULB_C_VOLTAGE_EXPLAIN_WHY1.
 */
class ReferencePolarityTest {

    private static final Question Q = new Question("WHY1", "WHY1",
            "Explain why you got a voltage reading of 1.5 for terminal 1 and the positive terminal.", null,
            QuestionKind.SHORT_ANSWER, null, List.of(), List.of(), null, List.of(
                    new ModelAnswer("best", "Terminal 1 and the positive terminal are not connected", null, null),
                    new ModelAnswer("minimal", "terminal 1 is connected to the negative battery terminal", null, null)));

    private final ReferencePolarity polarity = new ReferencePolarity(TextAnalyzer.shared());

    private Features of(Question q, String answer) {
        Features f = new Features();
        polarity.extract(q, TextAnalyzer.shared().analyze(answer), f);
        return f;
    }

    @Test
    void anAnswerThatDropsTheReferencesNegationMismatches() {
        assertEquals(1.0, of(Q, "terminal 1 is connected to the positive terminal").get(Features.POLARITY_MISMATCH));
        assertEquals(0.0, of(Q, "terminal 1 is not connected to the positive terminal").get(Features.POLARITY_MISMATCH));
    }

    @Test
    void anAnswerThatAddsANegationMismatches() {
        assertEquals(1.0, of(Q, "terminal 1 is not connected to the negative battery terminal")
                .get(Features.POLARITY_MISMATCH));
        assertEquals(0.0, of(Q, "terminal 1 is connected to the negative terminal of the battery")
                .get(Features.POLARITY_MISMATCH));
    }

    @Test
    void wordNetKnowsTheAntonymsTheFeatureNeeds() {
        assertTrue(Antonyms.of("open").contains("closed") || Antonyms.of("open").contains("close"), Antonyms.of("open").toString());
        assertTrue(Antonyms.of("same").contains("different"), Antonyms.of("same").toString());
    }

    @Test
    void anAntonymWithTheReferencesPolarityConflictsAndANegatedOneDoesNot() {
        Question q = new Question("OPEN", "OPEN", "Why does bulb A not light?", null, QuestionKind.SHORT_ANSWER, null,
                List.of(), List.of(), null, List.of(new ModelAnswer("r", "bulb A is in an open path", null, null)));
        assertEquals(1.0, of(q, "bulb A is in a closed path").get(Features.ANTONYM_CONFLICT));
        assertEquals(0.0, of(q, "bulb A is in a path that is not closed").get(Features.ANTONYM_CONFLICT));
        assertEquals(0.0, of(q, "bulb A is in an open path").get(Features.ANTONYM_CONFLICT));
    }

    @Test
    void noReferenceNoFeatures() {
        Question q = new Question("N", "N", "Why?", null, QuestionKind.SHORT_ANSWER, null, List.of(), List.of(), null,
                List.of());
        Features f = of(q, "because it is not connected");
        assertEquals(0.0, f.get(Features.POLARITY_MISMATCH));
        assertEquals(0.0, f.get(Features.ANTONYM_CONFLICT));
    }
}
