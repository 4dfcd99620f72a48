package dev.assay.engine.star;

import dev.assay.rubric.model.StarLabel;
import java.util.List;
import java.util.Locale;

/**
 * Character-level agreement between predicted and gold STAR segmentations.
 *
 * <p>Only non-whitespace characters count. A character covered by no span is labelled
 * {@link StarLabel#O}, on either side. Per-label precision, recall and F1 are given for all five
 * labels; the macro-F1 averages S, T, A and R only (O is not averaged, but an O where the gold says
 * S, or the reverse, still costs the story label). The confusion matrix is gold × predicted, in
 * characters.
 *
 * <p>Accumulate answers with {@link #add}, then read the figures. Not thread-safe.
 */
public final class StarEvaluation {

    private static final StarLabel[] LABELS = StarLabel.values();

    private final long[][] confusion = new long[LABELS.length][LABELS.length];
    private int answers;

    /**
     * Adds one answer.
     *
     * @param text      the answer text
     * @param gold      the gold spans (confidence ignored)
     * @param predicted the predicted segments
     */
    public StarEvaluation add(String text, List<Segment> gold, List<Segment> predicted) {
        StarLabel[] g = paint(text, gold);
        StarLabel[] p = paint(text, predicted);
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                confusion[g[i].ordinal()][p[i].ordinal()]++;
            }
        }
        answers++;
        return this;
    }

    /** Adds every answer of another evaluation. */
    public StarEvaluation addAll(StarEvaluation other) {
        for (int i = 0; i < LABELS.length; i++) {
            for (int j = 0; j < LABELS.length; j++) {
                confusion[i][j] += other.confusion[i][j];
            }
        }
        answers += other.answers;
        return this;
    }

    private static StarLabel[] paint(String text, List<Segment> segments) {
        StarLabel[] labels = new StarLabel[text.length()];
        java.util.Arrays.fill(labels, StarLabel.O);
        for (Segment s : segments) {
            int b = Math.max(0, s.begin());
            int e = Math.min(text.length(), s.end());
            for (int i = b; i < e; i++) {
                labels[i] = s.label();
            }
        }
        return labels;
    }

    public int answers() {
        return answers;
    }

    /** Characters with gold label {@code gold} and predicted label {@code predicted}. */
    public long count(StarLabel gold, StarLabel predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    public long goldTotal(StarLabel label) {
        long n = 0;
        for (StarLabel p : LABELS) {
            n += count(label, p);
        }
        return n;
    }

    public long predictedTotal(StarLabel label) {
        long n = 0;
        for (StarLabel g : LABELS) {
            n += count(g, label);
        }
        return n;
    }

    public long total() {
        long n = 0;
        for (StarLabel g : LABELS) {
            n += goldTotal(g);
        }
        return n;
    }

    /** Precision for a label; 0 when nothing was predicted with it. */
    public double precision(StarLabel label) {
        long p = predictedTotal(label);
        return p == 0 ? 0 : (double) count(label, label) / p;
    }

    /** Recall for a label; 0 when the gold never uses it. */
    public double recall(StarLabel label) {
        long g = goldTotal(label);
        return g == 0 ? 0 : (double) count(label, label) / g;
    }

    public double f1(StarLabel label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over S, T, A and R. */
    public double macroF1() {
        double sum = 0;
        for (StarLabel l : StarLabel.STORY) {
            sum += f1(l);
        }
        return sum / StarLabel.STORY.size();
    }

    /** Share of characters whose predicted label equals the gold one (all five labels). */
    public double accuracy() {
        long t = total();
        long agree = 0;
        for (StarLabel l : LABELS) {
            agree += count(l, l);
        }
        return t == 0 ? 0 : (double) agree / t;
    }

    /** A readable table: per-label P/R/F1, macro-F1, accuracy and the confusion matrix. */
    public String render(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(String.format(Locale.ROOT, " — %d answers, %d non-whitespace characters%n",
                answers, total()));
        sb.append(String.format(Locale.ROOT, "%-6s %9s %9s %9s %9s %9s%n",
                "label", "precision", "recall", "F1", "gold", "predicted"));
        for (StarLabel l : LABELS) {
            sb.append(String.format(Locale.ROOT, "%-6s %9.3f %9.3f %9.3f %9d %9d%n",
                    l.name(), precision(l), recall(l), f1(l), goldTotal(l), predictedTotal(l)));
        }
        sb.append(String.format(Locale.ROOT, "macro-F1 (S,T,A,R) %.3f   accuracy %.3f%n", macroF1(), accuracy()));
        sb.append("confusion (rows gold, columns predicted, characters)\n");
        sb.append(String.format(Locale.ROOT, "%-6s", "g\\p"));
        for (StarLabel p : LABELS) {
            sb.append(String.format(Locale.ROOT, " %7s", p.name()));
        }
        sb.append('\n');
        for (StarLabel g : LABELS) {
            sb.append(String.format(Locale.ROOT, "%-6s", g.name()));
            for (StarLabel p : LABELS) {
                sb.append(String.format(Locale.ROOT, " %7d", count(g, p)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render("STAR agreement");
    }
}
