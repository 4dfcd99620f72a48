package dev.assay.corpus.read;

/** Why one record was rejected; turned into a {@link ReadResult.ReadError}, never thrown out of a reader. */
final class InvalidRecord extends Exception {

    private final String answerId;

    InvalidRecord(String answerId, String message) {
        super(message, null, false, false); // control flow, not a crash: no stack trace
        this.answerId = answerId;
    }

    String answerId() {
        return answerId;
    }
}
