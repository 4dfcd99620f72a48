package dev.assay.engine.similarity;

import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.StarSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of one bank: every question's model answers, and one "topic" document per
 * question (prompt, context, concept phrasings, STAR cues and model answers) for off-topic checks.
 *
 * <p>Built once per bank and shared by all grading threads: the per-document vectors and BM25
 * statistics are immutable after construction.
 */
public final class ReferenceIndex {

    private static final String QID = "qid";
    private static final String KIND = "kind";
    private static final String DOC_ID = "id";
    private static final String TEXT = "text";
    private static final String MODEL = "model";
    private static final String TOPIC = "topic";

    /** Lucene's default BooleanQuery limit, which the BM25 query used to be held to (see {@link #bm25}). */
    private static final int MAX_QUERY_TERMS = 1000;

    private final int docCount;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /**
     * Each term of any topic: its idf (see {@link #idf}) and the topics that hold it (see
     * {@link #topicCosines}), in one map so that an answer term's two lookups find the same entry.
     */
    private final Map<String, TermInfo> vocabulary = new HashMap<>();
    /** idf of a term no topic holds (document frequency 0). */
    private double unseenIdf;
    /** The indexed model documents, by question and model id (more than one only if ids repeat). */
    private final Map<String, List<DocumentBm25.IndexedDocument>> modelDocuments = new HashMap<>();
    private DocumentBm25 bm25;
    private final Map<String, List<Reference>> modelsByQuestion = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> topicByQuestion = new LinkedHashMap<>();
    private final Map<String, Vector> topicVectors = new LinkedHashMap<>();
    /** The topics' vectors in {@link #topicVectors} order, and their question ids. */
    private final List<Vector> topics = new java.util.ArrayList<>();
    private final List<String> topicIds = new java.util.ArrayList<>();
    /** Each question id's index in {@link #topicIds}. */
    private final Map<String, Integer> topicIndex = new HashMap<>();

    private record TermInfo(double idf, List<TopicWeight> topics) {
    }

    /** A term's weight in one topic, and the term's place in the order that topic's map iterates. */
    private record TopicWeight(int topic, double weight, int rank) {
    }

    /** {@code documents}: the reference's indexed documents, for {@link #bm25}. */
    private record Reference(String id, Map<String, Integer> terms, Vector vector, Set<String> shingles,
                             double selfBm25, List<DocumentBm25.IndexedDocument> documents) {
    }

    /**
     * Term frequencies weighted by idf, with the sum of their squares: built once per reference and
     * topic, and once per answer, so that comparing an answer with every topic of a bank costs one
     * lookup per answer term instead of a fresh union of both term sets with an idf per term.
     */
    private record Vector(Map<String, Double> weights, double sumOfSquares) {
        boolean isEmpty() {
            return weights.isEmpty();
        }
    }

    private Vector vector(Map<String, Integer> tf) {
        Map<String, Double> w = new HashMap<>(tf.size() * 2);
        double squares = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double x = e.getValue() * idf(e.getKey());
            w.put(e.getKey(), x);
            squares += x * x;
        }
        return new Vector(w, squares);
    }

    private ReferenceIndex(int docCount) {
        this.docCount = docCount;
    }

    public static ReferenceIndex build(QuestionBank bank) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.CONTENT).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Question q : bank.questions()) {
                for (ModelAnswer m : references(q)) {
                    writer.addDocument(document(q.id(), MODEL, m.id(), m.text()));
                }
                writer.addDocument(document(q.id(), TOPIC, q.id(), topicText(q)));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory reference index failed", e);
        }
        // the index is read once, here: grading needs only what load keeps of it
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            ReferenceIndex index = new ReferenceIndex(reader.numDocs());
            index.load(bank, searcher);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory reference index failed", e);
        }
    }

    private static Document document(String qid, String kind, String id, String text) {
        Document d = new Document();
        d.add(new StringField(QID, qid, Field.Store.YES));
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StringField(DOC_ID, id, Field.Store.YES));
        d.add(new TextField(TEXT, text, Field.Store.NO));
        return d;
    }

    /** Id of the reference built from the expected points when a question has no model answer. */
    public static final String POINTS_REFERENCE = "expected-points";

    /**
     * The texts an answer is compared with: the model answers, or, for a question that has none
     * (a procedural question listing expected points), the points themselves, so that similarity
     * and copy detection still have something to compare with.
     */
    static List<ModelAnswer> references(Question q) {
        if (!q.modelAnswers().isEmpty() || q.concepts().isEmpty()) {
            return q.modelAnswers();
        }
        StringBuilder sb = new StringBuilder();
        for (Concept c : q.concepts()) {
            append(sb, c.label() + ": " + String.join(", ", c.phrasings()));
        }
        return List.of(new ModelAnswer(POINTS_REFERENCE, sb.toString(), null, null));
    }

    static String topicText(Question q) {
        StringBuilder sb = new StringBuilder();
        append(sb, q.prompt());
        append(sb, q.context());
        for (Concept c : q.concepts()) {
            append(sb, c.label());
            c.phrasings().forEach(p -> append(sb, p));
        }
        for (StarSection s : q.structure().star()) {
            s.cues().forEach(c -> append(sb, c));
        }
        q.modelAnswers().forEach(m -> append(sb, m.text()));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String text) {
        if (text != null && !text.isBlank()) {
            sb.append(text).append('\n');
        }
    }

    private void load(QuestionBank bank, IndexSearcher searcher) throws IOException {
        for (Question q : bank.questions()) {
            Map<String, Integer> topic = TextAnalyzers.termFrequencies(TextAnalyzers.CONTENT, topicText(q));
            topicByQuestion.put(q.id(), topic);
        }
        for (Map<String, Integer> topic : topicByQuestion.values()) {
            for (String term : topic.keySet()) {
                documentFrequency.put(term, searcher.getIndexReader().docFreq(new Term(TEXT, term)));
            }
        }
        documentFrequency.forEach((term, df) -> vocabulary.put(term, new TermInfo(idfOf(df), new java.util.ArrayList<>())));
        unseenIdf = idfOf(0);
        topicByQuestion.forEach((qid, topic) -> topicVectors.put(qid, vector(topic)));
        topicVectors.forEach((qid, v) -> {
            int index = topics.size();
            topics.add(v);
            topicIds.add(qid);
            topicIndex.putIfAbsent(qid, index);
            int rank = 0;
            for (Map.Entry<String, Double> e : v.weights().entrySet()) {
                vocabulary.get(e.getKey()).topics().add(new TopicWeight(index, e.getValue(), rank++));
            }
        });
        loadModelDocuments(searcher);
        for (Question q : bank.questions()) {
            var refs = new java.util.ArrayList<Reference>();
            for (ModelAnswer m : references(q)) {
                List<String> analysed = TextAnalyzers.contentTerms(m.text());
                Map<String, Integer> terms = TextAnalyzers.termFrequencies(analysed);
                Set<String> shingles = TextAnalyzers.contentBigrams(analysed);
                List<DocumentBm25.IndexedDocument> docs =
                        modelDocuments.getOrDefault(documentKey(q.id(), m.id()), List.of());
                refs.add(new Reference(m.id(), terms, vector(terms), Set.copyOf(shingles), bm25(docs, terms), docs));
            }
            modelsByQuestion.put(q.id(), List.copyOf(refs));
        }
    }

    /** Compares an answer with its question's references. */
    public SimilarityReport compare(String questionId, String answerText) {
        List<String> analysed = TextAnalyzers.contentTerms(answerText); // one pass for both
        Map<String, Integer> terms = TextAnalyzers.termFrequencies(analysed);
        Set<String> shingles = TextAnalyzers.contentBigrams(analysed);
        Vector answer = vector(terms);

        String best = null;
        double bestCosine = 0;
        double bestBm25 = 0;
        double bestBm25Norm = 0;
        double copy = 0;
        Reference bestRef = null;
        for (Reference ref : modelsByQuestion.getOrDefault(questionId, List.of())) {
            double cos = cosine(answer, ref.vector());
            if (best == null || cos > bestCosine) {
                best = ref.id();
                bestCosine = cos;
                bestRef = ref;
            }
            if (!ref.shingles().isEmpty()) {
                long shared = ref.shingles().stream().filter(shingles::contains).count();
                copy = Math.max(copy, (double) shared / ref.shingles().size());
            }
        }

        if (bestRef != null) { // BM25 of the most similar reference only, searched once
            bestBm25 = bm25(bestRef.documents(), terms);
            bestBm25Norm = bestRef.selfBm25() > 0 ? Math.min(1.0, bestBm25 / bestRef.selfBm25()) : 0;
        }
        double[] topicCosine = topicCosines(answer);
        int ownIndex = topicIndex.getOrDefault(questionId, -1);
        double own = ownIndex < 0 ? 0 : topicCosine[ownIndex];
        String nearest = null;
        double nearestTopic = 0;
        for (int t = 0; t < topics.size(); t++) {
            if (t == ownIndex) {
                continue;
            }
            double cos = topicCosine[t];
            if (cos > nearestTopic) {
                nearest = topicIds.get(t);
                nearestTopic = cos;
            }
        }
        return new SimilarityReport(best, bestCosine, bestBm25, bestBm25Norm, copy, own, nearest, nearestTopic);
    }

    private static String documentKey(String questionId, String modelId) {
        return questionId + '\u0000' + modelId;
    }

    /** Reads every model document's indexed terms and norm back from the index, for {@link #bm25}. */
    private void loadModelDocuments(IndexSearcher searcher) throws IOException {
        Map<Integer, String> keyByDoc = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
            Document d = stored.document(doc, Set.of(QID, KIND, DOC_ID));
            if (MODEL.equals(d.get(KIND))) {
                keyByDoc.put(doc, documentKey(d.get(QID), d.get(DOC_ID)));
            }
        }
        Map<Integer, DocumentBm25.IndexedDocument> docs = DocumentBm25.read(searcher, TEXT, keyByDoc.keySet());
        new java.util.TreeMap<>(keyByDoc).forEach((doc, key) ->
                modelDocuments.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(docs.get(doc)));
        bm25 = new DocumentBm25(searcher, TEXT, List.copyOf(docs.values()));
    }

    /**
     * BM25 of the given terms, as a query (each term boosted by its frequency), against one model
     * answer of a question: the score a Lucene search of that query, filtered to the model answer,
     * gives it (see {@link DocumentBm25}), computed without searching.
     *
     * <p>The query holds the answer's {@code MAX_QUERY_TERMS - 3} most frequent terms, as the search
     * did (Lucene's clause limit, less three filter clauses); answers rarely have that many.
     */
    private double bm25(List<DocumentBm25.IndexedDocument> docs, Map<String, Integer> terms) {
        if (terms.isEmpty() || docs.isEmpty()) {
            return 0;
        }
        Map<String, Integer> query = terms.size() > MAX_QUERY_TERMS - 3 ? mostFrequent(terms, MAX_QUERY_TERMS - 3) : terms;
        float best = 0; // a search returns the best-scoring document; none matching scores 0
        for (DocumentBm25.IndexedDocument d : docs) {
            best = Math.max(best, bm25.score(query, d));
        }
        return best;
    }

    private static Map<String, Integer> mostFrequent(Map<String, Integer> terms, int limit) {
        Map<String, Integer> out = new HashMap<>();
        terms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private List<TopicWeight> topics(String term) {
        TermInfo known = vocabulary.get(term);
        return known != null ? known.topics() : List.of();
    }

    private double idf(String term) {
        TermInfo known = vocabulary.get(term);
        return known != null ? known.idf() : unseenIdf;
    }

    private double idfOf(int df) {
        return Math.log(1.0 + (docCount + 1.0) / (df + 1.0));
    }

    /**
     * {@link #cosine} of the answer with every topic, in order. The dot products come from the
     * answer's terms looked up in {@link #vocabulary}, a few lookups per answer term rather than one
     * per answer term and topic. Each is summed in the order {@link #cosine} sums it when it walks
     * the answer's terms (the answer has no more terms than the topic), so it is the same double.
     *
     * <p>For a topic with fewer terms than the answer, {@link #cosine} sums in the order of the
     * topic's terms instead. That order matters only from three shared terms on (one or two products
     * sum to the same double in either order); then the products are laid out by the terms' ranks in
     * the topic and summed in that order, the absent terms adding +0.0, which changes no sum of
     * positive products. (Walking each such topic's map, as {@link #cosine} does, was 2 % of a short
     * answer's grading: a 20-word answer has more terms than many topics.)
     */
    private double[] topicCosines(Vector answer) {
        int n = topics.size();
        double[] dot = new double[n];
        int[] shared = new int[n];
        for (Map.Entry<String, Double> e : answer.weights().entrySet()) {
            for (TopicWeight tw : topics(e.getKey())) {
                dot[tw.topic()] += e.getValue() * tw.weight();
                shared[tw.topic()]++;
            }
        }
        double[][] byRank = null; // the products in topic order, for the topics that need it
        for (int t = 0; t < n; t++) {
            // the shared count first: most topics share nothing, and their maps are cold after a CoreNLP pass
            if (shared[t] > 2 && answer.weights().size() > topics.get(t).weights().size()) {
                byRank = byRank == null ? new double[n][] : byRank;
                byRank[t] = new double[topics.get(t).weights().size()];
            }
        }
        if (byRank != null) {
            for (Map.Entry<String, Double> e : answer.weights().entrySet()) {
                for (TopicWeight tw : topics(e.getKey())) {
                    if (byRank[tw.topic()] != null) {
                        byRank[tw.topic()][tw.rank()] = tw.weight() * e.getValue();
                    }
                }
            }
            for (int t = 0; t < n; t++) {
                if (byRank[t] != null) {
                    double sum = 0;
                    for (double product : byRank[t]) {
                        sum += product;
                    }
                    dot[t] = sum;
                }
            }
        }
        double[] cos = new double[n];
        for (int t = 0; t < n; t++) {
            if (shared[t] == 0) {
                continue; // a dot product of +0.0 gives a cosine of +0.0: no need to read the topic
            }
            Vector topic = topics.get(t);
            if (!answer.isEmpty() && !topic.isEmpty()) {
                double na = answer.sumOfSquares();
                double nb = topic.sumOfSquares();
                cos[t] = na == 0 || nb == 0 ? 0 : dot[t] / Math.sqrt(na * nb);
            }
        }
        return cos;
    }

    /** Cosine of two idf-weighted vectors; 0 when either is empty. */
    private static double cosine(Vector a, Vector b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.weights().size() <= b.weights().size() ? a.weights() : b.weights();
        Map<String, Double> large = small == a.weights() ? b.weights() : a.weights();
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        double na = a.sumOfSquares();
        double nb = b.sumOfSquares();
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
