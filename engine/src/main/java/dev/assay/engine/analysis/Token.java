package dev.assay.engine.analysis;

import java.util.Locale;

/**
 * One token of an answer.
 *
 * @param word  the token as written
 * @param lemma its lemma, lower-cased
 * @param pos   Penn Treebank part-of-speech tag
 * @param begin character offset into the original text (inclusive)
 * @param end   character offset into the original text (exclusive)
 * @param punctuation whether the word is punctuation ({@link #isPunctuation()}); always worked out
 *                    from the word, whatever is passed: every stage asks it of every token, and
 *                    reading the word's characters again after a CoreNLP pass missed the cache
 */
public record Token(String word, String lemma, String pos, int begin, int end, boolean punctuation) {

    public Token {
        lemma = lemma == null ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
        punctuation = punctuation(word);
    }

    public Token(String word, String lemma, String pos, int begin, int end) {
        this(word, lemma, pos, begin, end, false);
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** Nouns, verbs, adjectives, adverbs and numbers: the words that carry content. */
    public boolean isContent() {
        return pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("RB")
                || pos.equals("CD") || pos.equals("FW");
    }

    /** Non-empty and without a letter or digit. */
    public boolean isPunctuation() {
        return punctuation;
    }

    private static boolean punctuation(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
