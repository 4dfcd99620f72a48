package dev.assay.engine.concepts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** This match with more concept evidence (the semantic reading's), all kept in text order. */
    public ConceptMatch with(List<ConceptHit> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ConceptHit> all = new java.util.ArrayList<>(hits);
        all.addAll(more);
        all.sort(Comparator.comparingInt(ConceptHit::begin).thenComparingInt(ConceptHit::end)
                .thenComparing(ConceptHit::conceptId));
        return new ConceptMatch(all, misconceptions, stepOrder);
    }

    /** The strongest non-negated evidence for a concept. */
    public Optional<ConceptHit> best(String conceptId) {
        return hits.stream()
                .filter(h -> h.conceptId().equals(conceptId) && !h.negated())
                .max(Comparator.comparingDouble(ConceptHit::strength));
    }

    /**
     * How fully the answer covers a concept, 0–1: the noisy-OR of the strongest non-negated hit of
     * each distinct phrasing, so that several independent pieces of evidence add up
     * ({@code 1 - Π(1 - s)}), or the strongest pooled-words or meaning hit if that is more.
     * {@link ConceptMatcher#covered} compares it with the threshold.
     */
    public double coverage(String conceptId) {
        return coverage(hits, conceptId);
    }

    /** The same noisy-OR for a misconception, over its non-negated hits. */
    public double misconceptionCoverage(String misconceptionId) {
        Map<String, Double> best = new HashMap<>();
        for (MisconceptionHit h : misconceptions) {
            if (h.misconceptionId().equals(misconceptionId) && !h.negated()) {
                best.merge(h.phrasing(), h.strength(), Math::max);
            }
        }
        return noisyOr(best);
    }

    static double coverage(List<ConceptHit> hits, String conceptId) {
        Map<String, Double> best = new HashMap<>();
        double pooled = 0;
        for (ConceptHit h : hits) {
            if (h.conceptId().equals(conceptId) && !h.negated()) {
                if (h.pooled() || h.semantic()) {
                    pooled = Math.max(pooled, h.strength());
                } else {
                    best.merge(h.phrasing(), h.strength(), Math::max);
                }
            }
        }
        // pooled words re-read the phrasings' own words, and a meaning hit the same sentence's: an
        // alternative to the phrasings' evidence, not more of it
        return Math.max(noisyOr(best), pooled);
    }

    private static double noisyOr(Map<String, Double> best) {
        double miss = 1;
        for (double s : best.values()) {
            miss *= 1 - Math.max(0, Math.min(1, s));
        }
        return 1 - miss;
    }
}
