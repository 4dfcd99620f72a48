package dev.assay.engine.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two Lucene analysis chains similarity uses, each built from lucene-analysis-common parts.
 *
 * <ul>
 *   <li>{@link #CONTENT}: EnglishAnalyzer (standard tokens, lower case, English stop words, Porter
 *       stems) — what an answer is about, for BM25 and cosine.</li>
 *   <li>{@link #SHINGLES}: standard tokens, lower case, word 3-grams — how an answer is worded, for
 *       spotting near copies of a model answer.</li>
 * </ul>
 *
 * <p>Analyzers are thread-safe: Lucene keeps one token stream per thread.
 */
final class TextAnalyzers {

    static final Analyzer CONTENT = new EnglishAnalyzer();

    static final Analyzer SHINGLES = buildShingles();

    private TextAnalyzers() {
    }

    private static Analyzer buildShingles() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("shingle", "minShingleSize", "3", "maxShingleSize", "3",
                            "outputUnigrams", "false")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Term frequencies of {@code text} under {@code analyzer}. */
    static Map<String, Integer> termFrequencies(Analyzer analyzer, String text) {
        Map<String, Integer> tf = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tf.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return tf;
    }
}
