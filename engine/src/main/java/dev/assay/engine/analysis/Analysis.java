package dev.assay.engine.analysis;

import java.util.List;

/** The linguistic analysis of one answer: its text, sentences and tokens. Immutable. */
public record Analysis(String text, List<Sentence> sentences) {

    public Analysis {
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    /** Number of word tokens (punctuation excluded). */
    public int wordCount() {
        return (int) sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> !t.isPunctuation()).count();
    }
}
