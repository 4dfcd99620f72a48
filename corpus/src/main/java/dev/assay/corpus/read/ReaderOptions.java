package dev.assay.corpus.read;

import java.util.Objects;

/**
 * How an {@link AnswerReader} reads records.
 *
 * @param maxTextChars    longest {@code text} accepted, in characters; a longer one is a bad record
 * @param idColumn        CSV header of the answer id
 * @param questionColumn  CSV header of the question id
 * @param textColumn      CSV header of the answer text
 * @param gradeColumn     CSV header of an optional numeric grade
 */
public record ReaderOptions(int maxTextChars, String idColumn, String questionColumn, String textColumn,
                            String gradeColumn) {

    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    public ReaderOptions {
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(questionColumn, "questionColumn");
        Objects.requireNonNull(textColumn, "textColumn");
        Objects.requireNonNull(gradeColumn, "gradeColumn");
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_TEXT_CHARS, "id", "question_id", "text", "grade");
    }

    public ReaderOptions withMaxTextChars(int max) {
        return new ReaderOptions(max, idColumn, questionColumn, textColumn, gradeColumn);
    }

    /** Column names of a CSV export whose headers differ from ours (an LMS export, say). */
    public ReaderOptions withColumns(String id, String question, String text) {
        return new ReaderOptions(maxTextChars, id, question, text, gradeColumn);
    }

    public ReaderOptions withGradeColumn(String grade) {
        return new ReaderOptions(maxTextChars, idColumn, questionColumn, textColumn, grade);
    }

    /**
     * Longest JSONL line kept in memory. Beyond it the line is skipped unread, so one runaway line
     * cannot exhaust the heap; the allowance covers a maximal text written with JSON escapes.
     */
    int maxLineBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(8L << 20, 6L * maxTextChars + (64 << 10)));
    }
}
