package dev.assay.engine.features;

/**
 * Whether a written word is a misspelling of an expected one: same first letter and at most one edit
 * (insertion, deletion, substitution or swap of neighbours), two for words of eight letters or more.
 * Words under four letters must match exactly: one edit turns short words into other words.
 * Student answers are full of these ("recusion", "pointr", "constuctor"), and neither the lemma nor
 * the word vectors know them.
 */
final class Misspellings {

    static final int MIN_LENGTH = 4;
    static final int LONG_WORD = 8;

    private Misspellings() {
    }

    static boolean isMisspelling(String written, String expected) {
        if (written.equals(expected)) {
            return true;
        }
        if (expected.length() < MIN_LENGTH || written.length() < MIN_LENGTH - 1
                || written.charAt(0) != expected.charAt(0)) {
            return false;
        }
        int allowed = expected.length() >= LONG_WORD ? 2 : 1;
        return Math.abs(written.length() - expected.length()) <= allowed && distance(written, expected, allowed) <= allowed;
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring), capped at {@code cap + 1}. */
    static int distance(String a, String b, int cap) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
