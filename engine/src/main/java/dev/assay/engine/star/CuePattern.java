package dev.assay.engine.star;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cue's regular expression, asked only whether it occurs in a text ({@code find()}), answered
 * faster: an expression of the form {@code PREFIX(ALT1|ALT2|…)SUFFIX} occurs in a text exactly when
 * one of {@code PREFIX(?:ALTi)SUFFIX} does, and an alternative that starts with a literal ("came
 * back", "stakeholder") cannot occur unless that literal is in the text, which {@link String#contains}
 * checks far faster than the regex engine tries thirty alternatives at every position. Expressions of
 * any other form are run as they are.
 */
final class CuePattern {

    /** One alternative: literals one of which any match of it contains (none: no pre-check), and the expression. */
    private record Part(List<String> literals, Pattern pattern) {
        boolean mayOccurIn(String text) {
            if (literals.isEmpty()) {
                return true;
            }
            for (String l : literals) {
                if (text.contains(l)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String META = "\\()[]{}?*+|.^$";

    private final String regex;
    private final Part whole;
    private final List<Part> parts; // null when the expression is run whole

    private CuePattern(String regex, List<Part> parts) {
        this.regex = regex;
        this.whole = part(regex);
        this.parts = parts;
    }

    private static Part part(String regex) {
        return new Part(alternatives(regex).size() > 1 ? List.of() : List.copyOf(necessary(regex)),
                Pattern.compile(regex));
    }

    static CuePattern compile(String regex) {
        return new CuePattern(regex, split(regex));
    }

    String regex() {
        return regex;
    }

    /** Whether the expression was split into alternatives (for tests). */
    boolean isSplit() {
        return parts != null;
    }

    /** The same answer as {@code Pattern.compile(regex).matcher(text).find()}. */
    boolean find(String text) {
        if (parts == null) {
            return whole.mayOccurIn(text) && whole.pattern().matcher(text).find();
        }
        for (Part p : parts) {
            if (!p.mayOccurIn(text)) {
                continue;
            }
            if (p.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The alternatives of the first group, or null when the expression is not of the form handled. */
    private static List<Part> split(String regex) {
        int open = -1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == '|') {
                return null; // a class or a top-level alternative before the group
            } else if (c == '(') {
                open = i;
                break;
            }
        }
        if (open < 0 || regex.startsWith("(?", open)) {
            return null;
        }
        int close = matching(regex, open);
        if (close < 0) {
            return null;
        }
        String suffix = regex.substring(close + 1);
        if (!suffix.isEmpty() && "?*+{".indexOf(suffix.charAt(0)) >= 0 || hasTopLevelBar(suffix)) {
            return null;
        }
        String prefix = regex.substring(0, open);
        List<Part> parts = new ArrayList<>();
        for (String alt : alternatives(regex.substring(open + 1, close))) {
            parts.add(part(prefix + "(?:" + alt + ")" + suffix));
        }
        return parts.size() > 1 ? List.copyOf(parts) : null;
    }

    /** Index of the parenthesis closing the one at {@code open}; -1 when unbalanced. */
    private static int matching(String r, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasTopLevelBar(String r) {
        return alternatives(r).size() > 1;
    }

    /** Splits at the bars outside any group or class. */
    private static List<String> alternatives(String r) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(r.substring(from, i));
                from = i + 1;
            }
        }
        out.add(r.substring(from));
        return out;
    }

    /**
     * Literals one of which every match of a sequence (an expression without a top-level bar)
     * contains: the first element of the sequence that must occur and yields some, either a run of
     * plain characters (less its last one when a quantifier makes that optional) or a group not made
     * optional, all of whose alternatives yield literals. Empty when no element does.
     */
    static java.util.Set<String> necessary(String r) {
        int i = 0;
        while (i < r.length()) {
            char c = r.charAt(i);
            if (c == '\\') {
                i = skipQuantifier(r, i + 2);
            } else if (c == '[') {
                int end = i + 1;
                while (end < r.length() && r.charAt(end) != ']') {
                    end += r.charAt(end) == '\\' ? 2 : 1;
                }
                i = skipQuantifier(r, end + 1);
            } else if (c == '(') {
                int close = matching(r, i);
                if (close < 0) {
                    return java.util.Set.of();
                }
                boolean optional = close + 1 < r.length() && "?*{".indexOf(r.charAt(close + 1)) >= 0;
                String body = r.substring(i + 1, close);
                boolean plainGroup = !body.startsWith("?") || body.startsWith("?:");
                if (!optional && plainGroup) {
                    java.util.Set<String> union = new java.util.LinkedHashSet<>();
                    boolean all = true;
                    for (String alt : alternatives(body.startsWith("?:") ? body.substring(2) : body)) {
                        java.util.Set<String> n = necessary(alt);
                        all &= !n.isEmpty();
                        union.addAll(n);
                    }
                    if (all && !union.isEmpty()) {
                        return union;
                    }
                }
                i = skipQuantifier(r, close + 1);
            } else if (META.indexOf(c) >= 0) {
                i++; // ^ $ . and stray quantifiers
            } else {
                int end = i;
                while (end < r.length() && META.indexOf(r.charAt(end)) < 0) {
                    end++;
                }
                String run = r.substring(i, end);
                if (end < r.length() && "?*{".indexOf(r.charAt(end)) >= 0) {
                    run = run.substring(0, run.length() - 1);
                }
                if (!run.isEmpty()) {
                    return java.util.Set.of(run);
                }
                i = skipQuantifier(r, end);
            }
        }
        return java.util.Set.of();
    }

    private static int skipQuantifier(String r, int i) {
        if (i < r.length() && r.charAt(i) == '{') {
            int end = r.indexOf('}', i);
            i = end < 0 ? r.length() : end + 1;
        } else if (i < r.length() && "?*+".indexOf(r.charAt(i)) >= 0) {
            i++;
        }
        if (i < r.length() && (r.charAt(i) == '?' || r.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return i;
    }

    /** The plain characters an alternative starts with, less the last one when a quantifier follows it. */
    static String literalPrefix(String alt) {
        int i = 0;
        while (i < alt.length() && META.indexOf(alt.charAt(i)) < 0) {
            i++;
        }
        if (i < alt.length() && "?*{".indexOf(alt.charAt(i)) >= 0) {
            i--; // "days?": the s may be absent
        }
        return alt.substring(0, Math.max(0, i));
    }
}
