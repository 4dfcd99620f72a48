package dev.assay.engine.evaluation;

import java.util.List;

/**
 * One line of the score's explanation.
 *
 * @param id       concept id, STAR label ({@code star.S}…), or a feature name ({@code step_order}…)
 * @param kind     {@code concept}, {@code star}, {@code misconception}, {@code feature} (another weighted
 *                 feature) or {@code rule} (the scale's floor, {@code floor}, when it lifted the score)
 * @param weight   its weight in the score
 * @param credit   what the answer earned, 0–1 (a misconception's credit is its penalty, 0–1)
 * @param evidence where in the answer the credit comes from
 */
public record Criterion(String id, String label, String kind, double weight, double credit, List<Evidence> evidence) {

    public Criterion {
        evidence = List.copyOf(evidence);
    }
}
