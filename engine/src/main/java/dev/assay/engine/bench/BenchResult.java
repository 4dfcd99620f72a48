package dev.assay.engine.bench;

import java.util.List;

/**
 * What {@link BenchRun} measured.
 *
 * @param texts            how many distinct answers were graded over and over
 * @param meanWords        their mean length in words (split on white space)
 * @param firstPassSeconds grading every text once, single-threaded, right after start (JIT cold)
 * @param secondsPerRound  the length of one timed round
 * @param rounds           timed rounds per workload and thread count
 * @param points           one entry per thread count, in the order asked
 * @param heap             the heap while the timed rounds ran
 */
public record BenchResult(int texts, double meanWords, double firstPassSeconds, double secondsPerRound, int rounds,
                          List<ThreadPoint> points, Heap heap) {

    /**
     * The figures for one thread count. Throughputs are the median over the rounds; engine and bare
     * rounds alternate, so both see the same background load.
     *
     * @param engineRounds    answers/s of each engine round (grade + JSON line)
     * @param bareRounds      texts/s of each bare CoreNLP round
     * @param ratio           engine / bare, from the medians
     * @param pairedRatios    engine / bare of each adjacent pair of rounds
     * @param scaling         engine answers/s here over engine answers/s at the first thread count
     * @param engineCpu       answers per second of CPU time the grading threads got (median of rounds)
     * @param bareCpu         texts per second of CPU time the bare threads got (median of rounds)
     * @param cpuRatio        engine / bare in CPU time: the cost ratio, steadier on a shared machine
     * @param p50Millis       median latency of one graded answer, over all engine rounds
     * @param p99Millis       99th percentile of the same
     * @param analysis        texts/s of the engine's own analysis step alone (median of rounds): CoreNLP
     *                        {@code tokenize,ssplit,pos} with lemmas remembered per word and tag, which is
     *                        why it runs faster than the bare pipeline with the same output
     * @param analysisRatio   engine / analysis: what everything after the NLP costs
     * @param analysisRounds  texts/s of each analysis round
     */
    public record ThreadPoint(int threads, double engine, double bare, double ratio, List<Double> engineRounds,
                              List<Double> bareRounds, List<Double> pairedRatios, double scaling,
                              double engineCpu, double bareCpu, double cpuRatio, double p50Millis, double p99Millis,
                              double analysis, double analysisRatio, List<Double> analysisRounds) {
    }

    /** Heap figures in MiB; see {@link HeapPeak}. */
    public record Heap(double peakUsedMiB, double peakLiveMiB, double maxMiB, int collections) {
    }
}
