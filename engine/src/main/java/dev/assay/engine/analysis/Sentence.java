package dev.assay.engine.analysis;

import java.util.List;

/** A sentence as CoreNLP split it, with character offsets into the original text. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String original) {
        return original.substring(begin, end);
    }
}
