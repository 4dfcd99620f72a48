package dev.assay.corpus.read;

import java.io.IOException;
import java.nio.file.Path;

/** A problem with an answer file as a whole: it cannot be opened, or its header is unusable. */
public class AnswerFileException extends IOException {

    private final transient Path file;

    public AnswerFileException(Path file, String message) {
        this(file, message, null);
    }

    public AnswerFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file at fault, or null for a stream with no file behind it. */
    public Path file() {
        return file;
    }
}
