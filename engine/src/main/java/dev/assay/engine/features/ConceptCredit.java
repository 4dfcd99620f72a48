package dev.assay.engine.features;

import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.ConceptMatcher;

/** The credit a concept earns: its coverage once the matcher counts it as covered, else nothing. */
public final class ConceptCredit {

    private final ConceptMatcher matcher;

    public ConceptCredit(ConceptMatcher matcher) {
        this.matcher = matcher;
    }

    public double of(ConceptMatch match, String conceptId) {
        double coverage = match.coverage(conceptId); // once: it is a noisy-OR over all the answer's hits
        return coverage >= matcher.settings().coverageThreshold() ? Math.min(1.0, coverage) : 0.0;
    }

    public double misconceptionPenalty(ConceptMatch match, dev.assay.rubric.model.Question question) {
        return matcher.misconceptionPenalty(match, question);
    }

    /** Whether the answer names the concept plainly enough to count, but only in a negation. */
    public boolean denied(ConceptMatch match, String conceptId) {
        double threshold = matcher.settings().coverageThreshold();
        return of(match, conceptId) == 0 && match.hits().stream()
                .anyMatch(h -> h.conceptId().equals(conceptId) && h.negated() && h.strength() >= threshold);
    }

    public boolean stated(ConceptMatch match, String misconceptionId) {
        return match.misconceptionCoverage(misconceptionId) >= matcher.settings().coverageThreshold();
    }
}
