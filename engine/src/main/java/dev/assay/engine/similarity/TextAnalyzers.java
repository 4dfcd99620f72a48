package dev.assay.engine.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two Lucene analysis chains similarity uses, each built from lucene-analysis-common parts.
 *
 * <ul>
 *   <li>{@link #CONTENT}: EnglishAnalyzer (standard tokens, lower case, English stop words, Porter
 *       stems) — what an answer is about, for BM25 and cosine.</li>
 *   <li>{@link #contentBigrams}: adjacent pairs of CONTENT terms — how an answer is worded, for
 *       spotting near copies of a model answer. Pairs are formed after stop words are removed and
 *       words stemmed, so "a"/"the" edits and inflections do not hide a copy. (Lucene's ShingleFilter
 *       would put filler tokens where stop words were, which is exactly what a copier's small edits
 *       change.)</li>
 * </ul>
 *
 * <p>Analyzers are thread-safe: Lucene keeps one token stream per thread.
 */
final class TextAnalyzers {

    static final Analyzer CONTENT = new EnglishAnalyzer();

    private TextAnalyzers() {
    }

    /** The CONTENT terms of a text, in order (each distinct token filtered once per thread: {@link ContentTerms}). */
    static java.util.List<String> contentTerms(String text) {
        return ContentTerms.of(text);
    }

    /** Term frequencies of already analysed terms. */
    static Map<String, Integer> termFrequencies(java.util.List<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }

    /** Adjacent pairs of content terms, e.g. "connect pool" from "the connection pool". */
    static java.util.Set<String> contentBigrams(String text) {
        return contentBigrams(contentTerms(text));
    }

    /** Adjacent pairs of already analysed terms. */
    static java.util.Set<String> contentBigrams(java.util.List<String> terms) {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            pairs.add(terms.get(i - 1) + ' ' + terms.get(i));
        }
        return pairs;
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
