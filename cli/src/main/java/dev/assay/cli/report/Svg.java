package dev.assay.cli.report;

import static dev.assay.cli.report.Html.c;
import static dev.assay.cli.report.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn by hand: no script, no external asset. Each chart is an
 * {@code <svg role="img">} with the given id, a {@code <title>} and a {@code <desc>} for screen readers,
 * and text labels on every bar and cell, so no figure depends on colour alone.
 */
final class Svg {

    static final String BAR = "#3b5bdb";
    static final String AXIS = "#495057";
    static final String GRID = "#e9ecef";
    static final String FONT = "font-family=\"system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif\"";

    /** One horizontal bar: a label, a value, the text printed after the bar, an optional link. */
    record Bar(String label, double value, String text, String href) {
    }

    /** One scatter point. */
    record Point(double x, double y, String label, String href) {
    }

    private Svg() {
    }

    private static StringBuilder open(String id, int w, int h, String title, String desc) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg id=\"").append(esc(id)).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(w)
                .append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" aria-labelledby=\"").append(esc(id)).append("-t ").append(esc(id)).append("-d\" ")
                .append(FONT).append(">");
        sb.append("<title id=\"").append(esc(id)).append("-t\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(esc(id)).append("-d\">").append(esc(desc)).append("</desc>");
        return sb;
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, int size, String fill, String s) {
        sb.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(size).append("\" fill=\"").append(fill).append("\">").append(esc(s))
                .append("</text>");
    }

    private static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String stroke, double width) {
        sb.append("<line x1=\"").append(c(x1)).append("\" y1=\"").append(c(y1)).append("\" x2=\"").append(c(x2))
                .append("\" y2=\"").append(c(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(c(width)).append("\"/>");
    }

    /** A histogram of scores: bars labelled with their counts, the scale's whole points on the x axis. */
    static String histogram(String id, String title, ReportStats.Histogram h, int w, int hgt) {
        int total = 0;
        int top = 1;
        for (int n : h.counts()) {
            total += n;
            top = Math.max(top, n);
        }
        StringBuilder desc = new StringBuilder("Number of answers per score range: ");
        for (int i = 0; i < h.counts().length; i++) {
            double lo = h.min() + i * h.binWidth();
            desc.append(String.format(Locale.ROOT, "%s%.2f–%.2f: %d", i == 0 ? "" : "; ", lo, lo + h.binWidth(),
                    h.counts()[i]));
        }
        StringBuilder sb = open(id, w, hgt, title + " (" + total + " answers)", desc.toString());
        double left = 34;
        double right = w - 10;
        double topY = 18;
        double bottom = hgt - 28;
        double bw = (right - left) / h.counts().length;
        int step = niceStep(top);
        top = step * (int) Math.ceil(top / (double) step);
        for (int v = 0; v <= top; v += step) {
            double y = bottom - (bottom - topY) * v / top;
            line(sb, left, y, right, y, GRID, 1);
            text(sb, left - 5, y + 4, "end", 10, AXIS, Integer.toString(v));
        }
        for (int i = 0; i < h.counts().length; i++) {
            int n = h.counts()[i];
            double bh = (bottom - topY) * n / top;
            double x = left + i * bw;
            double lo = h.min() + i * h.binWidth();
            sb.append("<rect x=\"").append(c(x + 1.5)).append("\" y=\"").append(c(bottom - bh)).append("\" width=\"")
                    .append(c(bw - 3)).append("\" height=\"").append(c(bh)).append("\" fill=\"").append(BAR)
                    .append("\" rx=\"2\"><title>").append(esc(String.format(Locale.ROOT, "%.2f–%.2f: %d answers", lo,
                            lo + h.binWidth(), n))).append("</title></rect>");
            if (n > 0) {
                text(sb, x + bw / 2, bottom - bh - 4, "middle", 10, AXIS, Integer.toString(n));
            }
        }
        line(sb, left, bottom, right, bottom, AXIS, 1);
        double span = h.max() - h.min();
        double xStep = span <= 10 ? 1 : Math.ceil(span / 10);
        for (double v = Math.ceil(h.min()); v <= h.max() + 1e-9; v += xStep) {
            double x = left + (v - h.min()) / span * (right - left);
            line(sb, x, bottom, x, bottom + 4, AXIS, 1);
            text(sb, x, bottom + 15, "middle", 10, AXIS, fmt(v));
        }
        text(sb, (left + right) / 2, hgt - 2, "middle", 10, AXIS, "engine score");
        return sb.append("</svg>").toString();
    }

    /** Horizontal bars with labels on the left and a value text on the right; value in 0..max. */
    static String bars(String id, String title, String desc, List<Bar> bars, double max, int w, int labelWidth,
                       String colour) {
        int rowH = 22;
        int hgt = 8 + rowH * Math.max(1, bars.size()) + 6;
        StringBuilder sb = open(id, w, hgt, title, desc);
        double left = labelWidth;
        double right = w - 110;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = 8 + i * rowH;
            double bw = max <= 0 ? 0 : (right - left) * Math.max(0, b.value()) / max;
            if (b.href() != null) {
                sb.append("<a href=\"").append(esc(b.href())).append("\">");
            }
            text(sb, left - 8, y + 14, "end", 12, "#212529", clip(b.label(), labelWidth / 6));
            sb.append("<rect x=\"").append(c(left)).append("\" y=\"").append(c(y + 3)).append("\" width=\"")
                    .append(c(right - left)).append("\" height=\"15\" fill=\"").append(GRID).append("\" rx=\"2\"/>");
            sb.append("<rect x=\"").append(c(left)).append("\" y=\"").append(c(y + 3)).append("\" width=\"")
                    .append(c(bw)).append("\" height=\"15\" fill=\"").append(colour).append("\" rx=\"2\"><title>")
                    .append(esc(b.label() + ": " + b.text())).append("</title></rect>");
            text(sb, right + 8, y + 14, "start", 12, "#212529", b.text());
            if (b.href() != null) {
                sb.append("</a>");
            }
        }
        return sb.append("</svg>").toString();
    }

    /**
     * Engine score (y) against human grade (x), with the diagonal and the ±1 point band; each point
     * links to its answer. Points sharing a place are spread a little sideways (by a fixed hash of
     * the id, so the picture is the same on every run) and the title names each point.
     */
    static String scatter(String id, String title, List<Point> points, double min, double max, int size) {
        StringBuilder sb = open(id, size, size, title,
                points.size() + " answers; x: human grade, y: engine score; the diagonal marks equal scores,"
                        + " the shaded band differences of at most one point.");
        double left = 46;
        double right = size - 14;
        double top = 12;
        double bottom = size - 42;
        double span = max - min;
        java.util.function.DoubleUnaryOperator sx = v -> left + (v - min) / span * (right - left);
        java.util.function.DoubleUnaryOperator sy = v -> bottom - (v - min) / span * (bottom - top);
        // the band of differences up to one point
        sb.append("<polygon fill=\"#e7f5ff\" points=\"")
                .append(c(sx.applyAsDouble(min))).append(',').append(c(sy.applyAsDouble(min + 1))).append(' ')
                .append(c(sx.applyAsDouble(max - 1))).append(',').append(c(sy.applyAsDouble(max))).append(' ')
                .append(c(sx.applyAsDouble(max))).append(',').append(c(sy.applyAsDouble(max))).append(' ')
                .append(c(sx.applyAsDouble(max))).append(',').append(c(sy.applyAsDouble(max - 1))).append(' ')
                .append(c(sx.applyAsDouble(min + 1))).append(',').append(c(sy.applyAsDouble(min))).append(' ')
                .append(c(sx.applyAsDouble(min))).append(',').append(c(sy.applyAsDouble(min)))
                .append("\"/>");
        double step = span <= 10 ? 1 : Math.ceil(span / 10);
        for (double v = Math.ceil(min); v <= max + 1e-9; v += step) {
            line(sb, sx.applyAsDouble(v), top, sx.applyAsDouble(v), bottom, GRID, 1);
            line(sb, left, sy.applyAsDouble(v), right, sy.applyAsDouble(v), GRID, 1);
            text(sb, sx.applyAsDouble(v), bottom + 16, "middle", 11, AXIS, fmt(v));
            text(sb, left - 8, sy.applyAsDouble(v) + 4, "end", 11, AXIS, fmt(v));
        }
        line(sb, left, bottom, right, top, "#adb5bd", 1.2);
        line(sb, left, bottom, right, bottom, AXIS, 1);
        line(sb, left, bottom, left, top, AXIS, 1);
        text(sb, (left + right) / 2, size - 6, "middle", 12, AXIS, "human grade");
        double mid = (top + bottom) / 2;
        sb.append("<text x=\"14\" y=\"").append(c(mid)).append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"")
                .append(AXIS).append("\" transform=\"rotate(-90 14 ").append(c(mid)).append(")\">engine score</text>");
        for (Point p : points) {
            double jitter = ((p.label().hashCode() & 0xff) / 255.0 - 0.5) * 0.18 * (span / 5);
            double x = sx.applyAsDouble(Math.max(min, Math.min(max, p.x() + jitter)));
            double y = sy.applyAsDouble(Math.max(min, Math.min(max, p.y())));
            boolean far = Math.abs(p.x() - p.y()) > 1;
            if (p.href() != null) {
                sb.append("<a href=\"").append(esc(p.href())).append("\">");
            }
            // shape as well as colour: a circle within one point, a diamond beyond
            String tip = "<title>" + esc(String.format(Locale.ROOT, "%s: engine %.2f, human %.2f%s", p.label(),
                    p.y(), p.x(), far ? " (more than one point apart)" : "")) + "</title>";
            if (far) {
                sb.append("<rect x=\"").append(c(x - 4)).append("\" y=\"").append(c(y - 4))
                        .append("\" width=\"8\" height=\"8\" transform=\"rotate(45 ").append(c(x)).append(' ').append(c(y))
                        .append(")\" fill=\"#e03131\" fill-opacity=\"0.75\" stroke=\"#fff\" stroke-width=\"0.8\">")
                        .append(tip).append("</rect>");
            } else {
                sb.append("<circle cx=\"").append(c(x)).append("\" cy=\"").append(c(y)).append("\" r=\"4.5\" fill=\"")
                        .append(BAR).append("\" fill-opacity=\"0.7\" stroke=\"#fff\" stroke-width=\"0.8\">").append(tip)
                        .append("</circle>");
            }
            if (p.href() != null) {
                sb.append("</a>");
            }
        }
        return sb.append("</svg>").toString();
    }

    /** The confusion matrix as a heat map: rows engine, columns human, every cell printed with its count. */
    static String heatmap(String id, String title, ReportStats.Confusion m, int cell) {
        int k = m.max() - m.min() + 1;
        int left = 70;
        int top = 40;
        int w = left + k * cell + 12;
        int h = top + k * cell + 44;
        int most = 1;
        int total = 0;
        for (int[] row : m.counts()) {
            for (int n : row) {
                most = Math.max(most, n);
                total += n;
            }
        }
        StringBuilder sb = open(id, w, h, title, total + " answers by rounded engine score (rows) and rounded human"
                + " grade (columns); the diagonal holds exact agreements.");
        text(sb, left + k * cell / 2.0, 14, "middle", 11, AXIS, "human grade (rounded)");
        for (int j = 0; j < k; j++) {
            text(sb, left + j * cell + cell / 2.0, top - 8, "middle", 11, AXIS, Integer.toString(m.min() + j));
        }
        sb.append("<text x=\"14\" y=\"").append(top + k * cell / 2).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                .append(AXIS).append("\" transform=\"rotate(-90 14 ").append(top + k * cell / 2)
                .append(")\">engine score (rounded)</text>");
        for (int i = 0; i < k; i++) {
            int row = k - 1 - i; // highest engine score on top
            text(sb, left - 10, top + i * cell + cell / 2.0 + 4, "end", 11, AXIS, Integer.toString(m.min() + row));
            for (int j = 0; j < k; j++) {
                int n = m.counts()[row][j];
                double t = n / (double) most;
                String fill = n == 0 ? "#f8f9fa" : shade(t);
                List<String> ids = m.ids().get(row).get(j);
                sb.append("<rect x=\"").append(left + j * cell).append("\" y=\"").append(top + i * cell)
                        .append("\" width=\"").append(cell - 2).append("\" height=\"").append(cell - 2)
                        .append("\" fill=\"").append(fill).append("\"")
                        .append(row == j ? " stroke=\"#212529\" stroke-width=\"1.5\"" : "").append("><title>")
                        .append(esc(String.format(Locale.ROOT, "engine %d, human %d: %d answers%s", m.min() + row,
                                m.min() + j, n, ids.isEmpty() ? "" : " (" + String.join(", ", ids.subList(0,
                                        Math.min(30, ids.size()))) + (ids.size() > 30 ? ", …" : "") + ")")))
                        .append("</title></rect>");
                text(sb, left + j * cell + (cell - 2) / 2.0, top + i * cell + cell / 2.0 + 4, "middle", 12,
                        t > 0.55 ? "#fff" : "#212529", Integer.toString(n));
            }
        }
        text(sb, left + k * cell / 2.0, h - 8, "middle", 10, AXIS, "outlined: exact agreement");
        return sb.append("</svg>").toString();
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most five whole-number ticks up to {@code top}. */
    static int niceStep(int top) {
        for (int p = 1; ; p *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (top <= 5L * m * p) {
                    return m * p;
                }
            }
        }
    }

    private static String shade(double t) {
        // from #dbe4ff to #1c3fae
        int r = (int) Math.round(0xdb + (0x1c - 0xdb) * t);
        int g = (int) Math.round(0xe4 + (0x3f - 0xe4) * t);
        int b = (int) Math.round(0xff + (0xae - 0xff) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }
}
