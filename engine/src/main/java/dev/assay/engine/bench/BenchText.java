package dev.assay.engine.bench;

import java.util.Objects;

/** One answer a benchmark grades over and over: its id, its question and its text. */
public record BenchText(String answerId, String questionId, String text) {

    public BenchText {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(questionId, "questionId");
        text = text == null ? "" : text;
    }
}
