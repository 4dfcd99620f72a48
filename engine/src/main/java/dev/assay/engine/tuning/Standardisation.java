package dev.assay.engine.tuning;

/**
 * Per-feature mean and standard deviation of a design matrix, so that fits penalise every feature on
 * the same scale; a constant feature has {@code sd} 0 and is left out of the fit.
 */
record Standardisation(double[] mean, double[] sd) {

    static Standardisation of(double[][] x, int features) {
        int n = x.length;
        double[] mean = new double[features];
        double[] sd = new double[features];
        for (int j = 0; j < features; j++) {
            for (double[] row : x) {
                mean[j] += row[j];
            }
            mean[j] /= n;
            for (double[] row : x) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            sd[j] = Math.sqrt(sd[j] / n);
        }
        return new Standardisation(mean, sd);
    }

    /** The standardised value of feature {@code j}; 0 for a constant feature. */
    double z(int j, double value) {
        return sd[j] == 0 ? 0 : (value - mean[j]) / sd[j];
    }
}
