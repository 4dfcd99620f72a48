package dev.assay.engine.batch;

/**
 * A point a batch can resume from: the first {@code records} input records are in the output, whose
 * first {@code bytes} bytes are on disk; {@code graded} and {@code errors} split those records.
 */
public record Checkpoint(long records, long bytes, long graded, long errors) {

    public static final Checkpoint START = new Checkpoint(0, 0, 0, 0);

    public Checkpoint {
        if (records < 0 || bytes < 0 || graded < 0 || errors < 0 || graded + errors != records) {
            throw new IllegalArgumentException("inconsistent checkpoint: " + records + " records, " + bytes
                    + " bytes, " + graded + " graded, " + errors + " errors");
        }
    }
}
