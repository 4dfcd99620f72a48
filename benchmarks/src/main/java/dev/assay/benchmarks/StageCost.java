package dev.assay.benchmarks;

import dev.assay.engine.Grader;
import dev.assay.engine.bench.BareCoreNlp;
import dev.assay.engine.bench.BenchText;
import dev.assay.engine.bench.TimedRound;
import dev.assay.engine.bench.Workload;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.engine.features.Features;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost of each stage in CPU time per answer, on a shared machine. JMH measures wall time, which
 * other processes' load distorts; this runs the same stage workloads as {@link StageBenchmarks}
 * round-robin (every stage once per round, so all see the same load) and divides by the CPU time the
 * working thread actually got. Prints the median over rounds.
 *
 * <pre>
 * java -cp benchmarks/target/assay-benchmarks.jar dev.assay.benchmarks.StageCost [interview|mohler] [ROUNDS] [SECONDS]
 * </pre>
 */
public final class StageCost {

    private StageCost() {
    }

    public static void main(String[] args) throws Exception {
        String dataset = args.length > 0 ? args[0] : BenchData.INTERVIEW;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        BenchData data = BenchData.load(dataset);
        List<BenchText> texts = data.texts();
        EngineStages engine = EngineStages.of(data.bank());
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, Grader.Trace> traces = new LinkedHashMap<>();
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        for (BenchText t : texts) {
            Question q = data.bank().question(t.questionId()).orElseThrow();
            questions.put(t.answerId(), q);
            Grader.Trace trace = engine.grader().trace(q, t.text());
            traces.put(t.answerId(), trace);
            evaluations.put(t.answerId(), engine.grader().evaluate(t.answerId(), q, trace));
        }
        Map<String, Workload> stages = new LinkedHashMap<>();
        stages.put("bare CoreNLP", new BareCoreNlp());
        stages.put("analysis", t -> engine.analyzer().analyze(t.text()));
        stages.put("STAR segmentation", t -> engine.segmenter().segment(traces.get(t.answerId()).analysis(),
                questions.get(t.answerId())));
        stages.put("concept matching", t -> engine.matcher().match(traces.get(t.answerId()).analysis(),
                questions.get(t.answerId())));
        stages.put("Lucene similarity", t -> engine.references().compare(t.questionId(), t.text()));
        stages.put("features + scoring", t -> {
            Grader.Trace tr = traces.get(t.answerId());
            Question q = questions.get(t.answerId());
            Features f = engine.features().extract(q, tr.analysis(), tr.segments(), tr.concepts(), tr.similarity());
            return engine.grader().evaluate(t.answerId(), q,
                    new Grader.Trace(tr.analysis(), tr.segments(), tr.concepts(), tr.similarity(), f));
        });
        stages.put("JSON serialisation", t -> EvaluationJson.line(evaluations.get(t.answerId())));
        stages.put("whole answer",
                t -> EvaluationJson.line(engine.grader().grade(t.answerId(), t.questionId(), t.text())));

        System.err.printf(Locale.ROOT, "%s: %d answers; warming up%n", dataset, texts.size());
        for (Workload w : stages.values()) {
            TimedRound.run(w, texts, 1, seconds);
        }
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            System.err.printf(Locale.ROOT, "round %d/%d%n", r + 1, rounds);
            for (Map.Entry<String, Workload> e : stages.entrySet()) {
                TimedRound.Result res = TimedRound.run(e.getValue(), texts, 1, seconds);
                micros.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(1e6 / res.perCpuSecond());
            }
        }
        double bare = median(micros.get("bare CoreNLP"));
        System.out.printf(Locale.ROOT, "%-20s %14s %14s%n", "stage (" + dataset + ")", "CPU µs/answer", "x bare CoreNLP");
        for (Map.Entry<String, List<Double>> e : micros.entrySet()) {
            double m = median(e.getValue());
            System.out.printf(Locale.ROOT, "%-20s %14.0f %14.3f%n", e.getKey(), m, m / bare);
        }
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
