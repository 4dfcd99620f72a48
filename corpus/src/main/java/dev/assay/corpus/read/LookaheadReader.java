package dev.assay.corpus.read;

import java.util.NoSuchElementException;

/**
 * The iterator half of a reader: holds the one record read ahead so {@link #hasNext()} can answer.
 * Subclasses say how to read the next record ({@link #advance()}) and when the input is over for
 * good ({@link #finish()}), e.g. after an error the parser cannot recover from.
 */
abstract class LookaheadReader implements AnswerReader {

    private ReadResult next;
    private boolean done;

    /** The next record, or null at the end of the input. */
    protected abstract ReadResult advance();

    /** No record is read after the one {@link #advance()} is returning now. */
    protected final void finish() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) {
                done = true;
            }
        }
        return next != null;
    }

    @Override
    public final ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult r = next;
        next = null;
        return r;
    }
}
