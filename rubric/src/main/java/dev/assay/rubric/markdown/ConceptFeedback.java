package dev.assay.rubric.markdown;

import java.util.List;

/** The sentence a candidate reads when an answer misses a concept, built from the bank's own words. */
final class ConceptFeedback {

    private ConceptFeedback() {
    }

    /** {@code Cover "Immediate recovery": Rollback, stabilize service.} */
    static String forConcept(String label, String body, List<String> details) {
        String what = details.isEmpty() ? body : (body.isEmpty() ? "" : body + "; ") + String.join("; ", details);
        return sentence("Cover \"" + label + "\"" + (what.isBlank() ? "" : ": " + what.strip()));
    }

    /** {@code Avoid "Blaming a person": ...} */
    static String forMisconception(String label, String body) {
        return sentence("Avoid \"" + label + "\"" + (body.isBlank() || body.equals(label) ? "" : ": " + body.strip()));
    }

    private static String sentence(String s) {
        return s.matches(".*[.?!\"”]$") ? s : s + ".";
    }
}
