package dev.assay.engine.tuning;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Ridge regression (least squares with a small L2 penalty) on standardised features, solved with
 * commons-math; the result is given back in the features' own units, so it fits the scorer's
 * {@code raw = intercept + Σ weight·feature}. A constant feature gets weight 0.
 */
public final class Ridge {

    private Ridge() {
    }

    /** A fitted linear function of named features. */
    public record Linear(List<String> features, double intercept, double[] weights) {

        public double apply(Map<String, Double> f) {
            double y = intercept;
            for (int j = 0; j < weights.length; j++) {
                y += weights[j] * dev.assay.engine.scoring.FeatureTerm.value(features.get(j), n -> f.getOrDefault(n, 0.0));
            }
            return y;
        }

        /** This function times {@code factor}, intercept included. */
        public Linear times(double factor) {
            double[] w = weights.clone();
            for (int j = 0; j < w.length; j++) {
                w[j] *= factor;
            }
            return new Linear(features, intercept * factor, w);
        }

        /** This function plus {@code other}: the union of their features, weights of shared ones summed. */
        public Linear plus(Linear other) {
            java.util.LinkedHashMap<String, Double> w = new java.util.LinkedHashMap<>();
            for (int j = 0; j < weights.length; j++) {
                w.merge(features.get(j), weights[j], Double::sum);
            }
            for (int j = 0; j < other.weights.length; j++) {
                w.merge(other.features.get(j), other.weights[j], Double::sum);
            }
            return new Linear(List.copyOf(w.keySet()), intercept + other.intercept,
                    w.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /**
     * Fits {@code y ≈ intercept + Σ w·x}. {@code lambda} is the penalty per standardised feature,
     * relative to the number of rows (0.01 barely shrinks; 1 shrinks hard).
     */
    public static Linear fit(List<String> names, double[][] x, double[] y, double lambda) {
        int n = y.length;
        int p = names.size();
        Standardisation st = Standardisation.of(x, p);
        double[] mean = st.mean();
        double[] sd = st.sd();
        double ym = 0;
        for (double v : y) {
            ym += v;
        }
        ym /= n;
        RealMatrix a = new Array2DRowRealMatrix(p, p);
        RealVector b = new ArrayRealVector(p);
        for (int i = 0; i < n; i++) {
            double[] z = new double[p];
            for (int j = 0; j < p; j++) {
                z[j] = st.z(j, x[i][j]);
            }
            for (int j = 0; j < p; j++) {
                b.addToEntry(j, z[j] * (y[i] - ym) / n);
                for (int k = 0; k < p; k++) {
                    a.addToEntry(j, k, z[j] * z[k] / n);
                }
            }
        }
        for (int j = 0; j < p; j++) {
            a.addToEntry(j, j, lambda + (sd[j] == 0 ? 1 : 0));
        }
        RealVector beta = new LUDecomposition(a).getSolver().solve(b);
        double[] w = new double[p];
        double intercept = ym;
        for (int j = 0; j < p; j++) {
            w[j] = sd[j] == 0 ? 0 : beta.getEntry(j) / sd[j];
            intercept -= w[j] * mean[j];
        }
        return new Linear(List.copyOf(names), intercept, w);
    }
}
