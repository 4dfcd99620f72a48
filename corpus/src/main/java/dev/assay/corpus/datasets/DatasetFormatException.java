package dev.assay.corpus.datasets;

import java.io.IOException;

/**
 * A public data set's files are missing or not in the format its reader expects. The message names
 * the file (for a zip member, {@code archive.zip!member}) and, where there is one, the line.
 */
public class DatasetFormatException extends IOException {

    private final String source;
    private final int line;

    /** A problem with a whole file (missing, empty, counts that disagree). */
    public DatasetFormatException(String source, String message) {
        this(source, 0, message, null);
    }

    /** A problem at one line of a file; {@code line} is 1-based, 0 when unknown. */
    public DatasetFormatException(String source, int line, String message) {
        this(source, line, message, null);
    }

    public DatasetFormatException(String source, int line, String message, Throwable cause) {
        super(source + (line > 0 ? " line " + line : "") + ": " + message, cause);
        this.source = source;
        this.line = line;
    }

    /** The file at fault, e.g. {@code /data/x/raw/1.1} or {@code semeval-3way.zip!training/3way/beetle/Q.xml}. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem is not at one line. */
    public int line() {
        return line;
    }
}
