package dev.assay.rubric.markdown;

import java.util.List;

/** The sentence a candidate reads when an answer misses a concept, built from the bank's own words. */
final class ConceptFeedback {

    private ConceptFeedback() {
    }

    /**
     * {@code Cover "Immediate recovery": Rollback, stabilize service.}; for a point with no lead
     * term ({@code lead} null), {@code Cover this point: <its text>.}
     */
    static String forConcept(String lead, String body, List<String> details) {
        List<String> said = details.stream().map(ConceptFeedback::contrast).toList();
        String what = said.isEmpty() ? body : (body.isEmpty() ? "" : body + "; ") + String.join("; ", said);
        String head = lead == null ? "Cover this point" : "Cover \"" + lead + "\"";
        return sentence(head + (what.isBlank() ? "" : ": " + what.strip()));
    }

    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "^(?i)(?:examples?|e\\.g\\.|for example|say)\\s*:?\\s*([\"“][^\"“”]+[\"”])\\s*(?:vs\\.?|versus)\\s*"
                    + "([\"“][^\"“”]+[\"”])\\s*$");

    /**
     * A good example set against a bad one ({@code Examples: "Better testing would have caught this" vs
     * "QA was careless"}) reads to a candidate as {@code for example "Better testing …", not "QA was careless"}.
     */
    static String contrast(String detail) {
        java.util.regex.Matcher m = CONTRAST.matcher(detail.strip());
        return m.matches() ? "for example " + m.group(1) + ", not " + m.group(2) : detail;
    }

    /** The two quotes of a good-vs-bad example line (without their quote marks), or empty. */
    static java.util.Optional<String[]> goodAndBad(String detail) {
        java.util.regex.Matcher m = CONTRAST.matcher(detail.strip());
        return m.matches() ? java.util.Optional.of(new String[] {unquote(m.group(1)), unquote(m.group(2))})
                : java.util.Optional.empty();
    }

    private static String unquote(String q) {
        return q.substring(1, q.length() - 1).strip();
    }

    /** {@code Avoid "Blaming a person": ...} */
    static String forMisconception(String label, String body) {
        return sentence("Avoid \"" + label + "\"" + (body.isBlank() || body.equals(label) ? "" : ": " + body.strip()));
    }

    /** A misconception with no lead term, as advice: {@code Avoid: "Going over the manager's head as a first step"} */
    static String forMisconceptionText(String text) {
        return "Avoid: \"" + text.strip() + "\"";
    }

    private static String sentence(String s) {
        return s.matches(".*[.?!\"”]$") ? s : s + ".";
    }
}
