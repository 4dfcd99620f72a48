package dev.assay.engine.concepts;

import java.util.List;
import java.util.Map;

/**
 * One matchable phrasing after analysis: its content slots, in order.
 *
 * @param ownerId  the concept or misconception id it belongs to
 * @param text     the phrasing as derived from the rubric (reported as evidence)
 * @param slots    content slots, in the phrasing's order
 * @param total    sum of the slots' weights
 * @param expectNegated the rubric states this part negated ("not human error", "never rename …"): it
 *                      matches only answer words in a negation's scope ("rather than human error")
 */
record Phrase(String ownerId, String text, List<Slot> slots, double total, boolean expectNegated) {

    /**
     * One content word (or compound, or "a/b" alternatives) of a phrasing.
     *
     * @param weight idf-like weight: rarer words in the bank count more
     * @param keys    normalised keys that satisfy the slot, with the credit each earns (1 = exact)
     * @param negKeys keys that satisfy the slot only when negated in the answer ("blameless" is
     *                satisfied by "not blame")
     */
    record Slot(String primary, double weight, Map<String, Double> keys, Map<String, Double> negKeys) {
    }
}
