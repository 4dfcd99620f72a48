package dev.assay.engine.tuning;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * For labelled sets: a text classifier of the graded training answers' own words. L2-regularised
 * logistic regression (liblinear) over word unigrams and bigrams (stemmed, stopwords kept), each both as a word of this question and as a word of any question, so that "not in
 * a closed path" can mean one label under one question and another elsewhere. Its features are the
 * probability of each label.
 *
 * <p>Where {@link NearestGraded} and {@link LabelNeighbours} ask which known answers an answer is
 * closest to, this asks which words decide the label; on Beetle (train, 5-fold CV by answer) it is the
 * strongest single signal, 73 % accuracy on its own against 70 % for the features and neighbours.
 *
 * <p>A training answer's own label must not reach its own features, or the label model fitted on them
 * learns to trust a memorised answer: training answers get the probabilities of a model fitted without
 * their inner fold (every {@value #INNER_FOLDS}th answer), fitted when first asked for.
 */
final class WordLabels {

    static final String PREFIX = "words_label_";
    static final int INNER_FOLDS = 5;
    /** liblinear's default cost; Beetle train, 5-fold CV by answer: 74.1 / 74.2 / 73.7 % at costs 0.3 / 1 / 3. */
    private static final double COST = 1.0;
    private static final double EPSILON = 0.01;

    /** Stemmed, every word kept: "is in", "there is" carry the label too (Beetle train CV 72.4 % → 73.1 % with them). */
    private static final Analyzer ANALYZER = new EnglishAnalyzer(CharArraySet.EMPTY_SET);

    private final List<String> labels;
    private final List<int[]> rows = new ArrayList<>();
    private final List<Integer> rowLabels = new ArrayList<>();
    private final Map<Integer, Integer> rowOfEntry = new HashMap<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<List<String>> pending = new ArrayList<>();
    private Model full;
    private final Model[] withoutFold = new Model[INNER_FOLDS];

    WordLabels(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    /** Adds training answer {@code entry} of the question with label index {@code label} (negative: none). */
    void add(int entry, String questionId, String text, int label) {
        if (label < 0) {
            return;
        }
        List<String> terms = terms(questionId, text);
        terms.forEach(t -> vocabulary.computeIfAbsent(t, k -> vocabulary.size() + 1));
        rowOfEntry.put(entry, pending.size());
        pending.add(terms);
        rowLabels.add(label);
    }

    List<String> names() {
        return labels.stream().map(l -> PREFIX + l).toList();
    }

    /** The label probabilities of an answer; {@code self}: its own training entry (may be null). */
    Map<String, Double> features(String questionId, String text, Integer self) {
        Model m = model(self == null ? null : rowOfEntry.get(self));
        Map<String, Double> out = new LinkedHashMap<>();
        double[] p = new double[labels.size()];
        if (m != null) {
            double[] estimates = new double[m.getNrClass()];
            Linear.predictProbability(m, vector(terms(questionId, text)), estimates);
            int[] classes = m.getLabels();
            for (int c = 0; c < classes.length; c++) {
                p[classes[c]] = estimates[c];
            }
        } else {
            java.util.Arrays.fill(p, 1.0 / Math.max(1, p.length));
        }
        for (int c = 0; c < p.length; c++) {
            out.put(PREFIX + labels.get(c), p[c]);
        }
        return out;
    }

    /** The model fitted on every answer, or on every answer outside {@code row}'s inner fold. */
    private synchronized Model model(Integer row) {
        if (rows.isEmpty() && !pending.isEmpty()) {
            pending.forEach(t -> rows.add(indices(t)));
        }
        if (row == null) {
            if (full == null) {
                full = fit(-1);
            }
            return full;
        }
        int fold = row % INNER_FOLDS;
        if (withoutFold[fold] == null) {
            withoutFold[fold] = fit(fold);
        }
        return withoutFold[fold];
    }

    private Model fit(int leftOut) {
        List<Feature[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % INNER_FOLDS != leftOut) {
                x.add(nodes(rows.get(i)));
                y.add((double) rowLabels.get(i));
            }
        }
        if (new TreeSet<>(y).size() < 2) {
            return null;
        }
        Problem p = new Problem();
        p.l = x.size();
        p.n = vocabulary.size() + 1;
        p.bias = 1;
        p.x = x.toArray(Feature[][]::new);
        p.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        Linear.disableDebugOutput();
        return Linear.train(p, new Parameter(SolverType.L2R_LR, COST, EPSILON));
    }

    private Feature[] vector(List<String> terms) {
        List<Integer> known = new ArrayList<>();
        for (String t : terms) {
            Integer i = vocabulary.get(t);
            if (i != null) {
                known.add(i);
            }
        }
        return nodes(known.stream().mapToInt(Integer::intValue).toArray());
    }

    private int[] indices(List<String> terms) {
        return terms.stream().mapToInt(vocabulary::get).toArray();
    }

    /** Sorted binary features and the bias feature last, as liblinear wants them. */
    private Feature[] nodes(int[] indices) {
        int[] sorted = java.util.Arrays.stream(indices).distinct().sorted().toArray();
        Feature[] f = new Feature[sorted.length + 1];
        for (int i = 0; i < sorted.length; i++) {
            f[i] = new FeatureNode(sorted[i], 1);
        }
        f[sorted.length] = new FeatureNode(vocabulary.size() + 1, 1);
        return f;
    }

    /** The answer's unigrams and bigrams, once as this question's ("q:") and once as any question's ("g:"). */
    static List<String> terms(String questionId, String text) {
        List<String> words = NeighbourAnalyzer.terms(ANALYZER, text);
        Set<String> grams = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            grams.add(words.get(i) + " " + words.get(i + 1));
        }
        List<String> out = new ArrayList<>();
        for (String g : grams) {
            out.add("q:" + questionId + ":" + g);
            out.add("g:" + g);
        }
        return out;
    }
}
