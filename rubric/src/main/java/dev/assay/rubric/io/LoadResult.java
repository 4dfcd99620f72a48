package dev.assay.rubric.io;

import dev.assay.rubric.model.QuestionBank;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading a bank: the bank when it has no errors, and every problem found (warnings
 * may come with a bank). {@code readable} is false when the file could not be read at all (missing,
 * a directory, an unsupported extension), as opposed to read and found wrong.
 */
public record LoadResult(Optional<QuestionBank> bank, ValidationReport report, boolean readable) {

    static LoadResult loaded(QuestionBank bank, List<Problem> warnings) {
        return new LoadResult(Optional.of(bank), ValidationReport.of(warnings), true);
    }

    static LoadResult invalid(List<Problem> problems) {
        return new LoadResult(Optional.empty(), ValidationReport.of(problems), true);
    }

    static LoadResult unreadable(Problem problem) {
        return new LoadResult(Optional.empty(), ValidationReport.of(List.of(problem)), false);
    }

    public boolean isOk() {
        return bank.isPresent();
    }

    public List<Problem> problems() {
        return report.problems();
    }

    /** The bank, or an {@link InvalidBankException} listing every problem, one per line. */
    public QuestionBank orElseThrow() {
        return bank.orElseThrow(() -> new InvalidBankException(report));
    }
}
