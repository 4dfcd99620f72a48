package dev.assay.rubric.model;

import java.util.List;

/**
 * An expected concept: what a good answer says, in the words it may be said with.
 *
 * @param id        stable id within the question
 * @param label     short human label (the bank's bold lead term)
 * @param weight    relative weight within the question, positive
 * @param phrasings ways of saying it; each is matched by lemma with word-order and gap tolerance
 * @param required  an answer missing it cannot reach the top band
 * @param feedback  what to tell a candidate who misses it; null for a generated sentence
 */
public record Concept(String id, String label, double weight, List<String> phrasings, boolean required,
                      String feedback) {

    public Concept {
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }
}
