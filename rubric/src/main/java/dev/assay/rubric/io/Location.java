package dev.assay.rubric.io;

/** A 1-based line and column in a source file; column 0 when only the line is known. */
public record Location(int line, int column) {
}
