package dev.assay.engine.batch;

/** A batch cannot be resumed: nothing to resume, or the journal does not match this run. The message says why. */
public final class ResumeRefusedException extends Exception {

    public ResumeRefusedException(String message) {
        super(message);
    }
}
