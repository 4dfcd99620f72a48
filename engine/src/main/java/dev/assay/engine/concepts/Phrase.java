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
 */
record Phrase(String ownerId, String text, List<Slot> slots, double total) {

    /**
     * One content word (or compound, or "a/b" alternatives) of a phrasing.
     *
     * @param weight idf-like weight: rarer words in the bank count more
     * @param keys   normalised keys that satisfy the slot, with the credit each earns (1 = exact)
     */
    record Slot(String primary, double weight, Map<String, Double> keys) {
    }
}
