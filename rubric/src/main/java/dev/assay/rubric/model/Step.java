package dev.assay.rubric.model;

/** A step of a procedural answer: the concept expected at position {@code order} (1-based). */
public record Step(int order, String concept) {
}
