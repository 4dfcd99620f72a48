package dev.assay.rubric.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a bank's expected point ("**Immediate recovery:** Rollback, stabilize service") into short
 * content phrases ("immediate recovery", "rollback", "stabilize service"). The concept matcher looks
 * for each phrasing's lemmas in an answer, so a phrasing must be a few content words a candidate
 * would actually say, not a sentence: long clauses are cut, lists split, alternatives spread out.
 */
final class PhrasingExtractor {

    static final int MAX_WORDS = 6;

    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]+)[\"”]");
    /** "Examples: "good" vs "bad"" — the first quote is the example to follow. */
    private static final Pattern EXAMPLES = Pattern.compile("^(?i)(examples?|e\\.g\\.|for example|say)\\s*:?\\s*(.*)$");
    private static final Pattern EXAMPLE_PREFIX = Pattern.compile("^(?i)(e\\.g\\.|eg\\.|i\\.e\\.|for example|such as|like)\\s*,?\\s*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;?!:]|\\s/\\s|,\\s|\\.\\s|\\s[-–—]\\s|\\s*→\\s*|\\s(?:vs\\.?|versus)\\s");
    private static final Pattern WORD_OR_WORD =
            Pattern.compile("\\b(\\p{L}[\\p{L}-]*) or (\\p{L}[\\p{L}-]*)(?=\\s*$|\\s+(?:and|with|for)\\b)");
    private static final Pattern OR = Pattern.compile("\\s(?:or|and/or)\\s");
    private static final Pattern SLASHED = Pattern.compile("(\\p{L}[\\p{L}\\p{N}-]*)((?:/\\p{L}[\\p{L}\\p{N}-]*)+)");
    private static final Pattern NEGATED = Pattern.compile("^(?i)(not|never|no|don't|do not|without)\\b.*");
    private static final Set<String> LEADING_FILLER = Set.of("the", "a", "an", "which", "what", "usually", "and",
            "then", "also", "with", "e.g.", "i.e.", "etc", "just", "always", "ideally");
    private static final Set<String> TRAILING_FILLER = Set.of("etc", "etc.", "and", "or", "the", "a", "an", "of",
            "to", "fully", "only",
            "has", "have", "is", "are", "was", "were", "be", "that", "which", "with", "by", "for", "in", "on");
    private static final List<String> QUALIFIERS = List.of(" if needed", " if necessary", " if possible",
            " where possible", " when needed", " as needed");
    /** Where a long clause can be cut and still leave a phrase: before these words. */
    private static final Set<String> CUT_BEFORE = Set.of("to", "before", "after", "when", "where", "that", "which",
            "with", "so", "because", "if", "until", "while", "during", "from", "for", "on", "in", "by", "across",
            "without", "once", "since");
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "by", "it", "is", "was", "be", "do", "did", "you", "your", "we", "our", "i", "my", "they",
            "their", "what", "which", "who", "how", "when", "why", "there", "this", "that", "if", "as", "from", "any");

    private PhrasingExtractor() {
    }

    /** Phrasings for a point: from its lead term, the text after the colon, then each sub-item. */
    static List<String> forPoint(String lead, String body, List<String> details) {
        Map<String, String> out = new LinkedHashMap<>(); // keyed lower-case: no near-duplicates
        if (lead != null) {
            fromText(lead).forEach(p -> out.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        }
        fromText(body).forEach(p -> out.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        for (String d : details) {
            fromText(d).forEach(p -> out.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        }
        return List.copyOf(out.values());
    }

    /** The quoted strings in a text, in order ("QA was careless" → QA was careless). */
    static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    static List<String> fromText(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher examples = EXAMPLES.matcher(text.strip());
        if (examples.matches() && !quotes(examples.group(2)).isEmpty()) {
            // A good example set against a bad one: only the good one is evidence for the concept.
            clauses(quotes(examples.group(2)).get(0), out);
            return out;
        }
        List<String> asides = new ArrayList<>();
        Matcher m = PARENTHETICAL.matcher(text);
        StringBuilder main = new StringBuilder();
        while (m.find()) {
            asides.add(m.group(1));
            m.appendReplacement(main, " ");
        }
        m.appendTail(main);
        clauses(main.toString(), out);
        for (String aside : asides) {
            // "(not who)" says what not to look for; "(e.g., gh-ost, pt-osc)" lists acceptable examples.
            if (!NEGATED.matcher(aside.strip()).matches()) {
                clauses(EXAMPLE_PREFIX.matcher(aside.strip()).replaceFirst(""), out);
            }
        }
        return out;
    }

    private static void clauses(String text, List<String> out) {
        String plain = text.replaceAll("[\"“”*`]", "");
        for (String clause : CLAUSE_BREAK.split(plain)) {
            String c = EXAMPLE_PREFIX.matcher(clause.strip()).replaceFirst("");
            if (c.isEmpty() || NEGATED.matcher(c).matches()) {
                continue;
            }
            // "take a backup or snapshot" → "backup/snapshot", spread like a slash below.
            c = WORD_OR_WORD.matcher(c).replaceAll("$1/$2");
            for (String spread : spreadSlashes(c)) {
                String whole = clean(spread);
                if (whole == null) {
                    continue;
                }
                // "scale out or fail over": short alternatives are separate phrasings; in a longer
                // clause ("services read or write the tables") splitting would strand half of it.
                String[] alternatives = OR.split(whole);
                boolean split = alternatives.length > 1
                        && List.of(alternatives).stream().allMatch(a -> a.strip().split("\\s+").length <= 2);
                for (String a : split ? alternatives : new String[] {whole}) {
                    String p = clean(a);
                    if (p != null) {
                        out.add(p);
                    }
                }
            }
        }
    }

    /** "update runbooks/documentation" → "update runbooks", "update documentation". */
    private static List<String> spreadSlashes(String phrase) {
        Matcher m = SLASHED.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>();
        List<String> options = new ArrayList<>();
        options.add(m.group(1));
        for (String o : m.group(2).substring(1).split("/")) {
            options.add(o);
        }
        for (String o : options) {
            out.addAll(spreadSlashes(phrase.substring(0, m.start()) + o + phrase.substring(m.end())));
        }
        return out;
    }

    /** Trims filler, cuts long clauses and lower-cases ordinary words; null when nothing is left. */
    static String clean(String phrase) {
        String p = phrase.strip().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^%$+]]+$", "");
        String lower = p.toLowerCase(Locale.ROOT);
        for (String q : QUALIFIERS) {
            if (lower.endsWith(q)) {
                p = p.substring(0, p.length() - q.length());
                lower = p.toLowerCase(Locale.ROOT);
            }
        }
        List<String> words = new ArrayList<>(List.of(p.split(" ")));
        while (!words.isEmpty() && LEADING_FILLER.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.size() > MAX_WORDS) {
            int cut = MAX_WORDS;
            for (int k = MAX_WORDS; k >= 2; k--) {
                if (CUT_BEFORE.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                    cut = k;
                    break;
                }
            }
            words = new ArrayList<>(words.subList(0, cut));
        }
        trimTrailing(words);
        if (words.stream().allMatch(w -> STOPWORDS.contains(w.toLowerCase(Locale.ROOT)) || !w.matches(".*\\p{L}.*"))) {
            return null;
        }
        List<String> cased = words.stream().map(PhrasingExtractor::lowerOrdinary).toList();
        return String.join(" ", cased).replaceAll("[\\p{Punct}&&[^%$+]]+$", "");
    }

    /** Drops words a cut can leave dangling at the end ("the", "has", "with"). */
    static void trimTrailing(List<String> words) {
        while (!words.isEmpty() && TRAILING_FILLER.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
    }

    /** Lower-cases "Rollback" but keeps "SLO", "p99", "GC" and "I" as written. */
    private static String lowerOrdinary(String word) {
        if (word.equals("I") || word.length() > 1 && !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
            return word;
        }
        return word.toLowerCase(Locale.ROOT);
    }
}
