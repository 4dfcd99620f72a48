package dev.assay.cli;

import dev.assay.corpus.Datasets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process for tests, capturing stderr. */
final class Cli {

    private Cli() {
    }

    record Result(int exit, String err) {
    }

    static Path bank() {
        return Datasets.dataset("interview-answers").resolve("bank.md");
    }

    static Path bundledAnswers() {
        return Datasets.dataset("interview-answers").resolve("answers.jsonl");
    }

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        int exit = AssayCommand.newCommandLine().setErr(new PrintWriter(err, true)).execute(args);
        return new Result(exit, err.toString());
    }
}
