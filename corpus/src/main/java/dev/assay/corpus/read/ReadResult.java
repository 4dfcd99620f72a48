package dev.assay.corpus.read;

import dev.assay.corpus.AnswerRecord;
import java.util.Objects;

/**
 * What an {@link AnswerReader} yields for each record of a file: the answer, or why it could not be
 * read. Bad records are values, not exceptions, so one bad line never stops a batch.
 */
public sealed interface ReadResult permits ReadResult.Answer, ReadResult.ReadError {

    /** 1-based line of the source the record starts on. */
    int line();

    /** A record that was read. */
    record Answer(AnswerRecord record) implements ReadResult {

        public Answer {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public int line() {
            return record.line();
        }
    }

    /**
     * A record that could not be read.
     *
     * @param source     the file (or stream) name
     * @param line       1-based line the bad record starts on
     * @param answerId   the record's id when it could be read, else null
     * @param questionId the record's question id when it could be read, else null
     * @param message    what is wrong, without the location
     */
    record ReadError(String source, int line, String answerId, String questionId, String message)
            implements ReadResult {

        public ReadError {
            Objects.requireNonNull(message, "message");
        }

        /** e.g. {@code answers.jsonl line 7 (id ia-003): missing required field 'text'}. */
        @Override
        public String toString() {
            return source + " line " + line + (answerId == null ? "" : " (id " + answerId + ")") + ": " + message;
        }
    }
}
