package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.features.Features;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ridge penalty shrinks toward the built-in weights (--prior) or toward zero; of a fit's correction
 * to the built-in weights, tune keeps the share that predicts held-out questions best.
 */
class TunerPriorTest {

    private static final Question Q = new Question("p1", "P", "How?", null, QuestionKind.PROCEDURAL,
            new Scale(0, 5, List.of()), null, null, null, null);

    /** Graded exactly as the default procedural weights say: 1.1 × concept coverage of the scale. */
    private static List<FeatureTable.Row> rowsGradedByTheDefaults() {
        List<FeatureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double coverage = (i % 10) / 12.0;
            double grade = 5 * 1.1 * coverage;
            rows.add(new FeatureTable.Row(new GradedAnswer("a" + i, "p1", "text " + i, grade, null, null, "a" + i), Q,
                    Map.of(Features.CONCEPT_COVERAGE, coverage, Features.LENGTH_RATIO, (i * 7 % 11) / 10.0),
                    EnumSet.noneOf(dev.assay.engine.evaluation.Flag.class), grade, 0.5));
        }
        return rows;
    }

    private static double coverageWeight(Tuner.Prior prior, double lambda) {
        Tuner t = new Tuner(new Tuner.Options(5, false, null, lambda, 42, prior));
        Ridge.Linear lin = t.fit(rowsGradedByTheDefaults(), List.of(), false).base().get(QuestionKind.PROCEDURAL);
        return lin.weights()[lin.features().indexOf(Features.CONCEPT_COVERAGE)];
    }

    @Test
    void aHeavyPenaltyKeepsTheDefaultsWhenShrinkingTowardThem() {
        assertEquals(1.1, coverageWeight(Tuner.Prior.DEFAULT, 100), 1e-6);
        assertEquals(1.1, coverageWeight(Tuner.Prior.AUTO, 100), 1e-6);
    }

    @Test
    void aHeavyPenaltyErasesTheWeightsWhenShrinkingTowardZero() {
        assertTrue(coverageWeight(Tuner.Prior.ZERO, 100) < 0.05, "weight " + coverageWeight(Tuner.Prior.ZERO, 100));
    }

    @Test
    void aLightPenaltyFindsTheGradesWhicheverThePrior() {
        assertEquals(1.1, coverageWeight(Tuner.Prior.ZERO, 1e-6), 1e-3);
        assertEquals(1.1, coverageWeight(Tuner.Prior.DEFAULT, 1e-6), 1e-3);
    }

    @Test
    void autoTrustsTheDefaultsOnlyWhereTheyComeFromAHolisticScale() {
        assertTrue(Tuner.Prior.AUTO.towardDefaults(QuestionKind.BEHAVIORAL));
        assertTrue(Tuner.Prior.AUTO.towardDefaults(QuestionKind.PROCEDURAL));
        assertTrue(!Tuner.Prior.AUTO.towardDefaults(QuestionKind.SHORT_ANSWER));
        assertTrue(Tuner.Prior.DEFAULT.towardDefaults(QuestionKind.SHORT_ANSWER));
    }

    /**
     * Graded by the defaults plus {@code slope[g] × (length − 0.5)} in group g: a length effect whose
     * sign and size depend on the question, so what a fit learns from some groups misleads on another.
     */
    private static List<FeatureTable.Row> rowsWithAQuestionSpecificLengthEffect(double... slope) {
        List<FeatureTable.Row> rows = new ArrayList<>();
        for (int g = 0; g < slope.length; g++) {
            for (int i = 0; i < 20; i++) {
                double coverage = (i % 10) / 12.0;
                double length = (i * 7 % 11) / 10.0;
                double share = Math.max(0, Math.min(1, 1.1 * coverage + slope[g] * (length - 0.5)));
                String id = "g" + g + "-" + i;
                rows.add(new FeatureTable.Row(new GradedAnswer(id, "p1", "text " + id, 5 * share, null, null, "g" + g),
                        Q, Map.of(Features.CONCEPT_COVERAGE, coverage, Features.LENGTH_RATIO, length),
                        EnumSet.noneOf(dev.assay.engine.evaluation.Flag.class), 5 * share, 0.5));
            }
        }
        return rows;
    }

    private static Tuner.Fitted fitWithDefaultsPrior(List<FeatureTable.Row> rows) {
        return new Tuner(new Tuner.Options(10, false, null, 0.01, 42, Tuner.Prior.AUTO)).fit(rows, List.of(), false);
    }

    @Test
    void aCorrectionThatHoldsOnEveryQuestionIsKeptWhole() {
        Tuner.Fitted f = fitWithDefaultsPrior(rowsWithAQuestionSpecificLengthEffect(0.4, 0.4, 0.4, 0.4));
        assertEquals(1.0, f.damping().get(QuestionKind.PROCEDURAL));
        Ridge.Linear lin = f.base().get(QuestionKind.PROCEDURAL);
        // clamping the shares to 0–1 and the penalty take a little off 0.4; the point is that it is there
        double length = lin.weights()[lin.features().indexOf(Features.LENGTH_RATIO)];
        assertTrue(length > 0.25, "length weight " + length);
    }

    @Test
    void aCorrectionThatMisleadsOnTheHeldOutQuestionIsDropped() {
        Tuner.Fitted f = fitWithDefaultsPrior(rowsWithAQuestionSpecificLengthEffect(0.4, 0.4, -0.8));
        assertEquals(0.0, f.damping().get(QuestionKind.PROCEDURAL));
        Ridge.Linear lin = f.base().get(QuestionKind.PROCEDURAL);
        assertEquals(0.0, lin.weights()[lin.features().indexOf(Features.LENGTH_RATIO)], 1e-9);
        assertEquals(1.1, lin.weights()[lin.features().indexOf(Features.CONCEPT_COVERAGE)], 1e-9);
    }

    @Test
    void withoutAPriorTheFitIsKeptWhole() {
        Tuner.Fitted f = new Tuner(new Tuner.Options(10, false, null, 0.01, 42, Tuner.Prior.ZERO))
                .fit(rowsWithAQuestionSpecificLengthEffect(0.4, 0.4, -0.8), List.of(), false);
        assertEquals(1.0, f.damping().get(QuestionKind.PROCEDURAL));
    }

    @Test
    void sumOfTwoLinearFunctionsJoinsTheirFeatures() {
        Ridge.Linear a = new Ridge.Linear(List.of("x", "y"), 0.5, new double[] {1, 2});
        Ridge.Linear b = new Ridge.Linear(List.of("y", "z"), 0.25, new double[] {3, 4});
        Ridge.Linear s = a.plus(b);
        assertEquals(List.of("x", "y", "z"), s.features());
        assertEquals(0.75, s.intercept(), 1e-12);
        assertEquals(0.75 + 1 + 5 * 2 + 4 * 7, s.apply(Map.of("x", 1.0, "y", 2.0, "z", 7.0)), 1e-12);
    }
}
