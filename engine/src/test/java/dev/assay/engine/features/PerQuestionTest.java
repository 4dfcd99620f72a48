package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerQuestionTest {

    @Test
    void computesOncePerIdAndPrompt() {
        PerQuestion<String> cache = new PerQuestion<>();
        int[] calls = {0};
        String a = cache.get("q1", "Why?", () -> "a" + calls[0]++);
        assertSame(a, cache.get("q1", new String("Why?"), () -> "x" + calls[0]++));
        String b = cache.get("q1", "How?", () -> "b" + calls[0]++);
        assertSame(b, cache.get("q1", "How?", () -> "x" + calls[0]++));
        assertSame(a, cache.get("q1", "Why?", () -> "x" + calls[0]++));
        assertEquals("a0", a);
        assertEquals("b1", b);
        assertEquals("c2", cache.get("q2", "Why?", () -> "c" + calls[0]++));
        assertEquals(3, calls[0]);
    }

    /** The same values as a map keyed by the joined string, whatever order ids and prompts come in. */
    @Test
    void agreesWithTheJoinedKey() {
        Random r = new Random(7);
        List<String> ids = List.of("a", "b", "a\u0000b", "c");
        List<String> prompts = new ArrayList<>(List.of("", "b", "b\u0000c", "null", "Why?"));
        prompts.add(null);
        for (int round = 0; round < 50; round++) {
            PerQuestion<Integer> cache = new PerQuestion<>();
            Map<String, Integer> joined = new HashMap<>();
            int[] next = {0};
            for (int i = 0; i < 40; i++) {
                String id = ids.get(r.nextInt(ids.size()));
                String prompt = prompts.get(r.nextInt(prompts.size()));
                int value = next[0];
                Integer expected = joined.computeIfAbsent(id + '\u0000' + prompt, k -> value);
                assertEquals(expected, cache.get(id, prompt, () -> next[0]++), id + " / " + prompt);
                next[0] = Math.max(next[0], value + 1);
            }
        }
    }
}
