package dev.assay.engine.concepts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence words of one expected point, pooled over all its phrasings (heading and description):
 * each distinct content slot once, with its strongest weight and the union of its keys. A candidate
 * paraphrasing an abstract point ("Involve senior support" / "escalate complex issues") often takes
 * one word from the heading and one from the description ("I escalate to a senior engineer"); no
 * single phrasing then holds enough of its own weight, but the pool does.
 *
 * @param conceptId the concept the pool belongs to
 * @param words     the pooled slots
 */
record PointPool(String conceptId, List<Word> words) {

    /**
     * One pooled slot.
     *
     * @param phrasings bit i set when the point's i-th phrasing (up to 64) holds the word
     */
    record Word(String primary, double weight, Map<String, Double> keys, long phrasings) {
    }

    /**
     * The pool of a concept's compiled phrasings. Parts the rubric states negated ("not who") are
     * left out: their words are what the point is not.
     */
    static PointPool of(String conceptId, List<Phrase> phrases) {
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Map<String, Double>> keys = new HashMap<>();
        Map<String, Long> in = new HashMap<>();
        int index = 0;
        for (Phrase p : phrases) {
            if (!p.ownerId().equals(conceptId) || p.expectNegated()) {
                continue;
            }
            long bit = 1L << Math.min(63, index++);
            for (Phrase.Slot s : p.slots()) {
                in.merge(s.primary(), bit, (a, b) -> a | b);
                weight.merge(s.primary(), s.weight(), Math::max);
                Map<String, Double> k = keys.computeIfAbsent(s.primary(), x -> new HashMap<>());
                s.keys().forEach((key, credit) -> k.merge(key, credit, Math::max));
            }
        }
        List<Word> words = new ArrayList<>();
        weight.forEach((primary, w) -> words.add(new Word(primary, w, Map.copyOf(keys.get(primary)),
                in.get(primary))));
        return new PointPool(conceptId, List.copyOf(words));
    }
}
