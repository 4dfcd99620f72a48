package dev.assay.corpus.datasets;

import dev.assay.corpus.AnswerRecord;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Tallies for the count tests. */
final class Counts {

    private Counts() {
    }

    static Map<String, Long> by(Stream<AnswerRecord> records, Function<AnswerRecord, String> key) {
        return records.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    static long distinctQuestions(Stream<AnswerRecord> records) {
        return records.map(AnswerRecord::questionId).distinct().count();
    }
}
