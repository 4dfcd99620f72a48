package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RidgeTest {

    /** y = 0.3 + 2·a − 1.5·b + 0·c, with a, b, c uniform on different ranges (so standardisation matters). */
    private static double[][] x(int n, Random rnd) {
        double[][] x = new double[n][3];
        for (double[] row : x) {
            row[0] = rnd.nextDouble();
            row[1] = 10 * rnd.nextDouble() - 5;
            row[2] = 100 * rnd.nextDouble();
        }
        return x;
    }

    private static double[] y(double[][] x, Random noise, double sd) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 0.3 + 2 * x[i][0] - 1.5 * x[i][1] + sd * noise.nextGaussian();
        }
        return y;
    }

    @Test
    void recoversKnownCoefficientsWithoutNoise() {
        double[][] x = x(200, new Random(1));
        Ridge.Linear lin = Ridge.fit(List.of("a", "b", "c"), x, y(x, new Random(2), 0), 1e-9);
        assertEquals(0.3, lin.intercept(), 1e-4);
        assertEquals(2.0, lin.weights()[0], 1e-4);
        assertEquals(-1.5, lin.weights()[1], 1e-4);
        assertEquals(0.0, lin.weights()[2], 1e-6);
    }

    @Test
    void recoversKnownCoefficientsThroughNoise() {
        double[][] x = x(2000, new Random(3));
        Ridge.Linear lin = Ridge.fit(List.of("a", "b", "c"), x, y(x, new Random(4), 0.1), 1e-6);
        assertEquals(2.0, lin.weights()[0], 0.05);
        assertEquals(-1.5, lin.weights()[1], 0.01);
        assertEquals(0.0, lin.weights()[2], 0.001);
    }

    @Test
    void thePenaltyShrinksTheWeightsTowardsTheMean() {
        double[][] x = x(300, new Random(5));
        double[] y = y(x, new Random(6), 0.1);
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double previous = Double.MAX_VALUE;
        for (double lambda : new double[] {0.0, 0.1, 1, 10, 1e6}) {
            Ridge.Linear lin = Ridge.fit(List.of("a", "b", "c"), x, y, lambda);
            double size = Math.abs(lin.weights()[0]) + Math.abs(lin.weights()[1]);
            assertTrue(size < previous, "lambda " + lambda + ": " + size + " not below " + previous);
            previous = size;
            if (lambda == 1e6) {
                assertEquals(0, size, 1e-4);
                assertEquals(mean, lin.intercept(), 1e-3, "an all-penalty fit predicts the mean");
            }
        }
    }

    @Test
    void aConstantFeatureGetsNoWeight() {
        double[][] x = {{1, 5}, {2, 5}, {3, 5}, {4, 5}};
        Ridge.Linear lin = Ridge.fit(List.of("a", "k"), x, new double[] {2, 4, 6, 8}, 1e-9);
        assertEquals(0, lin.weights()[1]);
        assertEquals(2, lin.weights()[0], 1e-6);
        assertEquals(0, lin.intercept(), 1e-6);
    }

    @Test
    void applyReadsNamedFeaturesAndSquareRootTerms() {
        Ridge.Linear lin = new Ridge.Linear(List.of("a", "sqrt(b)"), 0.5, new double[] {2, 3});
        assertEquals(0.5 + 2 * 0.25 + 3 * 2, lin.apply(Map.of("a", 0.25, "b", 4.0)), 1e-12);
        assertEquals(0.5, lin.apply(Map.of()), 1e-12, "a missing feature counts 0");
    }
}
