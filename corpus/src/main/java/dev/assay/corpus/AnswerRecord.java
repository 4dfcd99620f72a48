package dev.assay.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One written answer as read from an answer file, with whatever human judgements came with it.
 *
 * @param id         the answer's id, unique within its file
 * @param questionId the id of the question it answers (e.g. {@code Q1})
 * @param text       the answer as plain text; may be empty, never null
 * @param grade      a single human grade, if the file gives one
 * @param grades     several human grades (one per rater), empty when none
 * @param label      a categorical judgement for labelled sets (e.g. {@code correct}), or null
 * @param split      the set's own split (e.g. {@code train}, {@code test}), or null
 * @param segments   gold STAR segments, in order; empty when the file has none
 * @param line       1-based line of the file the record starts on, for messages and ordering
 */
public record AnswerRecord(
        String id,
        String questionId,
        String text,
        Double grade,
        List<Double> grades,
        String label,
        String split,
        List<GoldSegment> segments,
        int line) {

    public AnswerRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(text, "text");
        grades = grades == null ? List.of() : List.copyOf(grades);
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** An answer with no judgements attached. */
    public static AnswerRecord of(String id, String questionId, String text) {
        return new AnswerRecord(id, questionId, text, null, List.of(), null, null, List.of(), 0);
    }
}
