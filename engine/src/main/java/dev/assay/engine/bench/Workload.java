package dev.assay.engine.bench;

/** What one benchmark operation does to one text; must be safe to call from several threads at once. */
@FunctionalInterface
public interface Workload {

    /** Processes one text; returns something derived from the work so that it cannot be skipped. */
    Object run(BenchText text);
}
