package dev.assay.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code assay dataset}: the group of commands that work on public graded data sets. */
@Command(name = "dataset",
        mixinStandardHelpOptions = true,
        description = "Turn public graded data sets (Mohler 2011, SemEval-2013 Task 7, SAF) into banks and graded answers.",
        subcommands = {DatasetImportCommand.class, CommandLine.HelpCommand.class},
        footer = {"",
                "Examples:",
                "  ./assay dataset import mohler ../shared/datasets/mohler-texas --out work/mohler",
                "  ./assay dataset import semeval ../shared/datasets/semeval2013-task7 --out work/semeval"})
public final class DatasetCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
