package dev.assay.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionCacheTest {

    private static Question q(String id, String prompt) {
        return new Question(id, "T", prompt, null, QuestionKind.SHORT_ANSWER, null, null, null, null, null);
    }

    @Test
    void computesOncePerEqualQuestion() {
        QuestionCache<String> cache = new QuestionCache<>(512);
        List<Question> computed = new ArrayList<>();
        Question a = q("q1", "Why?");
        String first = cache.get(a, x -> {
            computed.add(x);
            return x.prompt();
        });
        assertSame(first, cache.get(a, x -> "again"));
        assertSame(first, cache.get(q("q1", "Why?"), x -> "again")); // equal, not the same instance
        assertEquals("How?", cache.get(q("q1", "How?"), x -> x.prompt())); // same id, another question
        assertSame(first, cache.get(a, x -> "again"));
        String noId = cache.get(q(null, "Why?"), x -> "no id");
        assertSame(noId, cache.get(q(null, "Why?"), x -> "again"));
        assertEquals(List.of(a), computed);
    }

    @Test
    void startsAgainPastItsLimit() {
        QuestionCache<Integer> cache = new QuestionCache<>(2);
        int[] calls = {0};
        Question a = q("a", "A");
        cache.get(a, x -> calls[0]++);
        for (int i = 0; i < 5; i++) {
            cache.get(q("q" + i, "P"), x -> calls[0]++);
        }
        assertEquals(6, calls[0]);
        assertEquals(6, cache.get(a, x -> calls[0]++)); // forgotten, computed again
    }
}
