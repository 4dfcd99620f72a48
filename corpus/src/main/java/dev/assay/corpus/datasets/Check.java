package dev.assay.corpus.datasets;

/** Field checks shared by the readers. */
final class Check {

    private Check() {
    }

    /** The value, stripped; a missing or blank one is an error at that file and line. */
    static String required(String value, String source, int line, String message) throws DatasetFormatException {
        if (value == null || value.isBlank()) {
            throw new DatasetFormatException(source, line, message);
        }
        return value.strip();
    }

    /** A finite number; anything else is an error at that file and line. */
    static double number(String value, String source, int line, String what) throws DatasetFormatException {
        String t = value == null ? "" : value.strip();
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new DatasetFormatException(source, line, what + " is \"" + abbreviate(t) + "\", not a number");
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
