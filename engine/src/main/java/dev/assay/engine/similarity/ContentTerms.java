package dev.assay.engine.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms {@link TextAnalyzers#CONTENT} (an {@link EnglishAnalyzer}) gives a text, with each distinct
 * token filtered once per thread. After the tokenizer, EnglishAnalyzer's filters (possessive, lower
 * case, stop words, Porter stem) each turn one token into at most one term, from that token's
 * characters alone; so the text is tokenized as before and each token's term is remembered, which
 * spares the stemmer most of an answer's words. {@code ContentTermsTest} compares the result with
 * the analyzer's on the interview answers and on generated texts.
 *
 * <p>One instance per thread (the map and the filter chain are not thread-safe).
 */
final class ContentTerms {

    /** Forget every remembered token past this many distinct ones (a few MB), then start again. */
    static final int MAX_TOKENS = 20_000;

    /** EnglishAnalyzer's tokenizer and nothing else: the filters run in {@link #filter}. */
    private static final Analyzer TOKENIZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private static final ThreadLocal<ContentTerms> PER_THREAD =
            ThreadLocal.withInitial(() -> new ContentTerms(MAX_TOKENS));

    /** The value remembered for a stop word (compared by identity). */
    private static final String DROPPED = new String("");

    private final int maxTokens;
    private final CharArrayMap<String> termByToken = new CharArrayMap<>(1024, false);
    private final OneToken token = new OneToken();
    private final TokenStream filters;
    private final CharTermAttribute filtered;

    ContentTerms(int maxTokens) {
        this.maxTokens = maxTokens;
        // as EnglishAnalyzer.createComponents, less the tokenizer and the (empty) stem-exclusion marker
        filters = new PorterStemFilter(new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(token)),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        filtered = filters.getAttribute(CharTermAttribute.class);
    }

    /** The CONTENT terms of a text, in order. */
    static List<String> of(String text) {
        return PER_THREAD.get().terms(text);
    }

    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = TOKENIZER.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String term = termByToken.get(t.buffer(), 0, t.length());
                if (term == null) {
                    term = filter(t.buffer(), t.length());
                    if (termByToken.size() >= maxTokens) {
                        termByToken.clear();
                    }
                    termByToken.put(Arrays.copyOf(t.buffer(), t.length()), term);
                }
                if (term != DROPPED) {
                    out.add(term);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return out;
    }

    /** One token through the filters: its term, or {@link #DROPPED}. */
    private String filter(char[] chars, int length) throws IOException {
        token.set(chars, length);
        filters.reset();
        String term = filters.incrementToken() ? filtered.toString() : DROPPED;
        filters.end();
        filters.close();
        return term;
    }

    /** A token stream of one given token, the filters' input. */
    private static final class OneToken extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars;
        private int length;
        private boolean pending;

        void set(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        @Override
        public void reset() {
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            if (!pending) {
                return false;
            }
            pending = false;
            clearAttributes();
            term.copyBuffer(chars, 0, length);
            return true;
        }
    }
}
