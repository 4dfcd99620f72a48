package dev.assay.corpus.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the answers of a JSONL or CSV file, one {@link ReadResult} per record, in file order.
 * A bad record becomes a {@link ReadResult.ReadError} and reading goes on; only file-level problems
 * throw. Memory stays constant whatever the file's size: one record is held at a time.
 *
 * <pre>{@code
 * try (AnswerReader reader = AnswerReader.open(path)) {
 *     while (reader.hasNext()) {
 *         ReadResult r = reader.next();
 *         if (r instanceof ReadResult.Answer a) { grade(a.record()); }
 *         else if (r instanceof ReadResult.ReadError e) { log(e); }
 *     }
 * }
 * }</pre>
 *
 * An I/O failure in the middle of a file surfaces from {@link #next()} as an
 * {@link UncheckedIOException} naming the file.
 */
public interface AnswerReader extends Iterator<ReadResult>, Closeable {

    /** The file format, chosen by extension. */
    enum Format { JSONL, CSV }

    /** Opens a file with default options. */
    static AnswerReader open(Path file) throws AnswerFileException {
        return open(file, ReaderOptions.defaults());
    }

    /**
     * Opens a file, choosing the format by extension: {@code .jsonl}, {@code .ndjson} and
     * {@code .json} (one object per line) or {@code .csv}.
     *
     * @throws AnswerFileException the file is missing, a directory, unreadable, of an unknown kind, or
     *                             (CSV) its header lacks a required column
     */
    static AnswerReader open(Path file, ReaderOptions options) throws AnswerFileException {
        if (Files.isDirectory(file)) { // else "unknown answer file type", as if its name were the trouble
            throw new AnswerFileException(file, "is a directory; give an answer file in it (.jsonl, .ndjson,"
                    + " .json or .csv)");
        }
        Format format = formatOf(file);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new AnswerFileException(file, "no such file", e);
        } catch (IOException e) {
            throw new AnswerFileException(file, "cannot open: " + e, e);
        }
        return open(in, format, file, options);
    }

    /** Reads a stream (stdin, say); {@code name} is used in messages. The reader closes the stream. */
    static AnswerReader open(InputStream in, Format format, String name, ReaderOptions options)
            throws AnswerFileException {
        return open(in, format, Path.of(name), options);
    }

    private static AnswerReader open(InputStream in, Format format, Path file, ReaderOptions options)
            throws AnswerFileException {
        try {
            return format == Format.CSV
                    ? new CsvAnswerReader(in, file, options)
                    : new JsonlAnswerReader(in, file, options);
        } catch (AnswerFileException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    /** The format a file's extension says it is in. */
    static Format formatOf(Path file) throws AnswerFileException {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Format.JSONL;
        }
        if (n.endsWith(".csv")) {
            return Format.CSV;
        }
        throw new AnswerFileException(file, "unknown answer file type; expected .jsonl, .ndjson, .json or .csv");
    }

    /**
     * Rows read so far that hold nothing but separators and blanks (a spreadsheet's empty rows), skipped
     * as no answers at all rather than reported as records missing every value. Always 0 for JSONL,
     * whose blank lines are not rows.
     */
    default long blankRowsSkipped() {
        return 0;
    }

    /** The rest of the records as a sequential stream; closing the stream closes this reader. */
    default Stream<ReadResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void closeQuietly(InputStream in, Exception primary) {
        try {
            in.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}
