package dev.assay.engine.evaluation;

/**
 * {@code Double.toString(d)}, the text Jackson writes for a finite double, looked up for the values
 * an Evaluation is mostly made of: thousandths from 0 to 1 (features, similarities and credits are
 * rounded to 3 decimals) and whole numbers up to 1,000 (word counts, scale bounds). Formatting a
 * double is most of writing an Evaluation's line; each such text is worked out once here.
 */
final class DecimalText {

    private static final int MAX_THOUSANDTHS = 1000;
    private static final int MAX_WHOLE = 1000;
    private static final String[] THOUSANDTHS = new String[MAX_THOUSANDTHS + 1];
    private static final long[] THOUSANDTHS_BITS = new long[MAX_THOUSANDTHS + 1];
    private static final String[] WHOLE = new String[MAX_WHOLE + 1];

    static {
        for (int k = 0; k <= MAX_THOUSANDTHS; k++) {
            double d = k / 1000.0;
            THOUSANDTHS[k] = Double.toString(d);
            THOUSANDTHS_BITS[k] = Double.doubleToRawLongBits(d);
        }
        for (int k = 0; k <= MAX_WHOLE; k++) {
            WHOLE[k] = Double.toString(k);
        }
    }

    private DecimalText() {
    }

    /** {@code Double.toString(d)}, for every double. */
    static String of(double d) {
        if (d >= 0 && d <= MAX_THOUSANDTHS / 1000.0) {
            int k = (int) Math.round(d * 1000);
            if (Double.doubleToRawLongBits(d) == THOUSANDTHS_BITS[k]) { // the same double, so the same text
                return THOUSANDTHS[k];
            }
        }
        if (d >= 0 && d <= MAX_WHOLE && d == Math.rint(d) && Double.doubleToRawLongBits(d) != Long.MIN_VALUE) {
            return WHOLE[(int) d];
        }
        return Double.toString(d);
    }
}
