package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.Datasets;
import dev.assay.corpus.banks.BundledBanks;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.engine.Grader;
import dev.assay.engine.bench.BenchResult;
import dev.assay.engine.bench.BenchRun;
import dev.assay.engine.bench.BenchText;
import dev.assay.engine.bench.ColdStart;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay bench}: how fast this machine grades, measured against bare CoreNLP on the same texts. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures grading speed on this machine: answers/s per thread count, p50/p99 latency per"
                + " answer, peak heap, and in the same run, on the same texts, the throughput of a bare CoreNLP"
                + " pipeline with the annotators the engine's analysis matches (tokenize,ssplit,pos,lemma: the"
                + " floor) and the ratio engine/bare; also engine/analysis, against the engine's own analysis"
                + " step alone (the cost of everything after the NLP). Also the cold start: JVM start to the"
                + " first graded answer.",
                "Bare, analysis and engine rounds take turns, so all see the same background load; each figure"
                        + " is the median of the rounds."},
        footer = {"",
                "Examples:",
                "  ./assay bench",
                "  ./assay bench --threads 1,2 --seconds 10 --json",
                "  ./assay bench --bank bank.yaml --answers answers.jsonl --threads 1"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin ModeOption mode;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Answers to grade over and over, .jsonl or .csv (default: the interview answers in the"
                    + " shared data folder).")
    Path answers;

    @Option(names = "--bank", paramLabel = "BANK",
            description = "Question bank: .md, .yaml/.yml or .json (default: the bundled interview bank).")
    Path bank;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts to measure, comma-separated (default: 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--seconds", paramLabel = "S", description = "Length of one timed round (default: ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Option(names = "--rounds", paramLabel = "R",
            description = "Timed rounds per workload and thread count (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--warmup", paramLabel = "S",
            description = "Warm-up seconds per workload, after the first pass (default: ${DEFAULT-VALUE}).")
    double warmup = 10;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Grader.preload(mode.asked()); // the tagger, WordNet (and encoder) load while the bank is read
        QuestionBank qb;
        if (bank == null) {
            qb = BundledBanks.interview();
        } else {
            Optional<QuestionBank> loaded = BankLoading.load(bank, err);
            if (loaded.isEmpty()) {
                return 2;
            }
            qb = loaded.get();
        }
        Path file;
        try {
            file = answers != null ? answers : Datasets.dataset("interview-answers").resolve("answers.jsonl");
        } catch (IllegalStateException e) {
            err.println("assay: " + e.getMessage() + " (or name a file with --answers)");
            return 2;
        }
        List<BenchText> texts;
        try {
            texts = read(file, qb);
        } catch (AnswerFileException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        if (texts.isEmpty()) {
            err.println("assay: no answer in " + file + " names a question of the bank");
            return 2;
        }
        // Cold start: JVM start to the first Evaluation, with everything a grading run loads on the way.
        Grader grader = new Grader(qb, mode.asked());
        BenchText first = texts.get(0);
        Evaluation e = grader.grade(first.answerId(), first.questionId(), first.text());
        long coldMillis = ColdStart.millisSinceJvmStart();
        if (e == null) {
            throw new IllegalStateException("no Evaluation");
        }
        err.printf(java.util.Locale.ROOT, "cold start: first answer graded %.2f s after JVM start%n", coldMillis / 1e3);
        err.flush();
        BenchRun run = new BenchRun(grader, msg -> {
            err.println("bench: " + msg);
            err.flush();
        });
        BenchResult r = run.run(texts, new BenchRun.Settings(threads, seconds, rounds, warmup));
        Machine machine = Machine.current();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bank", bank == null ? "bundled:" + BundledBanks.INTERVIEW : bank.toString());
            m.put("answers", file.toString());
            m.put("mode", ModeOption.name(grader.mode()));
            m.put("machine", machine);
            m.put("cold_start_seconds", coldMillis / 1e3);
            m.put("result", r);
            ObjectMapper mapper = new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(m));
        } else {
            if (grader.mode() == Grader.Mode.SEMANTIC) {
                out.println("semantic mode: the engine also runs the sentence encoder; bare CoreNLP does not");
            }
            out.print(BenchTable.format(r, coldMillis / 1e3, machine, file.getFileName().toString()));
        }
        out.flush();
        return 0;
    }

    /** The answers of the file whose question is in the bank; bad records are skipped. */
    private static List<BenchText> read(Path file, QuestionBank qb) throws AnswerFileException {
        List<BenchText> texts = new ArrayList<>();
        try (AnswerReader reader = AnswerReader.open(file)) {
            while (reader.hasNext()) {
                ReadResult r = reader.next();
                if (r instanceof ReadResult.Answer a) {
                    AnswerRecord rec = a.record();
                    if (qb.question(rec.questionId()).isPresent()) {
                        texts.add(new BenchText(rec.id(), rec.questionId(), rec.text()));
                    }
                }
            }
        } catch (IOException e) {
            throw new AnswerFileException(file, "cannot read: " + e, e);
        }
        return texts;
    }

    /** Where the figures were measured. */
    record Machine(int cores, String java, String vm, List<String> jvmFlags) {
        static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"),
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }
}
