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
        String what = details.isEmpty() ? body : (body.isEmpty() ? "" : body + "; ") + String.join("; ", details);
        String head = lead == null ? "Cover this point" : "Cover \"" + lead + "\"";
        return sentence(head + (what.isBlank() ? "" : ": " + what.strip()));
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
