package dev.assay.cli;

import dev.assay.cli.io.Progress;
import dev.assay.cli.io.RecordEstimate;
import dev.assay.cli.io.ResultWriter;
import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.corpus.read.ReaderOptions;
import dev.assay.engine.EngineVersion;
import dev.assay.engine.Grader;
import dev.assay.engine.UnknownQuestionException;
import dev.assay.engine.batch.Checkpoint;
import dev.assay.engine.batch.CheckpointPolicy;
import dev.assay.engine.batch.CheckpointedOutput;
import dev.assay.engine.batch.InputFingerprint;
import dev.assay.engine.batch.OrderedPool;
import dev.assay.engine.batch.ResumeRefusedException;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.RubricHash;
import dev.assay.engine.tuning.TunedModel;
import dev.assay.rubric.model.QuestionBank;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay grade}: grades every answer of a file and writes one Evaluation (or error record) per line. */
@Command(name = "grade",
        mixinStandardHelpOptions = true,
        description = {"Grades every answer in a JSONL or CSV file against a bank and writes one Evaluation per"
                + " answer, in input order. A record that cannot be graded becomes an error record at its place"
                + " ({\"line\":…,\"answer_id\":…,\"question_id\":…,\"error\":…}, question_id when the record"
                + " had one); the run goes on."},
        footer = {"",
                "Examples:",
                "  ./assay grade --bank corpus/src/main/resources/banks/interview-bank.md \\",
                "      --answers ../shared/datasets/interview-answers/answers.jsonl --out graded.jsonl",
                "  ./assay grade --bank bank.yaml --answers export.csv --text-column response --out graded.csv",
                "",
                "  ./assay grade --bank bank.md --answers big.jsonl --out graded.jsonl --resume   (after a crash)",
                "",
                "Output goes to OUT.part and is renamed to OUT when complete; OUT.part.journal records a",
                "checkpoint every 256 records or 2 s, from which --resume continues.",
                "",
                "Exit status: 0 when the run finished and graded at least one answer; 1 when it graded none",
                "or writing failed; 2 when the bank, the answers (a missing CSV column, say) or --out cannot be",
                "used, an option is out of range, or a resume is refused."})
public final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "BANK", description = "Question bank: .md, .yaml/.yml or .json.")
    Path bank;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "Answers: .jsonl or .csv.")
    Path answers;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT",
            description = "Output .jsonl (or .json) or .csv, the format its extension says; any other extension,"
                    + " or a directory, is refused before grading. Written atomically. Default: JSONL on standard"
                    + " output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ModeOption mode;

    @Mixin
    AnswerColumns columns = new AnswerColumns();

    @Option(names = "--review-below", paramLabel = "X",
            description = "Flag needs_human_review when an Evaluation's confidence (0 to 1) is below X"
                    + " (default: off).")
    double reviewBelow;

    @Option(names = "--weights", paramLabel = "W",
            description = "Tuned weights written by tune (default: the built-in weights). When the file carries"
                    + " graded answers (tune with --group-by answer or --train-split), answers to their questions"
                    + " are scored by the nearest-graded model, as tune measured it.")
    Path weights;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the summary (no progress bar).")
    boolean quiet;

    @Option(names = "--resume",
            description = {"Continue the interrupted run of --out (killed, crashed, out of power) from its last"
                    + " checkpoint in OUT.part.journal. The result is the same bytes an uninterrupted run writes."
                    + " Refused when the input, bank or settings differ from the interrupted run's."})
    boolean resume;

    @Option(names = "--max-text-chars", paramLabel = "N",
            description = "Longest answer text accepted, in characters; a longer one becomes an error record"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxTextChars = ReaderOptions.DEFAULT_MAX_TEXT_CHARS;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("assay: --threads must be at least 1, was " + threads);
            return 2;
        }
        Optional<String> badReview = reviewBelowProblem(reviewBelow);
        if (badReview.isPresent()) {
            err.println("assay: " + badReview.get());
            return 2;
        }
        if (maxTextChars < 1) { // named as typed: ReaderOptions would say "maxTextChars"
            err.println("assay: --max-text-chars must be at least 1, was " + maxTextChars);
            return 2;
        }
        if (resume && out == null) {
            err.println("assay: --resume needs --out: only a run writing to a file can be resumed");
            return 2;
        }
        Optional<String> unwritable = out == null ? Optional.empty() : ResultWriter.problemWith(out);
        if (unwritable.isPresent()) {
            err.println("assay: --out " + out + ": " + unwritable.get());
            return 2;
        }
        Grader.preload(mode.asked()); // the tagger, WordNet (and encoder) load while the bank is read
        // The bank is loaded and validated before a single answer is read.
        Optional<QuestionBank> loaded = BankLoading.load(bank, err);
        if (loaded.isEmpty()) {
            return 2;
        }
        ReaderOptions options;
        try {
            options = columns.applyTo(ReaderOptions.defaults())
                    .withMaxTextChars(maxTextChars);
        } catch (IllegalArgumentException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        AnswerReader reader;
        try {
            reader = AnswerReader.open(answers, options);
        } catch (AnswerFileException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        Optional<TunedModel> tuned = WeightsLoading.load(weights, loaded.get(), err);
        if (tuned.isEmpty()) {
            return 2;
        }
        TunedModel model = tuned.get();
        try (reader) {
            Grader grader = model.grader(loaded.get(), reviewBelow, mode.resolve(model, err));
            InSample inSample = new InSample(model, weights != null && model.tunedOnFile(GradedData.sha256(answers)));
            DuplicateIds duplicates = new DuplicateIds();
            Iterator<ReadResult> input = duplicates.watch(reader);
            int status = out == null ? toStandardOutput(input, reader, grader, inSample, err)
                    : toFile(input, reader, grader, inSample, err);
            if (status != 2) { // after the summary, where it is not lost above a progress bar; not after a refusal
                duplicates.warning().ifPresent(w -> err.println("assay: warning: " + w));
            }
            return status;
        }
    }

    private int toStandardOutput(Iterator<ReadResult> input, AnswerReader reader, Grader grader, InSample inSample,
                                 PrintWriter err) throws Exception {
        long started = System.nanoTime();
        Counts counts = new Counts();
        try (ResultWriter writer = ResultWriter.forTarget(null,
                new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
             OrderedPool pool = new OrderedPool(threads)) {
            pool.run(input, r -> grade(grader, inSample, r), outcome -> write(writer, outcome, counts));
        }
        summary(err, counts.graded, counts.errors, reader.blankRowsSkipped(), counts, started, "");
        return counts.graded > 0 ? 0 : 1;
    }

    private int toFile(Iterator<ReadResult> input, AnswerReader reader, Grader grader, InSample inSample,
                       PrintWriter err) throws Exception {
        Map<String, String> identity;
        try {
            identity = runIdentity(grader.bank(), grader.mode());
        } catch (IOException e) {
            err.println("assay: " + answers + ": cannot read: " + e.getMessage());
            return 2;
        }
        CheckpointedOutput output;
        try {
            if (!resume && CheckpointedOutput.hasUnfinished(out)) {
                err.println("assay: note: starting over; the unfinished run in " + CheckpointedOutput.partOf(out)
                        + " is discarded (--resume continues it instead)");
            }
            output = resume ? CheckpointedOutput.resume(out, identity, CheckpointPolicy.DEFAULT)
                    : CheckpointedOutput.fresh(out, identity, CheckpointPolicy.DEFAULT);
        } catch (ResumeRefusedException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        Counts counts = new Counts();
        try (output) {
            try {
                output.skipDone(input);
            } catch (ResumeRefusedException e) {
                err.println("assay: " + e.getMessage());
                return 2;
            }
            Checkpoint from = output.start();
            if (from.records() > 0) {
                err.println("assay: resuming " + out + " after " + from.records() + " records");
            }
            ResultWriter writer = ResultWriter.forTarget(out,
                    new BufferedWriter(new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8), 1 << 16),
                    from.records() > 0);
            try (Progress progress = progress(from.records());
                 OrderedPool pool = new OrderedPool(threads)) {
                pool.run(input, r -> grade(grader, inSample, r), outcome -> {
                    write(writer, outcome, counts);
                    progress.step();
                    try {
                        output.recordWritten(outcome.evaluation() != null, writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            writer.close(); // the stream under it stays open until commit
            Checkpoint total = output.progress();
            output.commit(() -> { });
            summary(err, total.graded(), total.errors(), reader.blankRowsSkipped(), counts, started, " -> " + out);
            return total.graded() > 0 ? 0 : 1;
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("assay: writing " + CheckpointedOutput.partOf(out) + " failed: " + cause.getMessage()
                    + "; what was checkpointed is kept, and --resume continues from there");
            return 1;
        }
    }

    /** A confidence is in [0, 1]: a threshold above 1 would flag every answer, one below 0 none. */
    static Optional<String> reviewBelowProblem(double x) {
        return x >= 0 && x <= 1 ? Optional.empty()
                : Optional.of("--review-below is a confidence, from 0 to 1; was " + x);
    }

    /**
     * What the journal must match for a resume: the input, the bank, the engine and every option that
     * shapes output. Package-private: tests make an interrupted run's leftovers with it.
     */
    Map<String, String> runIdentity(QuestionBank bank, Grader.Mode mode) throws IOException {
        Map<String, String> id = new LinkedHashMap<>(InputFingerprint.of(answers).asIdentity());
        id.put("bank_sha256", RubricHash.of(bank));
        id.put("engine", EngineVersion.get());
        if (mode == Grader.Mode.SEMANTIC) {
            // a run resumed in the other mode would mix two kinds of Evaluation in one file
            id.put("mode", "semantic");
        }
        id.put("output_format", ResultWriter.isCsv(out) ? "csv" : "jsonl");
        id.put("id_column", columns.id);
        id.put("question_column", columns.question);
        id.put("text_column", columns.text);
        id.put("review_below", Double.toString(reviewBelow));
        id.put("max_text_chars", Integer.toString(maxTextChars));
        id.put("weights", weights == null ? "default" : weights.toAbsolutePath().toString());
        // the path alone would let a re-tuned file at the same place mix two sets of weights in one output
        id.put("weights_sha256", weights == null ? "default" : GradedData.sha256(weights));
        return id;
    }

    /** A bar on a terminal, unless --quiet; nothing otherwise. */
    private Progress progress(long startFrom) {
        if (quiet || System.console() == null) {
            return Progress.none();
        }
        return Progress.bar(RecordEstimate.of(answers, ResultWriter.isCsv(answers)), startFrom);
    }

    private static void summary(PrintWriter err, long graded, long errors, long blankRows, Counts session,
                                long started, String target) {
        double seconds = (System.nanoTime() - started) / 1e9;
        String resumed = session.graded + session.errors == graded + errors ? ""
                : String.format(Locale.ROOT, " (%d graded in this run)", session.graded);
        // said, since the rows are in the file but nowhere in the output
        String blank = blankRows == 0 ? "" : String.format(Locale.ROOT, ", %d blank row%s skipped", blankRows,
                blankRows == 1 ? "" : "s");
        err.printf(Locale.ROOT, "graded %d, errors %d%s%s, %.1f s, %.1f answers/s%s%n", graded, errors, resumed, blank,
                seconds, session.graded / Math.max(seconds, 1e-9), target);
        if (session.inSample > 0) {
            err.printf(Locale.ROOT, "note: %d answers (this run) are among the graded answers the weights were tuned on:"
                    + " in-sample scores (the weights were fitted with them; an answer's own grade is left out of its"
                    + " nearest graded answers)%n", session.inSample);
        }
        err.flush();
    }

    /** What one input record became. */
    private record Outcome(Evaluation evaluation, int line, String answerId, String questionId, String error,
                           boolean inSample) {
    }

    private static final class Counts {
        long graded;
        long errors;
        long inSample;
    }

    /** Which answers the tuned weights were fitted with ({@code fromTuningFile}: this is the file tune read). */
    private record InSample(TunedModel model, boolean fromTuningFile) {

        boolean test(AnswerRecord a) {
            return model.inSample(a.id(), a.questionId(), a.text(), a.split(), fromTuningFile);
        }
    }

    private static Outcome grade(Grader grader, InSample inSample, ReadResult r) {
        if (r instanceof ReadResult.ReadError e) {
            return new Outcome(null, e.line(), e.answerId(), e.questionId(), e.message(), false);
        }
        AnswerRecord a = ((ReadResult.Answer) r).record();
        try {
            // with a label model in the weights, its label and that label's probability
            Evaluation e = inSample.model().labelled(grader.grade(a.id(), a.questionId(), a.text()));
            return new Outcome(e, a.line(), a.id(), a.questionId(), null, inSample.test(a));
        } catch (UnknownQuestionException e) {
            return new Outcome(null, a.line(), a.id(), a.questionId(), e.getMessage(), false);
        } catch (RuntimeException e) {
            // One answer the engine cannot grade must not stop a batch: report it at its place.
            return new Outcome(null, a.line(), a.id(), a.questionId(), "grading failed: " + e, false);
        }
    }

    private static void write(ResultWriter writer, Outcome o, Counts counts) {
        try {
            if (o.evaluation() != null) {
                writer.evaluation(o.evaluation());
                counts.graded++;
                counts.inSample += o.inSample() ? 1 : 0;
            } else {
                writer.error(o.line(), o.answerId(), o.questionId(), o.error());
                counts.errors++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing results failed", e);
        }
    }
}
