package dev.assay.engine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPoolTest {

    @Test
    void resultsComeOutInInputOrderWhateverTheFinishingOrder() throws Exception {
        List<Integer> input = IntStream.range(0, 500).boxed().toList();
        List<Integer> out = new ArrayList<>();
        try (OrderedPool pool = new OrderedPool(4)) {
            pool.run(input.iterator(), i -> {
                try {
                    Thread.sleep((i * 7919) % 3); // finish out of order
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return i * 2;
            }, out::add);
        }
        assertEquals(IntStream.range(0, 500).map(i -> i * 2).boxed().toList(), out);
    }

    @Test
    void aWorkerFailureReachesTheCaller() {
        try (OrderedPool pool = new OrderedPool(2)) {
            assertThrows(IllegalStateException.class, () -> pool.run(List.of(1, 2, 3).iterator(), i -> {
                if (i == 2) {
                    throw new IllegalStateException("boom");
                }
                return i;
            }, x -> { }));
        }
    }

    @Test
    void zeroThreadsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedPool(0));
    }
}
