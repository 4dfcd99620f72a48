package dev.assay.engine.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream through a worker pool and hands results on in input order.
 *
 * <p>At most {@code window} items are in flight: the reader waits for the oldest to finish before
 * reading more (back-pressure), so memory stays flat however long the input, and the output is the
 * same whatever the number of threads.
 */
public final class OrderedPool implements AutoCloseable {

    private final ExecutorService workers;
    private final int window;

    public OrderedPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "assay-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 8;
    }

    /** Applies {@code work} to every input and passes each result to {@code sink}, in input order. */
    public <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> sink) throws InterruptedException {
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        while (inputs.hasNext()) {
            I item = inputs.next();
            inFlight.addLast(workers.submit(() -> work.apply(item)));
            if (inFlight.size() >= window) {
                sink.accept(take(inFlight.removeFirst()));
            }
        }
        while (!inFlight.isEmpty()) {
            sink.accept(take(inFlight.removeFirst()));
        }
    }

    private static <O> O take(Future<O> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
