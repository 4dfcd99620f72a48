package dev.assay.engine.analysis;

import java.util.List;

/** The linguistic analysis of one answer: its text, sentences and tokens. Immutable. */
public record Analysis(String text, List<Sentence> sentences) {

    public Analysis {
        sentences = List.copyOf(sentences);
    }

    /** Every sentence's tokens, in order (loops, not streams: this is asked per answer by several stages). */
    public List<Token> tokens() {
        List<Token> all = new java.util.ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.tokens());
        }
        return java.util.Collections.unmodifiableList(all);
    }

    /** Number of word tokens (punctuation excluded). */
    public int wordCount() {
        int words = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!t.isPunctuation()) {
                    words++;
                }
            }
        }
        return words;
    }
}
