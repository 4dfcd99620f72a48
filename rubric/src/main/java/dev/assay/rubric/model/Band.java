package dev.assay.rubric.model;

/** A named range of a scale, both ends inclusive. */
public record Band(String name, double min, double max) {
}
