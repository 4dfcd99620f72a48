package dev.assay.cli;

import dev.assay.corpus.read.ReadResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answer ids that occur more than once in one input. Such answers are all graded, but whatever finds
 * an answer by id afterwards ({@code explain --id}, the report's texts) cannot tell them apart, so
 * {@code grade} says so.
 * Holds every id once: memory grows with the file, by its ids alone.
 */
final class DuplicateIds {

    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Set<String> repeated = new HashSet<>();
    private String example;
    private int exampleFirst;
    private int exampleSecond;

    /** The records of {@code input}, unchanged, each id noted as it passes. */
    Iterator<ReadResult> watch(Iterator<ReadResult> input) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public ReadResult next() {
                ReadResult r = input.next();
                see(r);
                return r;
            }
        };
    }

    void see(ReadResult r) {
        String id = r instanceof ReadResult.Answer a ? a.record().id() : ((ReadResult.ReadError) r).answerId();
        if (id == null) {
            return;
        }
        Integer first = firstLine.putIfAbsent(id, r.line());
        if (first != null && repeated.add(id) && example == null) {
            example = id;
            exampleFirst = first;
            exampleSecond = r.line();
        }
    }

    /** e.g. {@code 2 answer ids occur more than once, e.g. 'd1' at lines 3 and 9}; empty when none does. */
    Optional<String> warning() {
        if (repeated.isEmpty()) {
            return Optional.empty();
        }
        int n = repeated.size();
        return Optional.of(n + (n == 1 ? " answer id occurs" : " answer ids occur") + " more than once, e.g. '"
                + example + "' at lines " + exampleFirst + " and " + exampleSecond
                + " (each is graded; explain --id takes the first)");
    }
}
