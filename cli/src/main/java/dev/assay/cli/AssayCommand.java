package dev.assay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code assay} command: a thin front over the rubric tools and the grading engine. */
@Command(name = "assay",
        mixinStandardHelpOptions = true,
        versionProvider = AssayCommand.Version.class,
        description = "Grades written answers against rubrics: fast, deterministic, explainable, offline.",
        subcommands = {RubricCommand.class, GradeCommand.class, ExplainCommand.class, ReportCommand.class,
                DatasetCommand.class, TuneCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"",
                "Examples:",
                "  ./assay rubric import ../shared/datasets/interview-answers/bank.md -o bank.yaml",
                "  ./assay rubric lint bank.yaml",
                "  ./assay grade --bank bank.yaml --answers answers.jsonl --out graded.jsonl",
                "  ./assay explain --bank bank.yaml --answers answers.jsonl --id ia-001",
                "  ./assay report --evaluations graded.jsonl --answers answers.jsonl -o report.html",
                "",
                "Assay is free software under GPL-3.0-or-later."})
public final class AssayCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line as the launcher runs it; tests use it too. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new AssayCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --prior auto
        cl.setUsageHelpWidth(100); // room for the examples' real paths without wrapping
        // Java 17 writes stdout in the platform charset; banks and their YAML are UTF-8 ("→", "–").
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // a machine that cannot run the semantic mode's encoder gets one line, not a stack trace; so does an
        // answers file a command did not catch (eval, tune), with grade's and explain's status for it
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof dev.assay.engine.semantic.EncoderUnavailableException
                    || ex instanceof dev.assay.corpus.read.AnswerFileException) {
                line.getErr().println("assay: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    /** Reads the version Maven wrote into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = AssayCommand.class.getResourceAsStream("/assay-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"assay " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
