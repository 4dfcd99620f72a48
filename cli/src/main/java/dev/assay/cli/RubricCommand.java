package dev.assay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code assay rubric}: the group of commands that work on question banks. */
@Command(name = "rubric",
        mixinStandardHelpOptions = true,
        description = "Import and check question banks (Markdown, YAML or JSON).",
        subcommands = {RubricImportCommand.class, RubricLintCommand.class, CommandLine.HelpCommand.class},
        footer = {"",
                "Examples:",
                "  ./assay rubric import ../shared/datasets/interview-answers/bank.md -o bank.yaml",
                "  ./assay rubric lint bank.yaml"})
public final class RubricCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
