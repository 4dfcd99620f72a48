package dev.assay.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a workload over a list of texts on {@code threads} threads for a fixed time and counts what
 * got done: operations per second of wall time, and each operation's latency.
 *
 * <p>Each thread walks the texts in order from its own starting point (so two threads do not work
 * on the same text at the same moment) until the deadline; an operation that started before the
 * deadline is finished and counted, and the elapsed time runs to the last thread's end.
 */
public final class TimedRound {

    /** What one round measured. */
    public record Result(int threads, long operations, double seconds, long[] latenciesNanos, long cpuNanos) {

        public double perSecond() {
            return seconds <= 0 ? 0 : operations / seconds;
        }

        /**
         * Operations per second of CPU time the working threads got: what the throughput would be
         * if nothing else wanted the cores. On a shared machine this is steadier than wall time;
         * -1 when the JVM cannot measure thread CPU time.
         */
        public double perCpuSecond() {
            return cpuNanos <= 0 ? -1 : operations / (cpuNanos / 1e9);
        }
    }

    private TimedRound() {
    }

    public static Result run(Workload work, List<BenchText> texts, int threads, double seconds) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to run");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        long[] cpu = new long[threads];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpuTime = mx.isCurrentThreadCpuTimeSupported();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] startAndDeadline = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                long[] lat = new long[1024];
                int n = 0;
                int i = (int) ((long) id * texts.size() / threads);
                ready.countDown();
                try {
                    go.await();
                    cpu[id] = cpuTime ? -mx.getCurrentThreadCpuTime() : 0;
                    long deadline = startAndDeadline[1];
                    long now = System.nanoTime();
                    while (now < deadline) {
                        Object out = work.run(texts.get(i));
                        long after = System.nanoTime();
                        if (out == null) {
                            throw new IllegalStateException("workload returned nothing for " + texts.get(i).answerId());
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = after - now;
                        now = after;
                        i = (i + 1) % texts.size();
                    }
                    cpu[id] += cpuTime ? mx.getCurrentThreadCpuTime() : 0;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                latencies[id] = Arrays.copyOf(lat, n);
                counts[id] = n;
            }, "assay-bench-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        try {
            ready.await();
            startAndDeadline[0] = System.nanoTime();
            startAndDeadline[1] = startAndDeadline[0] + (long) (seconds * 1e9);
            go.countDown(); // happens-before the workers read the deadline
            for (Thread w : workers) {
                w.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
        long end = System.nanoTime();
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark workload failed: " + failure.get(), failure.get());
        }
        long ops = 0;
        int total = 0;
        for (int c : counts) {
            ops += c;
            total += c;
        }
        long cpuNanos = 0;
        for (long c : cpu) {
            cpuNanos += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 0, all, at, l.length);
            at += l.length;
        }
        return new Result(threads, ops, (end - startAndDeadline[0]) / 1e9, all, cpuTime ? cpuNanos : -1);
    }
}
