package dev.assay.engine.tuning;

import java.util.Objects;

/**
 * One answer with its human judgement, as tuning sees it (the engine knows no answer-file format).
 *
 * @param grade the human grade on the question's scale, NaN when the set only labels
 * @param label the human label (e.g. SemEval's {@code correct}), or null
 * @param split the set's split (e.g. {@code train}, {@code a3}), or null
 * @param group what cross-validation folds group on (question id, answer id, split, …)
 */
public record GradedAnswer(String id, String questionId, String text, double grade, String label, String split,
                           String group) {

    public GradedAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionId, "questionId");
        text = text == null ? "" : text;
    }
}
