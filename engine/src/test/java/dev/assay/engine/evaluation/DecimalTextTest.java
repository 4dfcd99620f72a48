package dev.assay.engine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void isDoubleToStringForTheTabledValuesAndTheirNeighbours() {
        for (int k = -10; k <= 2000; k++) {
            for (double d : new double[] {k / 1000.0, k, Math.nextUp(k / 1000.0), Math.nextDown(k / 1000.0),
                    Math.nextUp((double) k), Math.nextDown((double) k), Math.round(k * 0.37) / 1000.0 * 3}) {
                assertEquals(Double.toString(d), DecimalText.of(d), () -> "bits " + Double.doubleToRawLongBits(d));
            }
        }
    }

    @Test
    void isDoubleToStringForAnyDouble() {
        for (double d : new double[] {-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-7, 1e21, 0.1 + 0.2, 1000.0, 1000.5}) {
            assertEquals(Double.toString(d), DecimalText.of(d));
        }
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            double d = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(r.nextLong());
                case 1 -> Math.round(r.nextDouble() * 1e6) / 1000.0;
                default -> r.nextDouble() * 1001;
            };
            assertEquals(Double.toString(d), DecimalText.of(d));
        }
    }
}
