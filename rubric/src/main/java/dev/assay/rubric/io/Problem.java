package dev.assay.rubric.io;

/**
 * One thing wrong with a bank file, located so an editor can jump to it.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown (line-based formats such as Markdown)
 * @param path     the field, e.g. {@code questions[2].concepts[0].weight}; empty for the whole file
 * @param message  what is wrong, in words a bank author can act on
 * @param severity error or warning
 */
public record Problem(String file, int line, int column, String path, String message, Severity severity) {

    public static Problem error(String file, int line, int column, String path, String message) {
        return new Problem(file, line, column, path, message, Severity.ERROR);
    }

    public static Problem warning(String file, int line, int column, String path, String message) {
        return new Problem(file, line, column, path, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: path: message}, leaving out the parts that are unknown. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
