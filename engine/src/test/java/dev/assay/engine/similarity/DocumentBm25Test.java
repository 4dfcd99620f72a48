package dev.assay.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** DocumentBm25 gives, to the bit, the score a Lucene search of the same query gives the document. */
class DocumentBm25Test {

    @Test
    void scoresEveryDocumentAsALuceneSearchDoes() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Question q : BundledBanks.interview().questions()) {
            q.modelAnswers().stream().map(ModelAnswer::text).forEach(texts::add);
            texts.add(ReferenceIndex.topicText(q));
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TextAnalyzers.CONTENT)
                .setSimilarity(new BM25Similarity()))) {
            for (int i = 0; i < texts.size(); i++) {
                Document d = new Document();
                d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                d.add(new TextField("text", texts.get(i), Field.Store.NO));
                w.addDocument(d);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            Map<Integer, DocumentBm25.IndexedDocument> docs = new HashMap<>();
            Map<Integer, String> idOf = new HashMap<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                idOf.put(doc, searcher.storedFields().document(doc).get("id"));
            }
            docs.putAll(DocumentBm25.read(searcher, "text", idOf.keySet()));
            DocumentBm25 bm25 = new DocumentBm25(searcher, "text", List.copyOf(docs.values()));

            // queries: each document's own terms, and random bags of terms from all documents, boosted 1–20
            List<String> vocabulary = new ArrayList<>();
            docs.values().forEach(d -> vocabulary.addAll(d.frequencies().keySet()));
            Random random = new Random(7);
            int compared = 0;
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                List<Map<String, Integer>> queries = new ArrayList<>();
                Map<String, Integer> own = new HashMap<>(docs.get(doc).frequencies());
                queries.add(own);
                for (int k = 0; k < 5; k++) {
                    Map<String, Integer> q = new HashMap<>();
                    int n = 1 + random.nextInt(60);
                    for (int t = 0; t < n; t++) {
                        q.put(vocabulary.get(random.nextInt(vocabulary.size())), 1 + random.nextInt(k == 0 ? 20 : 3));
                    }
                    queries.add(q);
                }
                for (Map<String, Integer> q : queries) {
                    assertEquals(search(searcher, q, idOf.get(doc)), bm25.score(q, docs.get(doc)),
                            "document " + doc + ", query " + q);
                    compared++;
                }
            }
            assertEquals(6 * reader.maxDoc(), compared);
        }
    }

    /** The score of the one document with the given id for the query, by a search; 0 when it does not match. */
    private static float search(IndexSearcher searcher, Map<String, Integer> terms, String id) throws Exception {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        terms.forEach((t, f) -> {
            Query tq = new TermQuery(new Term("text", t));
            words.add(f == 1 ? tq : new BoostQuery(tq, f), BooleanClause.Occur.SHOULD);
        });
        Query q = new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("id", id)), BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
        return hits.length == 0 ? 0 : hits[0].score;
    }

    @Test
    void aDocumentWithNoneOfTheTermsScoresZero() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TextAnalyzers.CONTENT))) {
            Document d = new Document();
            d.add(new TextField("text", "rolled back the release", Field.Store.NO));
            w.addDocument(d);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<Integer, DocumentBm25.IndexedDocument> docs = DocumentBm25.read(searcher, "text", Set.of(0));
            DocumentBm25 bm25 = new DocumentBm25(searcher, "text", List.copyOf(docs.values()));
            assertEquals(0f, bm25.score(Map.of("customer", 2), docs.get(0)));
        }
    }
}
