package dev.assay.rubric.io;

import java.util.stream.Collectors;

/** For callers that cannot go on without a bank; its message lists every located problem. */
public final class InvalidBankException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidBankException(ValidationReport report) {
        super(report.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
