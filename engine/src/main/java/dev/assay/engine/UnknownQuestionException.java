package dev.assay.engine;

/** An answer names a question the bank does not have. */
public final class UnknownQuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownQuestionException(String questionId) {
        super("unknown question id '" + questionId + "': the bank has no such question");
    }
}
