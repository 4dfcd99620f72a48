package dev.assay.cli;

import dev.assay.cli.io.AtomicOutput;
import dev.assay.cli.report.Report;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.ReaderOptions;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay report}: a graded batch (and its agreement with human grades) as one self-contained HTML page. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Renders the output of 'assay grade' as one self-contained HTML page: score distributions, bands,"
                + " criterion coverage, flags, the answers routed to human review and every answer with its evidence"
                + " (and, for a story, its STAR segments); with human grades also QWK, Pearson, Spearman, RMSE, exact/adjacent"
                + " agreement, a confusion matrix, a scatter plot, agreement per question and criterion and the"
                + " largest disagreements. No network, no external file: it opens from file:// and prints.",
                "",
                "Human grades: each --grades file is one rater, JSONL with 'id' and a number in 'grade' or 'score'"
                        + " (optional 'rater', 'points', 'note'). Give --grades once per rater; an answer's human grade"
                        + " is the mean of the raters that graded it. Without --grades, a 'grade' (or the mean of"
                        + " 'grades') in the --answers file is used when present."},
        footer = {"",
                "Examples:",
                "  ./assay report --evaluations graded.jsonl --answers answers.jsonl -o report.html",
                "  D=../shared/datasets/interview-answers",
                "  ./assay report --evaluations graded.jsonl --answers $D/answers.jsonl --bank $D/bank.md \\",
                "      --grades $D/grades-C.jsonl --grades $D/grades-D.jsonl -o report.html",
                "",
                "Exit status: 0 when the page was written (problems in the inputs are listed on it); 2 when an input",
                "cannot be opened, or the evaluations are not the JSONL of 'assay grade' (its CSV output, or a file",
                "most of whose lines are not Evaluations)."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--evaluations", required = true, paramLabel = "OUT.jsonl",
            description = "The JSONL output of 'assay grade' (--out X.jsonl, not its CSV): one Evaluation or error"
                    + " record per line.")
    Path evaluations;

    @Option(names = "--grades", paramLabel = "GRADES.jsonl",
            description = "Human grades, one file per rater; repeat for several raters (their mean is compared).")
    List<Path> grades = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "ANSWERS",
            description = "The graded answers file (.jsonl or .csv), for the answers' text; joined by id.")
    Path answers;

    /** Used with --answers when it is a CSV export whose headers are not id, question_id, text. */
    @Mixin
    AnswerColumns columns = new AnswerColumns();

    @Option(names = "--bank", paramLabel = "BANK",
            description = "The question bank, for prompts, scales and bands, and the order of concepts.")
    Path bank;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "report.html", description = "The page to write.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: Assay report).")
    String title = "Assay report";

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : inputs()) {
            if (!Files.isReadable(p) || Files.isDirectory(p)) {
                err.println("assay: cannot read " + p);
                err.flush();
                return 2;
            }
        }
        QuestionBank loaded = null;
        if (bank != null) {
            Optional<QuestionBank> b = BankLoading.load(bank, err);
            if (b.isEmpty()) {
                return 2;
            }
            loaded = b.get();
        }
        Report.Rendered r;
        try {
            r = Report.render(new Report.Request(evaluations, grades, answers, bank, loaded, title,
                    columns.applyTo(ReaderOptions.defaults())));
        } catch (AnswerFileException | Report.UnusableInput e) {
            err.println("assay: " + e.getMessage());
            err.flush();
            return 2;
        }
        AtomicOutput atomic = new AtomicOutput(out);
        try (OutputStream o = atomic.open()) {
            o.write(r.html().getBytes(StandardCharsets.UTF_8));
        }
        atomic.commit();
        err.printf("report: %d answers, %d error records, %d with human grades%s%s -> %s%n", r.answers(),
                r.errorRecords(), r.humanGraded(),
                r.gradesWithoutEvaluation() == 0 ? "" : ", " + r.gradesWithoutEvaluation() + " grades for unknown ids",
                r.missingTexts() == 0 ? "" : ", " + r.missingTexts() + " texts missing", out);
        err.flush();
        return 0;
    }

    private List<Path> inputs() {
        List<Path> all = new ArrayList<>();
        all.add(evaluations);
        all.addAll(grades);
        if (answers != null) {
            all.add(answers);
        }
        if (bank != null) {
            all.add(bank);
        }
        return all;
    }
}
