package dev.assay.engine.scoring;

import java.util.List;

/**
 * Confidence calibrated on graded data: the observed share of answers whose engine score was within
 * {@code tolerance} (a share of the scale; 0.2 is one point on 0–5) of the human grade, by bin of
 * the engine's raw score. Bins are equal-width over 0–1; an empty bin takes the overall rate.
 *
 * @param tolerance share of the scale counted as agreement
 * @param bins      in raw-score order, {@code upTo} the bin's upper edge
 */
public record ConfidenceTable(double tolerance, List<Bin> bins) {

    /** One bin: raw scores up to {@code upTo}, {@code n} tuning answers, {@code p} agreeing share. */
    public record Bin(double upTo, int n, double p) {
    }

    public ConfidenceTable {
        bins = List.copyOf(bins);
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("a confidence table needs at least one bin");
        }
    }

    /** The calibrated confidence of a raw score (0–1). */
    public double at(double raw) {
        for (Bin b : bins) {
            if (raw <= b.upTo()) {
                return b.p();
            }
        }
        return bins.get(bins.size() - 1).p();
    }

    /**
     * Builds a table from raw scores and whether each was within tolerance, with {@code count} bins
     * and add-one smoothing towards the overall rate.
     */
    public static ConfidenceTable fit(double[] raw, boolean[] agreed, double tolerance, int count) {
        int total = raw.length;
        int hits = 0;
        for (boolean a : agreed) {
            hits += a ? 1 : 0;
        }
        double overall = total == 0 ? 0.5 : hits / (double) total;
        int[] n = new int[count];
        int[] h = new int[count];
        for (int i = 0; i < total; i++) {
            int b = Math.min(count - 1, Math.max(0, (int) Math.floor(raw[i] * count)));
            n[b]++;
            h[b] += agreed[i] ? 1 : 0;
        }
        List<Bin> bins = new java.util.ArrayList<>();
        for (int b = 0; b < count; b++) {
            double p = (h[b] + 2 * overall) / (n[b] + 2.0);
            bins.add(new Bin((b + 1) / (double) count, n[b], Math.round(p * 1000) / 1000.0));
        }
        return new ConfidenceTable(tolerance, bins);
    }
}
