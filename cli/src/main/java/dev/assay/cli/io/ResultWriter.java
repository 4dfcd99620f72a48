package dev.assay.cli.io;

import dev.assay.engine.evaluation.Evaluation;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Writes graded answers and error records, one per input record, in input order. */
public interface ResultWriter extends Closeable, Flushable {

    void evaluation(Evaluation e) throws IOException;

    /** An input record that could not be graded: its line, its id if known, and why. */
    void error(int line, String answerId, String questionId, String message) throws IOException;

    /** Pushes everything written so far down to {@code out}, so a checkpoint can count its bytes. */
    @Override
    void flush() throws IOException;

    /**
     * Why results cannot go to {@code target} (a message to follow its name), or empty: its extension names no format, or it is a
     * directory, or its directory cannot be made or written. Checked before anything is graded, so a
     * long run does not end in a failed rename (and a journal that only leads to the same failure).
     */
    static Optional<String> problemWith(Path target) {
        Path t = target.toAbsolutePath();
        if (Files.isDirectory(t)) {
            return Optional.of("is a directory; name a file in it, e.g. " + target.resolve("graded.jsonl"));
        }
        String name = t.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || name.endsWith(".csv"))) {
            return Optional.of("the extension says the format: .jsonl (or .json) for JSONL, .csv for CSV");
        }
        // the output's directory is made if missing: the nearest one that exists must take files
        Path dir = t.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir != null && !Files.isDirectory(dir)) {
            return Optional.of("cannot be written: " + dir + " is not a directory");
        }
        if (dir != null && !Files.isWritable(dir)) {
            return Optional.of("cannot be written: no permission to write in " + dir);
        }
        return Optional.empty();
    }

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
