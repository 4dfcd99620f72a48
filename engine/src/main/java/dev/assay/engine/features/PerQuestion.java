package dev.assay.engine.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values worked out once per question and kept, keyed as {@code id + '\u0000' + prompt} (a prompt
 * of null as "null"). The joined key was built, a copy of the prompt, and hashed for every answer;
 * here an answer's lookup is by id alone, and the joined key is built only the first time an id is
 * seen and for an id met again with another prompt. The values are the ones the joined keys alone
 * would give. Thread-safe.
 */
final class PerQuestion<T> {

    /** The prompt an id was first seen with, and the value for that id and prompt. */
    private record First<T>(String prompt, T value) {
    }

    private final Map<String, T> byJoinedKey = new ConcurrentHashMap<>();
    private final Map<String, First<T>> byId = new ConcurrentHashMap<>();

    T get(String id, String prompt, Supplier<T> compute) {
        String p = String.valueOf(prompt);
        First<T> first = byId.get(id);
        if (first == null) {
            first = byId.computeIfAbsent(id, k -> new First<>(p, joined(id, p, compute)));
        }
        return first.prompt().equals(p) ? first.value() : joined(id, p, compute);
    }

    private T joined(String id, String prompt, Supplier<T> compute) {
        return byJoinedKey.computeIfAbsent(id + '\u0000' + prompt, k -> compute.get());
    }
}
