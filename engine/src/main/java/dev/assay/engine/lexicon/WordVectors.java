package dev.assay.engine.lexicon;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's 50-dimensional English word vectors (about 103k words, in the models jar), unit length,
 * for soft word alignment. Loaded once, on first use, and shared; read-only after that.
 *
 * <p>Noisy on their own (cos("database", "customer") ≈ 0.55), so callers use them as one evidence
 * among several, with a threshold.
 */
public final class WordVectors {

    /** Where the vectors are in the CoreNLP models jar. */
    public static final String RESOURCE = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

    private static volatile WordVectors shared;

    private final Map<String, float[]> vectors;

    private WordVectors(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** The shared instance; the first call reads the vectors (a few seconds). */
    public static WordVectors shared() {
        WordVectors v = shared;
        if (v == null) {
            synchronized (WordVectors.class) {
                v = shared;
                if (v == null) {
                    v = load();
                    shared = v;
                }
            }
        }
        return v;
    }

    private static WordVectors load() {
        Embedding e;
        try {
            e = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
        } catch (Exception ex) {
            throw new IllegalStateException("cannot read the word vectors " + RESOURCE, ex);
        }
        Map<String, float[]> m = new HashMap<>(e.size() * 2);
        for (Map.Entry<String, SimpleMatrix> en : e.entrySet()) {
            SimpleMatrix v = en.getValue();
            int n = v.getNumElements();
            float[] f = new float[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                f[i] = (float) v.get(i);
                norm += f[i] * f[i];
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int i = 0; i < n; i++) {
                    f[i] *= inv;
                }
                m.put(en.getKey(), f);
            }
        }
        return new WordVectors(m);
    }

    /** The unit vector of a word (looked up lower-cased), or null when the word is unknown. */
    public float[] vector(String word) {
        float[] v = vectors.get(word);
        return v != null ? v : vectors.get(word.toLowerCase(Locale.ROOT));
    }

    /** Cosine of two words' vectors; 0 when either is unknown, 1 when the words are equal. */
    public double cosine(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return 1;
        }
        return dot(vector(a), vector(b));
    }

    /** Dot product of two unit vectors (their cosine); 0 when either is null. */
    public static double dot(float[] x, float[] y) {
        if (x == null || y == null) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    public int size() {
        return vectors.size();
    }
}
