package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks the tokens of a sentence that sit in the scope of a negation.
 *
 * <p>Negators: "not"/"n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot",
 * "without", "instead of", "rather than". A clause negator ("not", "never", …) reaches from itself to
 * the end of its clause: the next comma, semicolon, colon, dash, arrow, bracket, the conjunctions
 * "but", "because", "since", "although", "though", "whereas", "while", "so", "then", a coordinating
 * "and"/"or" that starts a new clause (followed by a pronoun), or the sentence end. A phrase negator
 * ("without X", "skip X", "instead of X", "rather than X") negates what follows it, up to the end of its clause
 * or at most {@link #PHRASE_SCOPE} tokens. "not only", "not just", "no matter" and "no doubt" do not
 * negate. A hyphen inside a word ("on-call") does not end a clause; a spaced one does.
 */
public final class NegationScope {

    static final int PHRASE_SCOPE = 6;

    private static final Set<String> CLAUSE_NEGATORS = Set.of(
            "not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot", "noone");
    private static final Set<String> SKIPPING = Set.of("skip", "skipped", "skipping", "skips");
    private static final Set<String> CLAUSE_ENDERS = Set.of(
            ",", ";", ":", "—", "–", "--", "→", "->", "(", ")", "[", "]", ".", "!", "?", "•",
            "but", "because", "since", "although", "though", "whereas", "while", "so", "then", "however",
            "otherwise", "instead");
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "they", "it", "that",
            "this", "there", "everybody", "everyone", "someone", "people");

    /**
     * The last analysis each thread asked {@link #of(Analysis)} about, with its scopes: the concept
     * matcher and the reference-answer polarity features both need them for the same answer, one
     * after the other on the grading thread.
     */
    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private record Last(Analysis analysis, boolean[][] scopes) {
    }

    private NegationScope() {
    }

    /**
     * {@link #of(List)} for each sentence of an analysis, in order; computed once for the analysis last
     * asked about on this thread (the same object, not an equal one). Shared: callers must not modify
     * the arrays.
     */
    public static boolean[][] of(Analysis a) {
        Last last = LAST.get();
        if (last != null && last.analysis() == a) {
            return last.scopes();
        }
        boolean[][] scopes = new boolean[a.sentences().size()][];
        for (int s = 0; s < scopes.length; s++) {
            scopes[s] = of(a.sentences().get(s).tokens());
        }
        LAST.set(new Last(a, scopes));
        return scopes;
    }

    /** {@code result[i]} is true when token {@code i} of the list is in a negation's scope. */
    public static boolean[] of(List<Token> tokens) {
        int n = tokens.size();
        boolean[] neg = new boolean[n];
        String[] lower = new String[n]; // each word lower-cased once: the scopes read them again and again
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < n; i++) {
            String w = lower[i];
            int start = -1;
            boolean phrase = false;
            if (CLAUSE_NEGATORS.contains(w)) {
                String next = i + 1 < n ? lower[i + 1] : "";
                if ((w.equals("not") || w.equals("n't")) && (next.equals("only") || next.equals("just"))) {
                    continue;
                }
                if (w.equals("no") && (next.equals("matter") || next.equals("doubt"))) {
                    continue;
                }
                start = i;
            } else if (w.equals("without") || SKIPPING.contains(w)) {
                // "we'd skip the runbooks", "skipped the load test": skipping X is not doing X
                start = i;
                phrase = true;
            } else if ((w.equals("instead") || w.equals("rather")) && i + 1 < n) {
                String next = lower[i + 1];
                if ((w.equals("instead") && next.equals("of")) || (w.equals("rather") && next.equals("than"))) {
                    start = i + 1;
                    phrase = true;
                }
            }
            if (start < 0) {
                continue;
            }
            if (!phrase && dismisses(lower, i)) {
                // "naming and readability don't matter", "responding promptly isn't a priority": the
                // clause's subject, before the negator, is what is denied
                for (int j = i - 1; j >= 0 && !endsClause(tokens, lower, j); j--) {
                    neg[j] = true;
                }
            }
            int limit = phrase ? Math.min(n, start + 1 + PHRASE_SCOPE) : n;
            for (int j = start; j < limit; j++) {
                if (j > start && endsClause(tokens, lower, j)) {
                    break;
                }
                neg[j] = true;
            }
        }
        return neg;
    }

    /** Whether the negator at {@code i} is followed by a word of value ("matter", "a priority", "needed"). */
    private static boolean dismisses(String[] lower, int i) {
        for (int j = i + 1; j < Math.min(lower.length, i + 4); j++) {
            if (VALUE_WORDS.contains(lower[j])) {
                return true;
            }
            if (!FILLERS.contains(lower[j])) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> VALUE_WORDS = Set.of("matter", "matters", "mattered", "important", "necessary",
            "needed", "priority", "relevant", "essential", "required", "worth", "useful", "helpful", "valuable");
    private static final Set<String> FILLERS = Set.of("really", "that", "very", "a", "the", "top", "so", "too",
            "much", "all", "at", "big", "high", "be", "been", "seem", "seems", "to");

    private static boolean endsClause(List<Token> tokens, String[] lower, int j) {
        String t = lower[j];
        if (CLAUSE_ENDERS.contains(t)) {
            return true;
        }
        if (t.equals("-")) {
            return tokens.get(j - 1).end() < tokens.get(j).begin();
        }
        if ((t.equals("and") || t.equals("or")) && j + 1 < tokens.size()) {
            return SUBJECTS.contains(lower[j + 1]);
        }
        return false;
    }
}
