package dev.assay.engine.agreement;

import java.util.Locale;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Agreement between engine scores and human grades on one scale.
 *
 * @param n        number of pairs
 * @param qwk      quadratic weighted kappa on scores rounded to whole points
 * @param pearson  Pearson's r
 * @param spearman Spearman's rho
 * @param rmse     root mean squared error, in scale points
 * @param exact    share of pairs equal after rounding
 * @param adjacent share of pairs within one point after rounding
 */
public record Agreement(int n, double qwk, double pearson, double spearman, double rmse, double exact,
                        double adjacent) {

    /** Computes agreement of {@code engine} with {@code human}; both on the scale {@code min}–{@code max}. */
    public static Agreement of(double[] engine, double[] human, int min, int max) {
        if (engine.length != human.length) {
            throw new IllegalArgumentException("engine and human scores differ in length");
        }
        int n = engine.length;
        double se = 0;
        int exact = 0;
        int adjacent = 0;
        int[] e = new int[n];
        int[] h = new int[n];
        for (int i = 0; i < n; i++) {
            se += (engine[i] - human[i]) * (engine[i] - human[i]);
            e[i] = (int) Math.max(min, Math.min(max, Math.round(engine[i])));
            h[i] = (int) Math.max(min, Math.min(max, Math.round(human[i])));
            if (e[i] == h[i]) {
                exact++;
            }
            if (Math.abs(e[i] - h[i]) <= 1) {
                adjacent++;
            }
        }
        double pearson = n < 3 ? Double.NaN : new PearsonsCorrelation().correlation(engine, human);
        double spearman = n < 3 ? Double.NaN : new SpearmansCorrelation().correlation(engine, human);
        return new Agreement(n, qwk(e, h, min, max), pearson, spearman, n == 0 ? Double.NaN : Math.sqrt(se / n),
                n == 0 ? Double.NaN : exact / (double) n, n == 0 ? Double.NaN : adjacent / (double) n);
    }

    /** Cohen's kappa with quadratic weights over the integer categories min..max. */
    static double qwk(int[] a, int[] b, int min, int max) {
        int k = max - min + 1;
        int n = a.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[][] observed = new double[k][k];
        double[] ha = new double[k];
        double[] hb = new double[k];
        for (int i = 0; i < n; i++) {
            observed[a[i] - min][b[i] - min]++;
            ha[a[i] - min]++;
            hb[b[i] - min]++;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (i - j) * (i - j) / (double) ((k - 1) * (k - 1));
                num += w * observed[i][j];
                den += w * ha[i] * hb[j] / n;
            }
        }
        return den == 0 ? 1.0 : 1.0 - num / den;
    }

    public String row(String name) {
        return String.format(Locale.ROOT, "%-28s %5d %6.3f %8.3f %9.3f %6.3f %6.1f%% %8.1f%%",
                name, n, qwk, pearson, spearman, rmse, 100 * exact, 100 * adjacent);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-28s %5s %6s %8s %9s %6s %7s %9s",
                "", "n", "QWK", "Pearson", "Spearman", "RMSE", "exact", "adjacent");
    }
}
