package dev.assay.engine.similarity;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 of a bag of query terms against one known document of an index, scored by the index's own
 * {@link Similarity} with the statistics a {@link org.apache.lucene.search.TermQuery} would use, but
 * without a search: a search for one document per answer built a query, weights, a terms-dictionary
 * seek and a postings reader (with its block buffers) per term, and a collector, most of the
 * similarity stage's time and nearly all its allocation.
 *
 * <p>The score is the one {@code IndexSearcher.search} gives for a disjunction of the terms, each
 * boosted by its frequency in the query: per matching term {@code SimScorer.score(freq, norm)} with
 * the document's indexed frequency and length norm; the terms' scores summed in double and rounded to
 * float, as Lucene's disjunction and conjunction scorers do. (Summing at most a few hundred float
 * scores of similar magnitude in double is exact, so the order of the sum does not matter.)
 *
 * <p>Immutable after construction, except for the scorers built on first use; thread-safe.
 */
final class DocumentBm25 {

    /** Query-term boosts (frequencies in the answer) up to this get a cached scorer; higher are rare. */
    private static final int CACHED_BOOSTS = 16;

    /** A document's indexed term frequencies and its length norm. */
    record IndexedDocument(Map<String, Integer> frequencies, long norm) {
    }

    private final Similarity similarity;
    private final CollectionStatistics collection;
    private final Map<String, TermScorers> scorers = new HashMap<>();

    /** Lucene's scorer of one term, per query boost, each built when first needed. */
    private final class TermScorers {
        private final TermStatistics statistics;
        private final AtomicReferenceArray<SimScorer> byBoost = new AtomicReferenceArray<>(CACHED_BOOSTS + 1);

        TermScorers(TermStatistics statistics) {
            this.statistics = statistics;
        }

        SimScorer forBoost(int boost) {
            if (boost > CACHED_BOOSTS) {
                return similarity.scorer(boost, collection, statistics);
            }
            SimScorer s = byBoost.get(boost);
            if (s == null) {
                s = similarity.scorer(boost, collection, statistics);
                byBoost.set(boost, s);
            }
            return s;
        }
    }

    /**
     * Reads the statistics of {@code field}, and of every term of the documents given, from the
     * searcher's index; the documents' frequencies come from {@link #read}.
     */
    DocumentBm25(IndexSearcher searcher, String field, List<IndexedDocument> documents) throws IOException {
        this.similarity = searcher.getSimilarity();
        this.collection = searcher.collectionStatistics(field);
        for (IndexedDocument d : documents) {
            for (String term : d.frequencies().keySet()) {
                if (!scorers.containsKey(term)) {
                    Term t = new Term(field, term);
                    int df = searcher.getIndexReader().docFreq(t);
                    long ttf = searcher.getIndexReader().totalTermFreq(t);
                    scorers.put(term, new TermScorers(searcher.termStatistics(t, df, ttf)));
                }
            }
        }
    }

    /**
     * The indexed term frequencies and norm of each document in {@code docs} (global doc ids), by
     * doc id, read in one pass over the field's postings.
     */
    static Map<Integer, IndexedDocument> read(IndexSearcher searcher, String field, java.util.Set<Integer> docs)
            throws IOException {
        Map<Integer, Map<String, Integer>> freqs = new HashMap<>();
        Map<Integer, Long> norms = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            NumericDocValues normValues = reader.getNormValues(field);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                int global = leaf.docBase + doc;
                if (docs.contains(global)) {
                    // as Lucene's LeafSimScorer: a document without a norm scores as if of norm 1
                    norms.put(global, normValues != null && normValues.advanceExact(doc) ? normValues.longValue() : 1L);
                }
            }
            Terms terms = reader.terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                String text = term.utf8ToString();
                postings = te.postings(postings, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int global = leaf.docBase + doc;
                    if (docs.contains(global)) {
                        freqs.computeIfAbsent(global, k -> new HashMap<>()).put(text, postings.freq());
                    }
                }
            }
        }
        Map<Integer, IndexedDocument> out = new HashMap<>();
        for (int doc : docs) {
            out.put(doc, new IndexedDocument(Map.copyOf(freqs.getOrDefault(doc, Map.of())), norms.getOrDefault(doc, 1L)));
        }
        return out;
    }

    /**
     * The BM25 score of {@code query} (term → boost) against the document; 0 when it holds none of
     * the terms. Every term of {@code query} must have been indexed in some document given to the
     * constructor or be absent from {@code document}.
     */
    float score(Map<String, Integer> query, IndexedDocument document) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : query.entrySet()) {
            Integer freq = document.frequencies().get(e.getKey());
            if (freq != null) {
                sum += scorers.get(e.getKey()).forBoost(e.getValue()).score(freq, document.norm());
            }
        }
        return (float) sum;
    }
}
