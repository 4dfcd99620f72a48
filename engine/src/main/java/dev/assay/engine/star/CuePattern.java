package dev.assay.engine.star;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's regular expression, asked only whether it occurs in a text ({@code find()}), answered
 * faster: an expression {@code A|B} occurs in a text exactly when {@code A} or {@code B} does, one
 * of the form {@code PREFIX(ALT1|ALT2|…)SUFFIX} exactly when one of {@code PREFIX(?:ALTi)SUFFIX}
 * does, and an alternative that needs a literal ("came back", "stakeholder") or a digit cannot occur
 * unless the text holds it, which one scan of the text ({@link CueLiterals}) tells for all cues
 * far faster than the regex engine tries thirty alternatives at every position. Other parts are run
 * as they are.
 */
final class CuePattern {

    /**
     * One alternative: its gate in {@link CueLiterals}, opened by the literals one of which any match
     * of it contains (-1: no literal pre-check), whether any match needs a digit, the expression, whether
     * it is anchored at the start of the text ({@code ^…}), and the literal every match of it starts
     * with, if one is known (else null).
     */
    private record Part(int gate, boolean digit, Pattern pattern, boolean anchored, String start) {
        /**
         * Whether the expression occurs in the text. An anchored one is tried at the start only
         * ({@code find()} would try, and fail, at every position). With a known start, it is tried only
         * where that occurs ({@code lookingAt} with transparent bounds, so {@code \b} still sees the
         * character before) rather than at every position, where a leading {@code \b} cost most of the time.
         */
        boolean find(String text) {
            if (anchored) {
                return pattern.matcher(text).lookingAt();
            }
            if (start == null) {
                return pattern.matcher(text).find();
            }
            Matcher m = null;
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (m.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        boolean mayOccurIn(CueLiterals.Hits hits) {
            return (!digit || hits.digit) && (gate < 0 || hits.open(gate));
        }
    }

    private static final String META = "\\()[]{}?*+|.^$";

    private final String regex;
    private final CueLiterals literals;
    private final Part[] parts;

    private CuePattern(String regex, CueLiterals literals) {
        this.regex = regex;
        this.literals = literals;
        List<Part> out = new ArrayList<>();
        parts(regex, literals, out);
        this.parts = out.toArray(Part[]::new);
    }

    /** A pattern whose literals are scanned for with those of the other patterns compiled with the same table. */
    static CuePattern compile(String regex, CueLiterals literals) {
        return new CuePattern(regex, literals);
    }

    /** A pattern with a literal table of its own (tests). */
    static CuePattern compile(String regex) {
        return new CuePattern(regex, new CueLiterals());
    }

    String regex() {
        return regex;
    }

    /** Whether the expression was split into alternatives (for tests). */
    boolean isSplit() {
        return parts.length > 1;
    }

    /** The same answer as {@code Pattern.compile(regex).matcher(text).find()}. */
    boolean find(String text) {
        return find(text, literals.scan(text));
    }

    /** {@link #find(String)}, given the text's {@link CueLiterals#scan} by this pattern's table. */
    boolean find(String text, CueLiterals.Hits hits) {
        for (Part p : parts) {
            if (p.mayOccurIn(hits) && p.find(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The expression as parts it occurs exactly when one of them does: its top-level alternatives,
     * each split again if it is of the form {@code PREFIX(ALT1|ALT2|…)SUFFIX}; or itself.
     */
    private static void parts(String regex, CueLiterals literals, List<Part> out) {
        List<String> top = alternatives(regex);
        if (top.size() > 1) {
            for (String alt : top) {
                parts(alt, literals, out);
            }
            return;
        }
        List<String[]> split = split(regex);
        if (split == null) {
            out.add(part(regex, null, literals));
        } else {
            for (String[] alt : split) {
                out.add(part(alt[0], alt[1], literals));
            }
        }
    }

    private static Part part(String regex, String start, CueLiterals literals) {
        java.util.Set<String> necessary = necessary(regex);
        int gate = necessary.isEmpty() ? -1 : literals.gate(necessary);
        boolean anchored = regex.startsWith("^");
        return new Part(gate, needsDigit(regex), Pattern.compile(regex), anchored, anchored ? null : start);
    }

    /**
     * The alternatives of the first group, each as its expression and the literal its matches start
     * with (or null), or null when the expression is not of the form handled.
     */
    private static List<String[]> split(String regex) {
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
        List<String[]> parts = new ArrayList<>();
        // with nothing before the group but \b, a match of an alternative starts where its literal prefix does
        boolean startsAtGroup = prefix.isEmpty() || prefix.equals("\\b");
        for (String alt : alternatives(regex.substring(open + 1, close))) {
            String start = startsAtGroup ? literalPrefix(alt) : "";
            parts.add(new String[] {prefix + "(?:" + alt + ")" + suffix, start.isEmpty() ? null : start});
        }
        return parts.size() > 1 ? parts : null;
    }

    /** Index of the ']' closing the character class opened at {@code open} (the length when unclosed). */
    private static int classEnd(String r, int open) {
        int e = open + 1;
        while (e < r.length() && r.charAt(e) != ']') {
            e += r.charAt(e) == '\\' ? 2 : 1;
        }
        return e;
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
     * Literals one of which every match of the expression contains; empty when none can be told.
     * For alternatives: the union of each one's literals (empty if any has none). For a sequence:
     * of the elements that must occur (a run of plain or escaped punctuation characters, or a group
     * not made optional), the one whose shortest literal is longest, so that the check is selective:
     * "(i|we) (owned|own)" needs "owned" or "own", not just an "i".
     */
    static java.util.Set<String> necessary(String r) {
        List<String> alts = alternatives(r);
        if (alts.size() > 1) {
            java.util.Set<String> union = new java.util.LinkedHashSet<>();
            for (String alt : alts) {
                java.util.Set<String> n = necessary(alt);
                if (n.isEmpty()) {
                    return java.util.Set.of();
                }
                union.addAll(n);
            }
            return union;
        }
        java.util.Set<String> best = java.util.Set.of();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i <= r.length()) {
            char c = i < r.length() ? r.charAt(i) : 0;
            boolean escapedLiteral = c == '\\' && i + 1 < r.length() && !Character.isLetterOrDigit(r.charAt(i + 1));
            if (i < r.length() && (escapedLiteral || META.indexOf(c) < 0)) {
                char literal = escapedLiteral ? r.charAt(i + 1) : c;
                int next = i + (escapedLiteral ? 2 : 1);
                char q = next < r.length() ? r.charAt(next) : 0;
                if (q == '?' || q == '*' || q == '{') {
                    best = better(best, run);
                    run.setLength(0);
                    i = skipQuantifier(r, next);
                } else {
                    run.append(literal);
                    if (q == '+') {
                        best = better(best, run);
                        run.setLength(0);
                        i = skipQuantifier(r, next);
                    } else {
                        i = next;
                    }
                }
                continue;
            }
            best = better(best, run);
            run.setLength(0);
            if (i >= r.length()) {
                break;
            }
            if (c == '\\') {
                i = skipQuantifier(r, i + 2);
            } else if (c == '[') {
                i = skipQuantifier(r, classEnd(r, i) + 1);
            } else if (c == '(') {
                int close = matching(r, i);
                if (close < 0) {
                    return java.util.Set.of();
                }
                boolean optional = close + 1 < r.length() && "?*{".indexOf(r.charAt(close + 1)) >= 0;
                String body = r.substring(i + 1, close);
                if (!optional && (!body.startsWith("?") || body.startsWith("?:"))) {
                    best = better(best, necessary(body.startsWith("?:") ? body.substring(2) : body));
                }
                i = skipQuantifier(r, close + 1);
            } else {
                i++; // ^ $ . and stray quantifiers
            }
        }
        return best;
    }

    /**
     * Whether every match of the expression holds an ASCII digit: each alternative has a {@code \d}
     * or a group that needs one, neither made optional. False when it cannot be told.
     */
    static boolean needsDigit(String r) {
        List<String> alts = alternatives(r);
        if (alts.size() > 1) {
            return alts.stream().allMatch(CuePattern::needsDigit);
        }
        int i = 0;
        while (i < r.length()) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                int next = i + 2;
                boolean optional = next < r.length() && "?*{".indexOf(r.charAt(next)) >= 0;
                if (r.charAt(i + 1) == 'd' && !optional) {
                    return true;
                }
                i = skipQuantifier(r, next);
            } else if (c == '[') {
                i = skipQuantifier(r, classEnd(r, i) + 1);
            } else if (c == '(') {
                int close = matching(r, i);
                if (close < 0) {
                    return false;
                }
                boolean optional = close + 1 < r.length() && "?*{".indexOf(r.charAt(close + 1)) >= 0;
                String body = r.substring(i + 1, close);
                if (!optional && (!body.startsWith("?") || body.startsWith("?:"))
                        && needsDigit(body.startsWith("?:") ? body.substring(2) : body)) {
                    return true;
                }
                i = skipQuantifier(r, close + 1);
            } else {
                i++;
            }
        }
        return false;
    }

    private static java.util.Set<String> better(java.util.Set<String> best, CharSequence run) {
        return run.length() == 0 ? best : better(best, java.util.Set.of(run.toString()));
    }

    /** The more selective of two literal sets: the one whose shortest literal is longer. */
    private static java.util.Set<String> better(java.util.Set<String> a, java.util.Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        int ma = a.stream().mapToInt(String::length).min().orElse(0);
        int mb = b.stream().mapToInt(String::length).min().orElse(0);
        return mb > ma ? b : a;
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
