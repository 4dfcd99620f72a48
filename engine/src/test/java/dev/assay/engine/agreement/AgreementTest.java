package dev.assay.engine.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void perfectAgreementIsOne() {
        double[] s = {0, 1, 2, 3, 4, 5};
        Agreement a = Agreement.of(s, s, 0, 5);
        assertEquals(1.0, a.qwk(), 1e-9);
        assertEquals(1.0, a.pearson(), 1e-9);
        assertEquals(0.0, a.rmse(), 1e-9);
        assertEquals(1.0, a.exact(), 1e-9);
    }

    @Test
    void qwkMatchesAHandComputedCase() {
        // Confusion [[1,1],[0,2]] on a 0–1 scale: observed weighted disagreement 1/4,
        // expected (1*1 + 3*1)/4/4 = ... computed by hand as 1 - 1 / (1*3/4 + 3*1/4 ... ) below.
        int[] a = {0, 0, 1, 1};
        int[] b = {0, 1, 1, 1};
        // observed off-diagonal weight: 1 (cell [0][1]); expected: ha=[2,2], hb=[1,3] → (2*3 + 2*1)/4 = 2
        assertEquals(1 - 1.0 / 2.0, Agreement.qwk(a, b, 0, 1), 1e-9);
    }

    @Test
    void adjacentAndRmseUseScalePoints() {
        Agreement a = Agreement.of(new double[] {1, 2, 5}, new double[] {2, 2, 3}, 0, 5);
        assertEquals(Math.sqrt((1 + 0 + 4) / 3.0), a.rmse(), 1e-9);
        assertEquals(2 / 3.0, a.adjacent(), 1e-9);
        assertEquals(1 / 3.0, a.exact(), 1e-9);
    }
}
