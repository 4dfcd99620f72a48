package dev.assay.engine;

import java.util.Collection;
import java.util.Locale;

/** An answer names a question the bank does not have; the message says which id it may have meant. */
public final class UnknownQuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many of the bank's ids are listed when none is near the unknown one. */
    static final int LISTED_IDS = 8;

    public UnknownQuestionException(String questionId) {
        super("unknown question id '" + questionId + "': the bank has no such question");
    }

    /** With the bank's ids: "did you mean 'Q1'?" for a case or spacing slip ("q1", " Q1"), else a few of them. */
    public UnknownQuestionException(String questionId, Collection<String> known) {
        super("unknown question id '" + questionId + "': the bank has no such question" + hint(questionId, known));
    }

    private static String hint(String questionId, Collection<String> known) {
        if (known.isEmpty()) {
            return "";
        }
        if (questionId != null) {
            String wanted = questionId.strip().toLowerCase(Locale.ROOT);
            for (String id : known) {
                if (id.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return " (did you mean '" + id + "'?)";
                }
            }
        }
        String listed = String.join(", ", known.stream().limit(LISTED_IDS).toList());
        return known.size() <= LISTED_IDS ? " (its ids: " + listed + ")"
                : " (its " + known.size() + " ids begin " + listed + ", …)";
    }
}
