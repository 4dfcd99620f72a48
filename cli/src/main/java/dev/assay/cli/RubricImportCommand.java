package dev.assay.cli;

import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.BankWriter;
import dev.assay.rubric.io.LoadResult;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assay rubric import}: a Markdown bank (or a YAML/JSON one) out as YAML or JSON. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Import a Markdown question bank and write it as YAML (or JSON).",
                "Reads banks in the seed's style: ## Qn: headings, **Scenario:**/**Why ask:**, ### Answer:, "
                        + "expected points, **Expected structure (STAR):**, **Example answer:**. "
                        + "Writes YAML to stdout, or to -o (JSON when it ends in .json). "
                        + "Warnings and errors go to stderr as file:line: message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (warnings, if any, on stderr)", "1:the bank has errors; nothing written",
                "2:the bank or the output file cannot be read or written"},
        footer = {"",
                "Examples:",
                "  ./assay rubric import ../shared/datasets/interview-answers/bank.md -o bank.yaml",
                "  ./assay rubric import ../shared/seeds/question-bank-seed.md > seed.yaml",
                "  ./assay rubric import ../shared/seeds/question-bank-seed.md -o seed.json"})
public final class RubricImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BANK", description = "the bank to import: .md, .yaml, .yml or .json")
    Path bank;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write here (.yaml, .yml or .json) instead of YAML to stdout")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<BankFormat> outFormat = output == null ? Optional.of(BankFormat.YAML)
                : BankFormat.of(output).filter(f -> f != BankFormat.MARKDOWN);
        if (outFormat.isEmpty()) {
            err.println("assay: " + output + ": write to .yaml, .yml or .json");
            return 2;
        }
        LoadResult result = BankReader.load(bank);
        result.problems().forEach(p -> err.println(p.format()));
        if (!result.readable()) {
            return 2;
        }
        if (!result.isOk()) {
            err.println(bank + ": not imported: " + result.report().counts());
            return 1;
        }
        QuestionBank imported = result.orElseThrow();
        if (output == null) {
            spec.commandLine().getOut().print(BankWriter.toText(imported, outFormat.get()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            BankWriter.write(imported, output);
        } catch (IOException e) {
            err.println("assay: " + output + ": cannot write: " + e.getMessage());
            return 2;
        }
        int n = imported.questions().size();
        err.println(bank + ": " + n + (n == 1 ? " question" : " questions") + " written to " + output
                + (result.problems().isEmpty() ? "" : " (" + result.report().counts() + ")"));
        return 0;
    }

}
