package dev.assay.engine.tuning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * For labelled sets: per label, how close the answer comes to its question's training answers of
 * that label — the best Dice overlap of their word sets ({@link NeighbourAnalyzer}: stemmed, "not"
 * kept), 1 for the same words. {@link NearestGraded}'s label shares say which labels the nearest
 * answers carry; these say how near the nearest of each label is, so an answer that is word for
 * word a known contradiction is told from one that is merely closest to it.
 */
final class LabelNeighbours {

    static final String PREFIX = "label_similarity_";

    private static final Analyzer ANALYZER = NeighbourAnalyzer.create();

    private record Doc(int row, int label, Set<String> words) {
    }

    private final List<String> labels;
    private final Map<String, List<Doc>> byQuestion = new HashMap<>();

    LabelNeighbours(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    /** Adds training answer {@code row} of the question with label index {@code label} (negative: none). */
    void add(int row, String questionId, String text, int label) {
        if (label >= 0) {
            byQuestion.computeIfAbsent(questionId, k -> new ArrayList<>()).add(new Doc(row, label, words(text)));
        }
    }

    List<String> names() {
        return labels.stream().map(l -> PREFIX + l).toList();
    }

    /** The per-label similarities, the answer's own training row {@code self} (may be null) left out. */
    Map<String, Double> features(String questionId, String text, Integer self) {
        double[] best = new double[labels.size()];
        Set<String> w = words(text);
        for (Doc d : byQuestion.getOrDefault(questionId, List.of())) {
            if (self != null && d.row() == self) {
                continue;
            }
            best[d.label()] = Math.max(best[d.label()], dice(w, d.words()));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < best.length; c++) {
            out.put(PREFIX + labels.get(c), best[c]);
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    static Set<String> words(String text) {
        return new LinkedHashSet<>(NeighbourAnalyzer.terms(ANALYZER, text));
    }
}
