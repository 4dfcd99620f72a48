package dev.assay.cli;

import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.LoadResult;
import dev.assay.rubric.io.Problem;
import dev.assay.rubric.model.QuestionBank;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loads a bank (Markdown, YAML or JSON) for a command, reporting problems the way {@code rubric lint} does. */
final class BankLoading {

    private BankLoading() {
    }

    /** The bank, or empty after printing every error (warnings are printed too, but do not stop). */
    static Optional<QuestionBank> load(Path path, PrintWriter err) {
        LoadResult result = BankReader.load(path);
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
        if (!result.isOk()) {
            err.println("assay: cannot use bank " + path + ": " + result.report().counts());
            err.flush();
            return Optional.empty();
        }
        err.flush();
        return result.bank();
    }
}
