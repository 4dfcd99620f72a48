package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.engine.evaluation.Flag;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The nearest graded answers keep "not": a negated answer's neighbour is the negated training answer. */
class NearestGradedNegationTest {

    private static final Question Q = new Question("Q", "Q", "Why does bulb A not light?", null,
            QuestionKind.SHORT_ANSWER, new Scale(0, 2, List.of()), List.of(), List.of(), null,
            List.of(new ModelAnswer("r", "Bulb A is not in a closed path", null, null)));

    private static FeatureTable.Row row(String id, String text, double grade, String label) {
        return new FeatureTable.Row(new GradedAnswer(id, "Q", text, grade, label, "train", id), Q, Map.of(),
                EnumSet.noneOf(Flag.class), 0, 0);
    }

    @Test
    void negationDecidesTheNearestAnswer() {
        // Beetle-like answers (SemEval-2013 Task 7, CC-BY-SA 3.0, paraphrased).
        NearestGraded ng = new NearestGraded(List.of(
                row("a", "bulb A is not in a closed path", 2, "correct"),
                row("b", "bulb A is in a closed path", 0, "contradictory")), List.of("contradictory", "correct"));

        assertEquals(1.0, ng.features("x", "Q", "the bulb is not in a closed path").get(NearestGraded.TOP_GRADE));
        assertEquals(0.0, ng.features("y", "Q", "the bulb is in a closed path").get(NearestGraded.TOP_GRADE));
    }

    @Test
    void theAnalyzerKeepsNoAndNotButDropsOtherStopwords() {
        assertEquals(false, NeighbourAnalyzer.stopwords().contains("not"));
        assertEquals(false, NeighbourAnalyzer.stopwords().contains("no"));
        assertEquals(true, NeighbourAnalyzer.stopwords().contains("the"));
    }
}
