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
    /** A colon or semicolon breaks a clause only before white space: "-XX:+Flag", "a:b;c" are one token. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[?!]|[;:](?=\\s|$)|\\s/\\s|,\\s|\\.\\s|\\s[-–—]\\s|\\s*→\\s*|\\s(?:vs\\.?|versus)\\s");
    private static final Pattern WORD_OR_WORD =
            Pattern.compile("\\b(\\p{L}[\\p{L}-]*) or (\\p{L}[\\p{L}-]*)(?=\\s*$|\\s+(?:and|with|for)\\b)");
    private static final Pattern SLASHED = Pattern.compile("(\\p{L}[\\p{L}\\p{N}-]*)((?:/\\p{L}[\\p{L}\\p{N}-]*)+)");
    /**
     * "Deleting the commit is not enough", "a restart alone won't fix it": a warning about what falls
     * short of the point, not a way to make it; its words would credit the very thing it warns about.
     */
    private static final Pattern INSUFFICIENT = Pattern.compile("(?i)\\b(?:is|are|was|were) not (?:enough|sufficient)\\b"
            + "|\\b(?:isn't|aren't|wasn't|weren't) (?:enough|sufficient)\\b|\\b(?:is|are) insufficient\\b"
            + "|\\b(?:won't|will not|does not|doesn't|do not|don't) (?:help|work|fix it|solve it)\\b");
    private static final Pattern NEGATOR_PREFIX = Pattern.compile("^(?i)(?:not|never|no|don't|do not|without)\\s+");
    private static final Pattern COORDINATOR = Pattern.compile("\\s(?:and|or|and/or)\\s");
    private static final Pattern CLAUSE_AND = Pattern.compile("\\sand\\s");
    private static final Pattern LONE_SLASHED = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*/\\p{L}[\\p{L}\\p{N}-]*");
    /** "word, word word": a comma between two single words, the second followed by a noun. */
    private static final Pattern ADJ_COMMA = Pattern.compile("\\b(\\p{L}+), (\\p{L}+)((?: \\p{L}[\\p{L}-]*)?)");
    private static final Pattern ADJECTIVE_SUFFIX = Pattern.compile("(?:ed|ful|ous|ive|able|ible|ical|less|ary)$");
    private static final Set<String> ADJECTIVES = Set.of("small", "large", "big", "short", "long", "quick", "fast",
            "slow", "new", "old", "clear", "simple", "safe", "real", "live", "regular", "frequent", "brief",
            "calm", "honest", "specific", "realistic", "incremental", "gradual", "careful", "empathetic",
            "concise", "open", "early", "late", "low", "high", "tight", "loose", "cheap", "easy");
    private static final Set<String> PAIRED = Set.of("both", "between", "either", "neither");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "these", "those",
            "our", "your", "each", "every", "all");
    /** Words that attach a clause, not an object: "verify and clean up", "rehearse and then …". */
    private static final Set<String> ATTACHING = Set.of("that", "if", "whether", "then", "when", "so", "to", "it");
    private static final Set<String> PARTICLES = Set.of("up", "out", "over", "back", "off", "down", "in", "forward");
    /**
     * Particles that after a verb are part of it ("scale out the instances", "roll back the
     * release"), not a preposition both verbs share ("test in staging", "write over the network").
     */
    private static final Set<String> VERB_PARTICLES = Set.of("up", "out", "back", "off", "down", "forward");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "does", "do", "did", "can",
            "could", "will", "would", "has", "have");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "that", "they", "there", "he", "she", "we",
            "you", "i");
    private static final Set<String> LEADING_FILLER = Set.of("the", "a", "an", "which", "what", "usually", "and",
            "then", "also", "with", "e.g.", "i.e.", "etc", "just", "always", "ideally", "or");
    private static final Set<String> TRAILING_FILLER = Set.of("etc", "etc.", "and", "or", "the", "a", "an", "of",
            "to", "fully", "only",
            "has", "have", "is", "are", "was", "were", "be", "that", "which", "with", "by", "for", "in", "on");
    private static final List<String> QUALIFIERS = List.of(" if needed", " if necessary", " if possible",
            " where possible", " when needed", " as needed");
    /** Punctuation before a phrase, but not the dash of a flag ("-Xmx", "--force"). */
    private static final String LEADING_PUNCT = "^(?:[\\p{Punct}\\s&&[^-]]|-(?![-\\p{L}]))+";
    /** Where a long clause can be cut and still leave a phrase: before these words. */
    private static final Set<String> CUT_BEFORE = Set.of("to", "before", "after", "when", "where", "that", "which",
            "with", "so", "because", "if", "until", "while", "during", "from", "for", "on", "in", "by", "across",
            "without", "once", "since");
    /**
     * Verbs any answer may use: as a phrasing on their own ("fix", "verify") they would credit any
     * answer, and they do not count as content when a long clause is cut.
     */
    private static final Set<String> GENERIC_VERBS = Set.of("fix", "verify", "check", "confirm", "do", "make",
            "use", "find", "ensure", "review", "test", "improve", "handle", "get", "set", "try", "look", "see",
            "go", "run", "work", "help", "keep", "take", "give", "put", "add", "know", "think", "consider",
            "understand", "start", "say", "tell", "ask", "want", "need", "show", "follow", "manage", "provide");
    /** Where a misconception's reason or alternative begins: "Java cannot leak memory | because …". */
    private static final Set<String> REASON = Set.of("because", "instead", "rather", "unless", "although",
            "though", "whereas");
    private static final Set<String> SUBORDINATORS = Set.of("once", "when", "while", "after", "before", "until",
            "since", "because", "if", "unless", "that", "which", "who", "where", "although", "though", "whereas");
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "by", "it", "is", "was", "be", "do", "did", "you", "your", "we", "our", "i", "my", "they",
            "their", "what", "which", "who", "how", "when", "why", "there", "this", "that", "if", "as", "from", "any");

    private PhrasingExtractor() {
    }

    /** Phrasings for a point: from its lead term, the text after the colon, then each sub-item. */
    static List<String> forPoint(String lead, String body, List<String> details) {
        Map<String, String> out = new LinkedHashMap<>(); // keyed lower-case: no near-duplicates
        if (lead != null) {
            List<String> all = fromText(lead);
            List<String> fromLead = new ArrayList<>(distinctive(all));
            if (fromLead.size() < all.size() && clean(lead) != null) {
                fromLead.add(0, clean(lead)); // "Fix and verify": the lead as a whole
            }
            fromLead.forEach(p -> out.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        }
        distinctive(fromText(body)).forEach(p -> out.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        for (String d : details) {
            distinctive(fromText(d)).forEach(p -> out.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        }
        return List.copyOf(out.values());
    }

    /**
     * Without lone generic verbs ("fix", "verify") or nouns ("time", of "seat number, time and witnesses"), which
     * any answer may say, nor a pronoun with one word ("you saw", of "note the time and what you saw"); "rollback"
     * stays.
     */
    private static List<String> distinctive(List<String> phrasings) {
        return phrasings.stream().filter(p -> {
            String lower = p.toLowerCase(Locale.ROOT);
            String[] words = lower.split("\\s+");
            return !GENERIC_VERBS.contains(lower) && !GENERIC_NOUNS.contains(lower)
                    && !(words.length == 2 && SUBJECT_PRONOUNS.contains(words[0]));
        }).toList();
    }

    private static final Set<String> GENERIC_NOUNS = Set.of("time", "times", "day", "days", "way", "thing", "things",
            "people", "person", "place", "part");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("you", "they", "we", "he", "she", "it", "i");

    /**
     * The phrasing of a misconception or red flag written as plain text: its core claim, the words a
     * weak answer would say. The reason after "because", "instead", … is dropped ("java cannot leak
     * memory"), and of a long claim about a gerund its subject ("deleting the file in a new commit",
     * of "… removes the key"); a noun phrase stays as written ("no evidence that …", not "not …").
     * Up to twice {@link #MAX_WORDS} words are kept whole rather than cut mid-claim.
     */
    static List<String> coreClaim(String text) {
        String plain = PARENTHETICAL.matcher(text).replaceAll(" ").replaceAll("[\"“”*`]", "");
        String first = null;
        for (String clause : CLAUSE_BREAK.split(plain)) {
            if (!clause.isBlank()) {
                first = clause;
                break;
            }
        }
        if (first == null) {
            return List.of();
        }
        List<String> words = words(first.strip().replaceAll("\\s+", " "));
        if (words.size() > 3 && words.get(0).toLowerCase(Locale.ROOT).endsWith("ing")
                && words.get(1).equalsIgnoreCase("that")) {
            words = new ArrayList<>(words.subList(2, words.size())); // "Thinking that X": the claim is X
        }
        while (!words.isEmpty() && LEADING_FILLER.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        for (int i = 2; i < words.size(); i++) {
            if (REASON.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                words = new ArrayList<>(words.subList(0, i));
                break;
            }
        }
        int verb = words.size() > MAX_WORDS ? gerundSubjectEnd(words) : -1;
        if (verb > 0) {
            words = new ArrayList<>(words.subList(0, verb));
        }
        if (words.size() > 2 * MAX_WORDS) {
            words = cut(words);
        }
        trimTrailing(words);
        if (contentWords(words) == 0) {
            return List.of();
        }
        return List.of(String.join(" ", words.stream().map(PhrasingExtractor::lowerOrdinary).toList())
                .replaceAll("[\\p{Punct}&&[^%$+]]+$", ""));
    }

    /**
     * "Deleting the file in a new commit removes the key": the index of the finite verb after a
     * gerund subject (a word in -s or an auxiliary, before a determiner or a complement), or -1.
     * The search stops at a subordinate clause: "Refusing to commit once the decision was made".
     */
    private static int gerundSubjectEnd(List<String> words) {
        String head = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        if (head.length() < 5 || !head.endsWith("ing")) {
            return -1;
        }
        for (int i = 1; i < words.size() - 1; i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (SUBORDINATORS.contains(w)) {
                return -1;
            }
            if (i < 2) {
                continue;
            }
            boolean finite = AUXILIARIES.contains(w)
                    || w.matches("\\p{L}{3,}s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                    && DETERMINERS.contains(words.get(i + 1).toLowerCase(Locale.ROOT));
            if (finite) {
                return i;
            }
        }
        return -1;
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
            // "(e.g., gh-ost, pt-osc)" lists acceptable examples; "(not who)" becomes "not who".
            clauses(EXAMPLE_PREFIX.matcher(aside.strip()).replaceFirst(""), out);
        }
        return out;
    }

    private static void clauses(String text, List<String> out) {
        String plain = joinAdjectives(text.replaceAll("[\"“”*`]", ""));
        for (String clause : CLAUSE_BREAK.split(plain)) {
            String c = EXAMPLE_PREFIX.matcher(clause.strip()).replaceFirst("");
            if (c.isEmpty() || isGenericQuestion(c) || INSUFFICIENT.matcher(c).find()) {
                continue;
            }
            Matcher negated = NEGATOR_PREFIX.matcher(c);
            if (negated.find()) {
                // "not human error", "never rename or drop in the same release": kept as "not …"
                // phrasings, which the matcher finds only where the answer negates them too.
                String scope = c.substring(negated.end());
                String plainRest = null;
                Matcher and = CLAUSE_AND.matcher(scope);
                if (and.find() && words(scope.substring(0, and.start())).stream()
                        .anyMatch(w -> AUXILIARIES.contains(w.toLowerCase(Locale.ROOT)))) {
                    // "no useful work is done and caches become cold": the negation ends with its own
                    // clause; the next one is said plainly
                    plainRest = scope.substring(and.end());
                    scope = scope.substring(0, and.start());
                }
                List<String> inner = new ArrayList<>();
                clause(scope, inner);
                for (String p : inner) {
                    List<String> w = words(p);
                    while (w.size() >= MAX_WORDS) {
                        w.remove(w.size() - 1);
                        trimTrailing(w);
                    }
                    if (!w.isEmpty()) {
                        out.add("not " + String.join(" ", w));
                    }
                }
                if (plainRest != null) {
                    clause(plainRest, out);
                }
                continue;
            }
            clause(c, out);
        }
    }

    /** One clause: "a or b" alternatives spread, slashes spread, coordinations split or distributed. */
    private static void clause(String c, List<String> out) {
        if (LONE_SLASHED.matcher(c.strip()).matches()) {
            // "expand/contract" on its own names one thing, not two alternatives
            String p = clean(c);
            if (p != null) {
                out.add(p);
            }
            return;
        }
        // "take a backup or snapshot" → "backup/snapshot", spread like a slash below.
        c = WORD_OR_WORD.matcher(c).replaceAll("$1/$2");
        for (String spread : spreadSlashes(c)) {
            for (String part : coordination(spread)) {
                String p = clean(part);
                if (p != null) {
                    out.add(p);
                }
            }
        }
    }

    /**
     * Splits a clause at its first "and"/"or" only where each side can stand alone, and gives a
     * lone coordinated verb the shared object:
     * <ul>
     * <li>"scale out or fail over", "error rates and lock waits": short sides, split;</li>
     * <li>"write and test the down migration": "write the down migration", "test the down migration";</li>
     * <li>"services read or write the tables": "services read the tables", "services write the tables";</li>
     * <li>"take a backup and verify that it restores": two clauses, split;</li>
     * <li>"works with both the old and the new schema": one noun phrase, kept whole;</li>
     * <li>"options are agreed in the SYN and SYN-ACK": one word after a long side, kept whole.</li>
     * </ul>
     */
    static List<String> coordination(String clause) {
        String whole = clause.strip().replaceAll("\\s+", " ");
        Matcher m = COORDINATOR.matcher(whole);
        if (!m.find()) {
            return List.of(whole);
        }
        List<String> left = words(whole.substring(0, m.start()));
        List<String> right = words(whole.substring(m.end()));
        // checked before "The" is stripped: "The server is in X and keeps the …" is no "subject verb"
        boolean leftHasDeterminer = left.stream().anyMatch(w -> DETERMINERS.contains(w.toLowerCase(Locale.ROOT)));
        while (!left.isEmpty() && LEADING_FILLER.contains(left.get(0).toLowerCase(Locale.ROOT))) {
            left.remove(0);
        }
        if (left.isEmpty() || right.isEmpty()) {
            return List.of(whole);
        }
        if (left.stream().anyMatch(w -> PAIRED.contains(w.toLowerCase(Locale.ROOT)))) {
            return List.of(whole); // "both the old and the new schema", "between A and B"
        }
        if (right.size() == 1 && left.size() >= 4) {
            // "… are agreed in the SYN and SYN-ACK": one word after a long left side ends a noun
            // phrase of that side; on its own it would be a phrasing of something else
            return List.of(whole);
        }
        if (left.size() >= 2 && PREPOSITIONS.contains(right.get(0).toLowerCase(Locale.ROOT))) {
            // "rerun the test locally and in CI": the right side only says where or when, not a point
            return List.of(whole);
        }
        List<String> out = new ArrayList<>();
        List<String> tail = right.subList(1, right.size());
        Matcher next = COORDINATOR.matcher(String.join(" ", tail));
        if (next.find()) {
            tail = words(String.join(" ", tail).substring(0, next.start())); // "test X or Y": share X
        }
        boolean tailIsObject = !tail.isEmpty() && !tail.stream().allMatch(w -> PARTICLES.contains(w.toLowerCase(Locale.ROOT))
                || STOPWORDS.contains(w.toLowerCase(Locale.ROOT)));
        // a plural noun shares only a modifier ("dashboards and traces from the service"); "budgets, alerts and
        // regular cost reviews" must not give "alerts cost reviews"
        boolean nounSharesNothing = left.size() == 1 && looksPlural(left.get(0)) && !tail.isEmpty()
                && !CUT_BEFORE.contains(tail.get(0).toLowerCase(Locale.ROOT));
        if (left.size() == 1 && tailIsObject && !nounSharesNothing
                && !ATTACHING.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
            // "write and test the down migration": the lone verb shares the object; of "restart or
            // scale out the instances" it shares the object, not the particle ("restart the instances")
            List<String> object = tail;
            if (tail.size() >= 2 && VERB_PARTICLES.contains(tail.get(0).toLowerCase(Locale.ROOT))
                    && !CUT_BEFORE.contains(tail.get(1).toLowerCase(Locale.ROOT))
                    && !ATTACHING.contains(tail.get(1).toLowerCase(Locale.ROOT))
                    && !tail.get(1).equalsIgnoreCase("of")) { // "run out of disk" keeps "out of"
                object = tail.subList(1, tail.size());
            }
            out.add(left.get(0) + " " + String.join(" ", object));
            if (looksPlural(left.get(0))) {
                out.add(left.get(0)); // "dashboards and traces from …": a lone noun stands alone too
            }
            out.addAll(coordination(String.join(" ", right)));
        } else if (left.size() == 2 && right.size() >= 2 && DETERMINERS.contains(right.get(1).toLowerCase(Locale.ROOT))
                && !leftHasDeterminer) {
            // "services read or write the tables": subject and object shared by two verbs
            String subject = String.join(" ", left.subList(0, left.size() - 1));
            out.add(subject + " " + left.get(left.size() - 1) + " " + String.join(" ", tail));
            out.add(subject + " " + String.join(" ", right));
        } else {
            out.add(String.join(" ", left));
            out.addAll(coordination(String.join(" ", right)));
        }
        return out;
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "before", "after", "across",
            "within", "from", "by", "via", "through");

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(t.split(" ")));
    }

    private static boolean looksPlural(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
    }

    /**
     * "in small, throttled batches" → "in small throttled batches": a comma between two adjectives
     * of one noun phrase is not a list break.
     */
    static String joinAdjectives(String text) {
        Matcher m = ADJ_COMMA.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            boolean join = adjectiveLike(m.group(1)) && adjectiveLike(m.group(2)) && m.group(3) != null;
            m.appendReplacement(b, Matcher.quoteReplacement(join ? m.group(1) + " " + m.group(2) + m.group(3)
                    : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static boolean adjectiveLike(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return ADJECTIVES.contains(l) || l.length() > 5 && ADJECTIVE_SUFFIX.matcher(l).find();
    }

    /** "Is it real?": a yes/no question with at most one content word says nothing a phrasing can find. */
    private static boolean isGenericQuestion(String c) {
        List<String> w = words(c.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}", " ").replaceAll("\\s+", " "));
        if (w.size() < 2 || !AUXILIARIES.contains(w.get(0)) || !PRONOUNS.contains(w.get(1))) {
            return false;
        }
        return w.stream().filter(x -> !STOPWORDS.contains(x) && !AUXILIARIES.contains(x)).count() <= 1;
    }

    /** "update runbooks/documentation" → "update runbooks", "update documentation". */
    private static List<String> spreadSlashes(String phrase) {
        Matcher m = SLASHED.matcher(phrase);
        boolean found;
        while ((found = m.find()) && isUnit(m.group())) {
            // "I/O", "A/B": one term, left whole
        }
        if (!found) {
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

    /** "I/O", "A/B", "N/A", "UI/UX": parts of at most two letters name one thing, not alternatives. */
    private static boolean isUnit(String slashed) {
        for (String part : slashed.split("/")) {
            if (part.length() > 2) {
                return false;
            }
        }
        return true;
    }

    /** Trims filler, cuts long clauses and lower-cases ordinary words; null when nothing is left. */
    static String clean(String phrase) {
        String p = phrase.strip().replaceAll("\\s+", " ").replaceAll(LEADING_PUNCT, "").replaceAll("[\\p{Punct}&&[^%$+]]+$", "");
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
            words = cut(words);
        }
        trimTrailing(words);
        if (words.stream().allMatch(w -> STOPWORDS.contains(w.toLowerCase(Locale.ROOT)) || !w.matches(".*\\p{L}.*"))) {
            return null;
        }
        List<String> cased = words.stream().map(PhrasingExtractor::lowerOrdinary).toList();
        return String.join(" ", cased).replaceAll("[\\p{Punct}&&[^%$+]]+$", "");
    }

    /**
     * A long clause cut before its last "to", "that", "with"… within {@link #MAX_WORDS}, where what is
     * kept still has two content words: "find the objects | that grow between two dumps" would keep
     * one, so such a clause stays whole (up to twice the limit). With no such word, cut at the limit.
     */
    private static List<String> cut(List<String> words) {
        boolean anyCutWord = false;
        for (int k = MAX_WORDS; k >= 2; k--) {
            if (CUT_BEFORE.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                anyCutWord = true;
                List<String> kept = new ArrayList<>(words.subList(0, k));
                trimTrailing(kept);
                if (contentWords(kept) >= 2) {
                    return kept;
                }
            }
        }
        if (anyCutWord && words.size() <= 2 * MAX_WORDS) {
            return words;
        }
        List<String> head = new ArrayList<>(words.subList(0, MAX_WORDS));
        trimTrailing(head);
        if (words.size() <= 2 * MAX_WORDS && !head.isEmpty()
                && AUXILIARIES.contains(head.get(head.size() - 1).toLowerCase(Locale.ROOT))) {
            // A cut inside the verb group keeps its subject and drops its claim: "check whether the
            // change can | be made additive" would match any answer that mentions a change.
            return words;
        }
        return new ArrayList<>(words.subList(0, MAX_WORDS));
    }

    /** Words that carry meaning: not function words, auxiliaries, prepositions or generic verbs. */
    private static long contentWords(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> w.matches(".*\\p{L}.*") && !STOPWORDS.contains(w) && !AUXILIARIES.contains(w)
                        && !TRAILING_FILLER.contains(w) && !CUT_BEFORE.contains(w) && !GENERIC_VERBS.contains(w))
                .count();
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
