package dev.assay.engine;

import dev.assay.rubric.model.Question;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per question and kept, for equal questions alike (a {@link Question} is a
 * record). A map keyed by the record hashes the whole question, every concept, phrasing, cue and
 * model answer, on each lookup, once per answer graded; here the question last seen under an id is
 * found again by identity first, and the record's hash is computed only for a question not seen
 * before. Past {@code limit} questions the cache starts again. Thread-safe; {@code compute} must
 * give equal questions equal values.
 */
public final class QuestionCache<V> {

    private record Known<V>(Question question, V value) {
    }

    private final int limit;
    private final Map<Question, V> byValue = new ConcurrentHashMap<>();
    private final Map<String, Known<V>> byId = new ConcurrentHashMap<>();

    public QuestionCache(int limit) {
        this.limit = limit;
    }

    public V get(Question q, Function<Question, V> compute) {
        Known<V> known = q.id() == null ? null : byId.get(q.id());
        if (known != null && known.question() == q) {
            return known.value();
        }
        V value = byValue.get(q);
        if (value == null) {
            if (byValue.size() > limit) {
                byValue.clear();
                byId.clear();
            }
            value = byValue.computeIfAbsent(q, compute);
        }
        if (q.id() != null) {
            byId.put(q.id(), new Known<>(q, value));
        }
        return value;
    }
}
