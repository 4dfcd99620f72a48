package dev.assay.cli;

import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assay rubric lint}: every problem of a bank, located, and a one-line summary. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Check a question bank and print every problem, located.",
                "BANK may be .md, .yaml, .yml or .json. Each problem is printed as "
                        + "file:line:column: field: problem, then a one-line summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problems", "1:errors or warnings were found", "2:the file cannot be read"},
        footer = {"",
                "Examples:",
                "  ./assay rubric lint ../shared/datasets/interview-answers/bank.md",
                "  ./assay rubric lint corpus/src/main/resources/banks/interview-bank.yaml"})
public final class RubricLintCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BANK", description = "the bank to check")
    Path bank;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult result = BankReader.load(bank);
        if (!result.readable()) {
            result.problems().forEach(p -> spec.commandLine().getErr().println(p.format()));
            return 2;
        }
        result.problems().forEach(p -> out.println(p.format()));
        String questions = result.bank().map(b -> b.questions().size()
                + (b.questions().size() == 1 ? " question, " : " questions, ")).orElse("");
        out.println(bank + ": " + questions + (result.problems().isEmpty() ? "no problems" : result.report().counts()));
        out.flush();
        return result.problems().isEmpty() ? 0 : 1;
    }
}
