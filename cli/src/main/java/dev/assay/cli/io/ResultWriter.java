package dev.assay.cli.io;

import dev.assay.engine.evaluation.Evaluation;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes graded answers and error records, one per input record, in input order. */
public interface ResultWriter extends Closeable, Flushable {

    void evaluation(Evaluation e) throws IOException;

    /** An input record that could not be graded: its line, its id if known, and why. */
    void error(int line, String answerId, String questionId, String message) throws IOException;

    /** Pushes everything written so far down to {@code out}, so a checkpoint can count its bytes. */
    @Override
    void flush() throws IOException;

    /** JSONL unless the target's name ends in {@code .csv}. */
    static ResultWriter forTarget(Path target, java.io.Writer out) throws IOException {
        return forTarget(target, out, false);
    }

    /**
     * JSONL unless the target's name ends in {@code .csv}; {@code continuing} when appending to output
     * a resumed run had begun (a CSV header is then already there).
     */
    static ResultWriter forTarget(Path target, java.io.Writer out, boolean continuing) throws IOException {
        return isCsv(target) ? new CsvResultWriter(out, !continuing) : new JsonlResultWriter(out);
    }

    /** Whether results for {@code target} are written as CSV. */
    static boolean isCsv(Path target) {
        String name = target == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv");
    }
}
