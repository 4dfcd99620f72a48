package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    private static final List<String> LABELS = List.of("low", "mid", "high");

    /** Three well-separated clusters, one per label: around (0, 0), (4, 0) and (0, 4), sd 0.5. */
    private static final double[][] CENTRES = {{0, 0}, {4, 0}, {0, 4}};

    private static Softmax.Model fitted() {
        Random rnd = new Random(7);
        int n = 300;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            x[i][0] = CENTRES[y[i]][0] + 0.5 * rnd.nextGaussian();
            x[i][1] = CENTRES[y[i]][1] + 0.5 * rnd.nextGaussian();
        }
        return Softmax.fit(LABELS, List.of("a", "b"), x, y, 0.001);
    }

    @Test
    void learnsSeparableClasses() {
        Softmax.Model m = fitted();
        assertEquals("low", m.predict(Map.of("a", 0.0, "b", 0.0)));
        assertEquals("mid", m.predict(Map.of("a", 4.0, "b", 0.0)));
        assertEquals("high", m.predict(Map.of("a", 0.0, "b", 4.0)));
        Random rnd = new Random(8);
        for (int i = 0; i < 300; i++) {
            int c = i % 3;
            Map<String, Double> x = Map.of("a", CENTRES[c][0] + 0.5 * rnd.nextGaussian(),
                    "b", CENTRES[c][1] + 0.5 * rnd.nextGaussian());
            assertEquals(LABELS.get(c), m.predict(x), "held-out point " + x);
        }
        assertTrue(m.probabilities(Map.of("a", 4.0, "b", 0.0))[1] > 0.9, "confident at a cluster's centre");
    }

    @Test
    void probabilitiesSumToOne() {
        Softmax.Model m = fitted();
        for (double a : new double[] {-5, 0, 0.4, 1, 50}) {
            double[] p = m.probabilities(Map.of("a", a, "b", a));
            assertEquals(3, p.length);
            assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
            for (double v : p) {
                assertTrue(v >= 0 && v <= 1, "p " + v);
            }
        }
    }

    @Test
    void normaliseIsStableForLargeScores() {
        double[] p = Softmax.normalise(new double[] {1000, 1000, -1000});
        assertArrayEquals(new double[] {0.5, 0.5, 0}, p, 1e-12);
    }

    @Test
    void theJsonFormKeepsTheModel() {
        Softmax.Model m = fitted();
        Softmax.Model back = Softmax.Model.fromJson(m.toJson());
        assertEquals(m.labels(), back.labels());
        assertEquals(m.features(), back.features());
        Map<String, Double> x = Map.of("a", 0.42, "b", 0.3);
        assertArrayEquals(m.probabilities(x), back.probabilities(x), 1e-12);
    }
}
