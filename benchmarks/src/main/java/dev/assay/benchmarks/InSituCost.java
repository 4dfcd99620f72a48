package dev.assay.benchmarks;

import dev.assay.engine.Grader;
import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.bench.BareCoreNlp;
import dev.assay.engine.bench.BenchText;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.engine.features.Features;
import dev.assay.engine.similarity.SimilarityReport;
import dev.assay.engine.star.Segment;
import dev.assay.rubric.model.Question;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Where the whole answer's cost beyond the sum of the stages goes. {@link StageCost} times each stage
 * alone, in a loop that keeps its code and data in cache; in grading, the stages run between CoreNLP
 * calls. This times, in CPU time per answer on one thread: bare CoreNLP; the analysis alone; and,
 * within whole-answer grading (the same steps as {@code Grader.grade} plus the JSON line), the
 * analysis and the rest separately. Each round runs the three loops over every text six times.
 *
 * <pre>
 * java -cp benchmarks/target/assay-benchmarks.jar dev.assay.benchmarks.InSituCost [interview|mohler] [ROUNDS]
 * </pre>
 */
public final class InSituCost {

    private InSituCost() {
    }

    public static void main(String[] args) throws Exception {
        String dataset = args.length > 0 ? args[0] : BenchData.INTERVIEW;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        BenchData data = BenchData.load(dataset);
        List<BenchText> texts = data.texts();
        EngineStages engine = EngineStages.of(data.bank());
        BareCoreNlp bare = new BareCoreNlp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %12s %12s %10s %8s%n", "round", "bare", "analysis",
                "analysis in", "rest in", "whole", "x bare");
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            long bareCpu = 0;
            long aloneCpu = 0;
            long inCpu = 0;
            long restCpu = 0;
            int answers = 0;
            for (int rep = 0; rep < 6; rep++) {
                for (BenchText t : texts) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    bare.run(t);
                    bareCpu += mx.getCurrentThreadCpuTime() - c0;
                }
                for (BenchText t : texts) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    engine.analyzer().analyze(t.text());
                    aloneCpu += mx.getCurrentThreadCpuTime() - c0;
                }
                for (BenchText t : texts) {
                    Question q = data.bank().question(t.questionId()).orElseThrow();
                    long c0 = mx.getCurrentThreadCpuTime();
                    Analysis a = engine.analyzer().analyze(t.text());
                    long c1 = mx.getCurrentThreadCpuTime();
                    List<Segment> segments = q.structure().isStar() ? engine.segmenter().segment(a, q) : List.of();
                    ConceptMatch m = engine.matcher().match(a, q);
                    SimilarityReport s = engine.references().compare(q.id(), a.text());
                    Features f = engine.features().extract(q, a, segments, m, s);
                    EvaluationJson.line(engine.grader().evaluate(t.answerId(), q,
                            new Grader.Trace(a, segments, m, s, f)));
                    long c2 = mx.getCurrentThreadCpuTime();
                    inCpu += c1 - c0;
                    restCpu += c2 - c1;
                }
                answers += texts.size();
            }
            if (round >= 0) {
                double n = answers * 1e3;
                System.out.printf(Locale.ROOT, "%-6d %10.0f %10.0f %12.0f %12.0f %10.0f %8.3f%n", round + 1,
                        bareCpu / n, aloneCpu / n, inCpu / n, restCpu / n, (inCpu + restCpu) / n,
                        (inCpu + restCpu) / (double) bareCpu);
            }
        }
        System.out.println("CPU µs per answer; \"in\": within whole-answer grading");
    }
}
