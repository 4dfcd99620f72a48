package dev.assay.cli.io;

import dev.assay.engine.evaluation.Evaluation;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes graded answers and error records, one per input record, in input order. */
public interface ResultWriter extends Closeable {

    void evaluation(Evaluation e) throws IOException;

    /** An input record that could not be graded: its line, its id if known, and why. */
    void error(int line, String answerId, String message) throws IOException;

    /** JSONL unless the target's name ends in {@code .csv}. */
    static ResultWriter forTarget(Path target, java.io.Writer out) throws IOException {
        String name = target == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? new CsvResultWriter(out) : new JsonlResultWriter(out);
    }
}
