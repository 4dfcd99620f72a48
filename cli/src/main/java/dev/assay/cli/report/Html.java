package dev.assay.cli.report;

import java.util.Locale;

/** Escaping and number formatting for the report: every piece of user text goes through {@link #esc}. */
final class Html {

    private Html() {
    }

    /** Escapes text for an HTML element body or a double- or single-quoted attribute value. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab/newline are not allowed in HTML text.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A fragment id for an answer: {@code answer-} followed by the id with every character outside
     * {@code [A-Za-z0-9_-]} written as {@code .XXXX} (its UTF-16 code in hex), so any id gives a
     * valid, unique and stable anchor.
     */
    static String anchor(String answerId) {
        StringBuilder sb = new StringBuilder("answer-");
        for (int i = 0; i < answerId.length(); i++) {
            char c = answerId.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                sb.append(c);
            } else {
                sb.append(String.format(Locale.ROOT, ".%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** A fixed-decimals number, or an en dash for NaN (e.g. a correlation of fewer than 3 pairs). */
    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A share as a percentage with one decimal, or an en dash for NaN. */
    static String pct(double share) {
        if (Double.isNaN(share)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A number for SVG coordinates: two decimals, dot separator. */
    static String c(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
