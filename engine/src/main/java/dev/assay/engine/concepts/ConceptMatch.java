package dev.assay.engine.concepts;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the concept matcher found in one answer.
 *
 * @param hits           all concept evidence, negated included, in text order
 * @param misconceptions all misconception evidence, in text order
 * @param stepOrder      for questions with ordered steps: agreement of the answer's order with the
 *                       expected one, 0–1 (1 = same order); NaN when fewer than two steps were found
 *                       or the question has no steps
 */
public record ConceptMatch(List<ConceptHit> hits, List<MisconceptionHit> misconceptions, double stepOrder) {

    public ConceptMatch {
        hits = List.copyOf(hits);
        misconceptions = List.copyOf(misconceptions);
    }

    /** The strongest non-negated evidence for a concept. */
    public Optional<ConceptHit> best(String conceptId) {
        return hits.stream()
                .filter(h -> h.conceptId().equals(conceptId) && !h.negated())
                .max(Comparator.comparingDouble(ConceptHit::strength));
    }
}
