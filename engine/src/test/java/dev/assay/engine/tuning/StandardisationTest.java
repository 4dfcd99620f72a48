package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StandardisationTest {

    private final double[][] x = {{1, 10, 7}, {2, 20, 7}, {3, 30, 7}, {4, 40, 7}};

    @Test
    void meanAndPopulationStandardDeviationPerColumn() {
        Standardisation s = Standardisation.of(x, 3);
        assertArrayEquals(new double[] {2.5, 25, 7}, s.mean(), 1e-12);
        // population sd (divided by n): sqrt(1.25) for 1..4
        assertArrayEquals(new double[] {Math.sqrt(1.25), 10 * Math.sqrt(1.25), 0}, s.sd(), 1e-12);
    }

    @Test
    void zCentresAndScales() {
        Standardisation s = Standardisation.of(x, 3);
        assertEquals(0, s.z(0, 2.5), 1e-12);
        assertEquals(1, s.z(0, 2.5 + Math.sqrt(1.25)), 1e-12);
        assertEquals(s.z(0, 1), s.z(1, 10), 1e-12, "a column times ten standardises the same");
    }

    @Test
    void aConstantColumnStandardisesToZero() {
        Standardisation s = Standardisation.of(x, 3);
        assertEquals(0, s.z(2, 7));
        assertEquals(0, s.z(2, 1000), "sd 0: left out of the fit, whatever the value");
    }

    @Test
    void onlyTheFirstColumnsAskedForAreRead() {
        Standardisation s = Standardisation.of(x, 1);
        assertEquals(1, s.mean().length);
    }
}
