package dev.assay.engine.features;

import dev.assay.engine.lexicon.WordVectors;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One question's answer words, each with its vector and its dot products with every reference answer's
 * words, worked out the first time an answer to the question has the word. The answers to one
 * question share most of their words, and the soft matches compared each answer word with each
 * reference word again for every answer (with a lookup of the word in the 25 MB table, which misses
 * the cache after a CoreNLP pass). {@link WordVectors#dot} is symmetric to the bit (each product is
 * the same float either way round, summed in the same order), so {@code dots[r][j]} serves both
 * directions of the soft matches. At most {@link #MAX_WORDS} words are kept; past that, words are
 * worked out every time. Thread-safe.
 */
final class ReferenceDots {

    /** Enough for every word of every answer to a question in the data sets seen; bounds the memory. */
    static final int MAX_WORDS = 20_000;

    /**
     * An answer word: its vector (null when unknown) and {@code dots[r][j]}, its dot product with word
     * {@code j} (in set order) of reference {@code r} (0 when either vector is unknown).
     */
    record Word(float[] vector, double[][] dots) {
    }

    private final Function<String, float[]> table;
    private final List<float[][]> references;
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    /** {@code references}: each reference's word vectors in its set's order (nulls for unknown words). */
    ReferenceDots(Function<String, float[]> table, List<float[][]> references) {
        this.table = table;
        this.references = List.copyOf(references);
    }

    Word of(String word) {
        Word w = words.get(word);
        if (w == null) {
            w = compute(word);
            if (words.size() < MAX_WORDS) {
                words.putIfAbsent(word, w);
            }
        }
        return w;
    }

    /** How many words are kept (for tests). */
    int size() {
        return words.size();
    }

    private Word compute(String word) {
        float[] v = table.apply(word);
        double[][] dots = new double[references.size()][];
        for (int r = 0; r < dots.length; r++) {
            float[][] ref = references.get(r);
            dots[r] = new double[ref.length];
            for (int j = 0; j < ref.length; j++) {
                dots[r][j] = WordVectors.dot(v, ref[j]);
            }
        }
        return new Word(v, dots);
    }
}
