package dev.assay.engine.tuning;

import dev.assay.engine.scoring.GradedNeighbours;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The nearest-graded-answers feature: the graded training answers of each question indexed in
 * Lucene (BM25); an answer's feature is the similarity-weighted grade (share of the scale) of its
 * question's top {@value #K} training answers, itself excluded. Also the grade of the single nearest
 * one, the question's mean training grade and, for labelled sets, the similarity-weighted share of
 * each label, the nearest answer of each label ({@link LabelNeighbours}) and what the answers' words
 * say of each label ({@link WordLabels}). Only meaningful when the question has graded training answers (folds by answer).
 */
public final class NearestGraded implements GradedNeighbours {

    /** One graded answer as the index keeps it: {@code share} is the human grade as a share of the scale. */
    public record Entry(String id, String questionId, String text, double share, String label) {
    }

    public static final String GRADE = "nearest_grade";
    public static final String TOP_GRADE = "nearest_top_grade";
    public static final String QUESTION_MEAN = "nearest_question_mean";
    public static final String LABEL_PREFIX = "nearest_label_";
    static final int K = 5;

    private static final Analyzer ANALYZER = NeighbourAnalyzer.create();
    private static final int MAX_TERMS = 1000;

    private final IndexSearcher searcher;
    private final Map<String, Double> questionMean = new HashMap<>();
    private final Map<String, double[]> labelShareByQuestion = new HashMap<>();
    /** Per question: sum of grades, count, then count per label — to leave an answer's own entry out. */
    private final Map<String, double[]> sumsByQuestion = new HashMap<>();
    private final double overallMean;
    private final List<String> labels;
    private final Map<String, Integer> docOf = new HashMap<>();
    private final List<Entry> entries;
    private final double[] grades;
    private final int[] labelIdx;
    private final LabelNeighbours byLabel;
    private final WordLabels byWords;

    /** Indexes {@code train}; {@code labels} (may be empty) names the label features. */
    public NearestGraded(List<FeatureTable.Row> train, List<String> labels) {
        this(train.stream().map(r -> new Entry(r.answer().id(), r.answer().questionId(), r.answer().text(),
                r.humanShare(), r.answer().label())).toArray(Entry[]::new), labels);
    }

    /** Indexes {@code entries} (e.g. the training answers a weights file carries). */
    public static NearestGraded of(List<Entry> entries, List<String> labels) {
        return new NearestGraded(entries.toArray(Entry[]::new), labels);
    }

    private NearestGraded(Entry[] entries, List<String> labels) {
        this.labels = List.copyOf(labels);
        this.entries = List.of(entries);
        this.grades = new double[entries.length];
        this.labelIdx = new int[entries.length];
        this.byLabel = new LabelNeighbours(labels);
        this.byWords = labels.isEmpty() ? null : new WordLabels(labels);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, double[]> sums = new LinkedHashMap<>();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER).setSimilarity(new BM25Similarity()))) {
            for (int i = 0; i < entries.length; i++) {
                Entry r = entries[i];
                grades[i] = r.share();
                labelIdx[i] = r.label() == null ? -1 : labels.indexOf(r.label());
                Document d = new Document();
                d.add(new StringField("qid", r.questionId(), Field.Store.NO));
                d.add(new StoredField("row", i));
                d.add(new TextField("text", r.text(), Field.Store.NO));
                w.addDocument(d);
                docOf.put(r.id(), i);
                byLabel.add(i, r.questionId(), r.text(), labelIdx[i]);
                if (byWords != null) {
                    byWords.add(i, r.questionId(), r.text(), labelIdx[i]);
                }
                double[] s = sums.computeIfAbsent(r.questionId(), k -> new double[2 + labels.size()]);
                s[0] += grades[i];
                s[1]++;
                if (labelIdx[i] >= 0) {
                    s[2 + labelIdx[i]]++;
                }
            }
            w.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index of graded answers failed", e);
        }
        sumsByQuestion.putAll(sums);
        overallMean = java.util.Arrays.stream(grades).average().orElse(0);
        sums.forEach((q, s) -> {
            questionMean.put(q, s[0] / s[1]);
            double[] ls = new double[labels.size()];
            for (int c = 0; c < ls.length; c++) {
                ls[c] = s[2 + c] / s[1];
            }
            labelShareByQuestion.put(q, ls);
        });
    }

    /** Whether the question has graded training answers. */
    @Override
    public boolean covers(String questionId) {
        return questionMean.containsKey(questionId);
    }

    /** The label names of the label-share features (empty when the set has no labels). */
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean contains(String answerId, String questionId, String text) {
        return self(answerId, questionId, text) != null;
    }

    /** The index row of this very answer: same id, question and text (an id alone may recur in new data). */
    private Integer self(String answerId, String questionId, String text) {
        Integer i = docOf.get(answerId);
        if (i == null) {
            return null;
        }
        Entry e = entries.get(i);
        return e.questionId().equals(questionId) && e.text().equals(text == null ? "" : text) ? i : null;
    }

    /** The feature names this index gives. */
    public List<String> names() {
        List<String> n = new java.util.ArrayList<>(List.of(GRADE, TOP_GRADE, QUESTION_MEAN));
        labels.forEach(l -> n.add(LABEL_PREFIX + l));
        n.addAll(byLabel.names());
        if (byWords != null) {
            n.addAll(byWords.names());
        }
        return n;
    }

    /** The features of one answer (its own training entry, if any, left out); empty when not covered. */
    @Override
    public Map<String, Double> features(String answerId, String questionId, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!covers(questionId)) {
            return out;
        }
        double mean = questionMean.get(questionId);
        double[] labelShare = labelShareByQuestion.get(questionId).clone();
        Integer self = self(answerId, questionId, text);
        if (self != null) {
            // A training answer's own grade must not reach its own features: leave it out of the
            // question's mean and label shares too, not only out of the neighbours.
            double[] s = sumsByQuestion.get(questionId);
            if (s[1] > 1) {
                mean = (s[0] - grades[self]) / (s[1] - 1);
                for (int c = 0; c < labelShare.length; c++) {
                    labelShare[c] = (s[2 + c] - (labelIdx[self] == c ? 1 : 0)) / (s[1] - 1);
                }
            } else {
                // The question's only training answer: nothing else of the question to go by.
                mean = overallMean;
                java.util.Arrays.fill(labelShare, 1.0 / Math.max(1, labelShare.length));
            }
        }
        double weighted = mean;
        double top = mean;
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (ts.incrementToken() && terms < MAX_TERMS) {
                if (seen.add(t.toString())) {
                    words.add(new TermQuery(new Term("text", t.toString())), BooleanClause.Occur.SHOULD);
                    terms++;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms > 0) {
            try {
                BooleanQuery q = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("qid", questionId)), BooleanClause.Occur.FILTER).build();
                ScoreDoc[] hits = searcher.search(q, K + 1).scoreDocs;
                double sw = 0;
                double sg = 0;
                double[] sl = new double[labels.size()];
                int used = 0;
                for (ScoreDoc h : hits) {
                    int row = searcher.storedFields().document(h.doc).getField("row").numericValue().intValue();
                    if (self != null && row == self || used == K) {
                        continue;
                    }
                    if (used == 0) {
                        top = grades[row];
                    }
                    used++;
                    sw += h.score;
                    sg += h.score * grades[row];
                    if (labelIdx[row] >= 0) {
                        sl[labelIdx[row]] += h.score;
                    }
                }
                if (sw > 0) {
                    weighted = sg / sw;
                    for (int c = 0; c < sl.length; c++) {
                        labelShare[c] = sl[c] / sw;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("searching the graded answers failed", e);
            }
        }
        // At the 3 decimals an Evaluation reports, like the engine's features tune fits on.
        out.put(GRADE, round3(weighted));
        out.put(TOP_GRADE, round3(top));
        out.put(QUESTION_MEAN, round3(mean));
        for (int c = 0; c < labels.size(); c++) {
            out.put(LABEL_PREFIX + labels.get(c), round3(labelShare[c]));
        }
        byLabel.features(questionId, text, self).forEach((k, v) -> out.put(k, round3(v)));
        if (byWords != null) {
            byWords.features(questionId, text, self).forEach((k, v) -> out.put(k, round3(v)));
        }
        return out;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
