package dev.assay.rubric.io;

/** How bad a problem is: an error stops a bank from loading, a warning does not. */
public enum Severity {
    ERROR, WARNING
}
