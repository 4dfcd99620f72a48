package dev.assay.cli;

import dev.assay.cli.io.AtomicOutput;
import dev.assay.cli.io.ResultWriter;
import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.corpus.read.ReaderOptions;
import dev.assay.engine.Grader;
import dev.assay.engine.UnknownQuestionException;
import dev.assay.engine.batch.OrderedPool;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.scoring.ScoringWeights;
import dev.assay.engine.scoring.WeightsFile;
import dev.assay.rubric.model.QuestionBank;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay grade}: grades every answer of a file and writes one Evaluation (or error record) per line. */
@Command(name = "grade",
        mixinStandardHelpOptions = true,
        description = {"Grades every answer in a JSONL or CSV file against a bank and writes one Evaluation per"
                + " answer, in input order. A record that cannot be graded becomes an error record at its place"
                + " ({\"line\":…,\"answer_id\":…,\"error\":…}); the run goes on."},
        footer = {"",
                "Examples:",
                "  ./assay grade --bank corpus/src/main/resources/banks/interview-bank.md \\",
                "      --answers ../shared/datasets/interview-answers/answers.jsonl --out graded.jsonl",
                "  ./assay grade --bank bank.yaml --answers export.csv --text-column response --out graded.csv",
                "",
                "Exit status: 0 when the run finished and graded at least one answer; 1 when it graded none;",
                "2 when the bank or the answers cannot be opened."})
public final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "BANK", description = "Question bank: .md, .yaml/.yml or .json.")
    Path bank;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "Answers: .jsonl or .csv.")
    Path answers;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT",
            description = "Output .jsonl or .csv (written atomically). Default: JSONL on standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--id-column", paramLabel = "NAME", description = "CSV column of the answer id (default: id).")
    String idColumn = "id";

    @Option(names = "--question-column", paramLabel = "NAME",
            description = "CSV column of the question id (default: question_id).")
    String questionColumn = "question_id";

    @Option(names = "--text-column", paramLabel = "NAME", description = "CSV column of the answer text (default: text).")
    String textColumn = "text";

    @Option(names = "--review-below", paramLabel = "X",
            description = "Flag needs_human_review when an Evaluation's confidence is below X (default: off).")
    double reviewBelow;

    @Option(names = "--weights", paramLabel = "W",
            description = "Tuned weights written by tune (default: the built-in weights).")
    Path weights;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<QuestionBank> loaded = BankLoading.load(bank, err);
        if (loaded.isEmpty()) {
            return 2;
        }
        AnswerReader reader;
        try {
            reader = AnswerReader.open(answers, ReaderOptions.defaults().withColumns(idColumn, questionColumn, textColumn));
        } catch (AnswerFileException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        ScoringWeights scoring = ScoringWeights.defaults();
        if (weights != null) {
            try {
                scoring = WeightsFile.read(weights).weights();
            } catch (IOException e) {
                err.println("assay: " + e.getMessage());
                return 2;
            }
        }
        Grader grader = new Grader(loaded.get(), scoring, reviewBelow);
        long started = System.nanoTime();
        Counts counts = new Counts();
        AtomicOutput atomic = out == null ? null : new AtomicOutput(out);
        Writer sink = atomic == null
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : new OutputStreamWriter(atomic.open(), StandardCharsets.UTF_8);
        try (reader; ResultWriter writer = ResultWriter.forTarget(out, new BufferedWriter(sink, 1 << 16));
             OrderedPool pool = new OrderedPool(threads)) {
            pool.run(reader, r -> grade(grader, r), outcome -> write(writer, outcome, counts));
        }
        if (atomic != null) {
            atomic.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "graded %d, errors %d, %.1f s, %.1f answers/s%s%n", counts.graded, counts.errors,
                seconds, counts.graded / Math.max(seconds, 1e-9), out == null ? "" : " -> " + out);
        err.flush();
        return counts.graded > 0 ? 0 : 1;
    }

    /** What one input record became. */
    private record Outcome(Evaluation evaluation, int line, String answerId, String error) {
    }

    private static final class Counts {
        long graded;
        long errors;
    }

    private static Outcome grade(Grader grader, ReadResult r) {
        if (r instanceof ReadResult.ReadError e) {
            return new Outcome(null, e.line(), e.answerId(), e.message());
        }
        AnswerRecord a = ((ReadResult.Answer) r).record();
        try {
            return new Outcome(grader.grade(a.id(), a.questionId(), a.text()), a.line(), a.id(), null);
        } catch (UnknownQuestionException e) {
            return new Outcome(null, a.line(), a.id(), e.getMessage());
        } catch (RuntimeException e) {
            // One answer the engine cannot grade must not stop a batch: report it at its place.
            return new Outcome(null, a.line(), a.id(), "grading failed: " + e);
        }
    }

    private static void write(ResultWriter writer, Outcome o, Counts counts) {
        try {
            if (o.evaluation() != null) {
                writer.evaluation(o.evaluation());
                counts.graded++;
            } else {
                writer.error(o.line(), o.answerId(), o.error());
                counts.errors++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing results failed", e);
        }
    }
}
