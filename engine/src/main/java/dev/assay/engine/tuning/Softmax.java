package dev.assay.engine.tuning;

import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression with an L2 penalty, fitted by full-batch gradient descent on
 * standardised features (deterministic: fixed start, fixed steps). Small on purpose: a few dozen
 * features, a handful of labels, some thousand rows.
 */
public final class Softmax {

    private static final int STEPS = 400;
    private static final double RATE = 0.5;

    private Softmax() {
    }

    /** A fitted model: per label, an intercept and a weight per feature (in the features' units). */
    public record Model(List<String> labels, List<String> features, double[] intercepts, double[][] weights) {

        public double[] probabilities(Map<String, Double> f) {
            double[] s = new double[labels.size()];
            for (int c = 0; c < s.length; c++) {
                s[c] = intercepts[c];
                for (int j = 0; j < features.size(); j++) {
                    s[c] += weights[c][j] * dev.assay.engine.scoring.FeatureTerm.value(features.get(j), n -> f.getOrDefault(n, 0.0));
                }
            }
            return normalise(s);
        }

        /** The JSON form {@code {"classes": [...], "features": [...], "intercepts": [...], "weights": [[...]]}}. */
        public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
            var m = new com.fasterxml.jackson.databind.ObjectMapper();
            var o = m.createObjectNode();
            o.set("classes", m.valueToTree(labels));
            o.set("features", m.valueToTree(features));
            o.set("intercepts", m.valueToTree(intercepts));
            o.set("weights", m.valueToTree(weights));
            return o;
        }

        public static Model fromJson(com.fasterxml.jackson.databind.JsonNode n) {
            List<String> labels = new java.util.ArrayList<>();
            n.path("classes").forEach(x -> labels.add(x.asText()));
            List<String> features = new java.util.ArrayList<>();
            n.path("features").forEach(x -> features.add(x.asText()));
            double[] b = new double[labels.size()];
            double[][] w = new double[labels.size()][features.size()];
            for (int c = 0; c < b.length; c++) {
                b[c] = n.path("intercepts").path(c).asDouble();
                for (int j = 0; j < features.size(); j++) {
                    w[c][j] = n.path("weights").path(c).path(j).asDouble();
                }
            }
            return new Model(labels, features, b, w);
        }

        public String predict(Map<String, Double> f) {
            double[] p = probabilities(f);
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            return labels.get(best);
        }
    }

    public static Model fit(List<String> labels, List<String> names, double[][] x, int[] y, double lambda) {
        int n = x.length;
        int p = names.size();
        int k = labels.size();
        Standardisation st = Standardisation.of(x, p);
        double[] mean = st.mean();
        double[] sd = st.sd();
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i][j] = st.z(j, x[i][j]);
            }
        }
        double[][] w = new double[k][p];
        double[] b = new double[k];
        for (int step = 0; step < STEPS; step++) {
            double[][] gw = new double[k][p];
            double[] gb = new double[k];
            for (int i = 0; i < n; i++) {
                double[] s = new double[k];
                for (int c = 0; c < k; c++) {
                    s[c] = b[c];
                    for (int j = 0; j < p; j++) {
                        s[c] += w[c][j] * z[i][j];
                    }
                }
                double[] prob = normalise(s);
                for (int c = 0; c < k; c++) {
                    double g = prob[c] - (y[i] == c ? 1 : 0);
                    gb[c] += g / n;
                    for (int j = 0; j < p; j++) {
                        gw[c][j] += g * z[i][j] / n;
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                b[c] -= RATE * gb[c];
                for (int j = 0; j < p; j++) {
                    w[c][j] -= RATE * (gw[c][j] + lambda * w[c][j]);
                }
            }
        }
        double[][] out = new double[k][p];
        double[] intercepts = new double[k];
        for (int c = 0; c < k; c++) {
            intercepts[c] = b[c];
            for (int j = 0; j < p; j++) {
                out[c][j] = sd[j] == 0 ? 0 : w[c][j] / sd[j];
                intercepts[c] -= out[c][j] * mean[j];
            }
        }
        return new Model(List.copyOf(labels), List.copyOf(names), intercepts, out);
    }

    static double[] normalise(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[s.length];
        for (int c = 0; c < s.length; c++) {
            p[c] = Math.exp(s[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
