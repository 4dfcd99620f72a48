package dev.assay.rubric.model;

import java.util.List;

/**
 * A known wrong idea; an answer that states it loses {@code penalty} (a share of the scale, 0–1).
 */
public record Misconception(String id, String label, List<String> phrasings, double penalty, String feedback) {

    public Misconception {
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }
}
