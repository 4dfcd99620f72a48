package dev.assay.rubric.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found in one pass over a bank, in file order. */
public record ValidationReport(List<Problem> problems) {

    private static final Comparator<Problem> FILE_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    public ValidationReport {
        List<Problem> sorted = new ArrayList<>(problems == null ? List.of() : problems);
        sorted.sort(FILE_ORDER);
        problems = List.copyOf(sorted);
    }

    public static ValidationReport of(List<Problem> problems) {
        return new ValidationReport(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** e.g. {@code 2 errors, 1 warning}. */
    public String counts() {
        long e = errorCount();
        long w = warningCount();
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
    }
}
