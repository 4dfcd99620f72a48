package dev.assay.cli;

import dev.assay.engine.bench.BenchResult;
import java.util.Locale;

/** {@code assay bench}'s figures as a table a person can read. */
final class BenchTable {

    private BenchTable() {
    }

    static String format(BenchResult r, double coldSeconds, BenchCommand.Machine m, String answersName) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "assay bench: %d answers from %s (%.0f words mean); %d cores, Java %s%s%n",
                r.texts(), answersName, r.meanWords(), m.cores(), m.java(),
                m.jvmFlags().isEmpty() ? "" : ", flags " + String.join(" ", m.jvmFlags())));
        sb.append(String.format(Locale.ROOT, "cold start (JVM start to first graded answer): %.2f s%n", coldSeconds));
        sb.append(String.format(Locale.ROOT, "first pass (every answer once, 1 thread, cold JIT): %.2f s%n",
                r.firstPassSeconds()));
        sb.append(String.format(Locale.ROOT, "timed: %d rounds of %.1f s per workload, bare, analysis and engine in turn;"
                + " medians%n%n", r.rounds(), r.secondsPerRound()));
        sb.append(String.format(Locale.ROOT, "%7s %11s %14s %12s %9s %8s %8s %16s %16s%n",
                "threads", "answers/s", "bare CoreNLP/s", "engine/bare", "scaling", "p50 ms", "p99 ms",
                "engine/bare CPU", "engine/analysis"));
        for (BenchResult.ThreadPoint p : r.points()) {
            sb.append(String.format(Locale.ROOT, "%7d %11.1f %14.1f %11.2fx %8.2fx %8.1f %8.1f %15.2fx %15.2fx%n",
                    p.threads(), p.engine(), p.bare(), p.ratio(), p.scaling(), p.p50Millis(), p.p99Millis(),
                    p.cpuRatio(), p.analysisRatio()));
        }
        sb.append(String.format(Locale.ROOT, "(engine/bare CPU: the same ratio per second of CPU time the threads got,"
                + " %nsteadier than wall time when other processes share the cores."
                + " %nengine/analysis: against the engine's own analysis step alone, which gives CoreNLP's"
                + " %nlemmas without running its lemmatiser on every token: the cost of everything after the NLP)%n"));
        BenchResult.Heap h = r.heap();
        sb.append(String.format(Locale.ROOT, "%npeak heap %.0f MiB (most live after a GC %.0f MiB; limit %.0f MiB;"
                + " %d GCs while timed)%n", h.peakUsedMiB(), h.peakLiveMiB(), h.maxMiB(), h.collections()));
        return sb.toString();
    }
}
