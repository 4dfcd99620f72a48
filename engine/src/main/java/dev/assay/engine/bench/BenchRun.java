package dev.assay.engine.bench;

import dev.assay.engine.Grader;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.evaluation.EvaluationJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The benchmark behind {@code assay bench}: grades a set of answers over and over and measures the
 * engine against the floor, a bare CoreNLP pipeline with the same annotators run on the same texts in
 * the same process, and against its own analysis step alone (what everything after the NLP costs).
 *
 * <p>Order: one single-threaded pass over every text (cold), a warm-up of the workloads, then per
 * thread count {@code rounds} triples of timed rounds, bare, analysis and engine in turn so that all
 * see the same background load. The engine workload is what a user gets per answer: grade and write
 * the JSON line.
 */
public final class BenchRun {

    /**
     * @param threads        thread counts to measure, e.g. 1 and 2
     * @param seconds        length of one timed round
     * @param rounds         timed rounds per workload and thread count
     * @param warmupSeconds  warm-up per workload, at the largest thread count
     */
    public record Settings(List<Integer> threads, double seconds, int rounds, double warmupSeconds) {

        public Settings {
            threads = List.copyOf(threads);
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("thread counts must be at least 1: " + threads);
            }
            if (seconds <= 0 || rounds < 1 || warmupSeconds < 0) {
                throw new IllegalArgumentException("seconds and rounds must be positive");
            }
        }
    }

    private final Grader grader;
    private final Workload engine;
    private final Workload bare;
    private final Workload analysis;
    private final Consumer<String> progress;

    public BenchRun(Grader grader, Consumer<String> progress) {
        this.grader = grader;
        this.engine = t -> EvaluationJson.line(grader.grade(t.answerId(), t.questionId(), t.text()));
        this.bare = new BareCoreNlp();
        this.analysis = t -> TextAnalyzer.shared().analyze(t.text());
        this.progress = progress;
    }

    /** Grades every text once on this thread; returns the seconds it took. */
    public double firstPass(List<BenchText> texts) {
        long start = System.nanoTime();
        for (BenchText t : texts) {
            engine.run(t);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public BenchResult run(List<BenchText> texts, Settings s) {
        double firstPass = firstPass(texts);
        progress.accept(String.format(java.util.Locale.ROOT, "first pass: %d answers in %.2f s", texts.size(),
                firstPass));
        int most = s.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
        if (s.warmupSeconds() > 0) {
            progress.accept("warming up (" + s.warmupSeconds() + " s per workload)");
            TimedRound.run(bare, texts, most, s.warmupSeconds());
            TimedRound.run(analysis, texts, most, s.warmupSeconds());
            TimedRound.run(engine, texts, most, s.warmupSeconds());
        }
        List<BenchResult.ThreadPoint> points = new ArrayList<>();
        double base = 0;
        try (HeapPeak heap = HeapPeak.start()) {
            for (int threads : s.threads()) {
                List<Double> engineRounds = new ArrayList<>();
                List<Double> bareRounds = new ArrayList<>();
                List<Double> analysisRounds = new ArrayList<>();
                List<Double> paired = new ArrayList<>();
                List<Double> engineCpu = new ArrayList<>();
                List<Double> bareCpu = new ArrayList<>();
                List<long[]> latencies = new ArrayList<>();
                for (int r = 0; r < s.rounds(); r++) {
                    progress.accept("threads " + threads + ", round " + (r + 1) + "/" + s.rounds());
                    TimedRound.Result b = TimedRound.run(bare, texts, threads, s.seconds());
                    TimedRound.Result a = TimedRound.run(analysis, texts, threads, s.seconds());
                    TimedRound.Result e = TimedRound.run(engine, texts, threads, s.seconds());
                    bareRounds.add(b.perSecond());
                    analysisRounds.add(a.perSecond());
                    engineRounds.add(e.perSecond());
                    paired.add(e.perSecond() / b.perSecond());
                    engineCpu.add(e.perCpuSecond());
                    bareCpu.add(b.perCpuSecond());
                    latencies.add(e.latenciesNanos());
                }
                double eng = median(engineRounds);
                double flo = median(bareRounds);
                double own = median(analysisRounds);
                if (points.isEmpty()) {
                    base = eng;
                }
                long[] all = concat(latencies);
                points.add(new BenchResult.ThreadPoint(threads, eng, flo, eng / flo, engineRounds, bareRounds,
                        paired, base > 0 ? eng / base : 0, median(engineCpu), median(bareCpu),
                        median(engineCpu) / median(bareCpu), percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6,
                        own, eng / own, analysisRounds));
            }
            BenchResult.Heap h = new BenchResult.Heap(mib(heap.peakUsedBytes()), mib(heap.peakLiveBytes()),
                    mib(HeapPeak.maxHeapBytes()), heap.collections());
            double words = texts.stream().mapToInt(t -> t.text().isBlank() ? 0 : t.text().trim().split("\\s+").length)
                    .average().orElse(0);
            return new BenchResult(texts.size(), words, firstPass, s.seconds(), s.rounds(), points, h);
        }
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return n == 0 ? 0 : n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    /** Nearest-rank percentile of unsorted values. */
    static double percentile(long[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        long[] a = values.clone();
        Arrays.sort(a);
        int rank = (int) Math.ceil(p * a.length);
        return a[Math.max(0, Math.min(a.length - 1, rank - 1))];
    }

    private static long[] concat(List<long[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        long[] out = new long[n];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static double mib(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024.0 * 1024.0);
    }
}
