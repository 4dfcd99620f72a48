package dev.assay.engine.concepts;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * Word vectors for soft matching: CoreNLP's 50-dimensional English embeddings (shipped in the models
 * jar for its neural coreference), kept as unit-length float vectors so that a cosine is one dot
 * product. Loaded once per JVM, on first use (about two seconds, ~25 MB); when the resource is missing
 * the table is empty and soft matching simply finds nothing.
 */
final class Embeddings {

    static final String RESOURCE = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";
    static final Embeddings EMPTY = new Embeddings(Map.of());

    private static volatile Embeddings shared;

    private final Map<String, float[]> unit;

    private Embeddings(Map<String, float[]> unit) {
        this.unit = unit;
    }

    /** A table from raw vectors (normalised here); for tests. */
    static Embeddings of(Map<String, double[]> vectors) {
        Map<String, float[]> m = new HashMap<>();
        vectors.forEach((w, v) -> {
            float[] f = normalise(v);
            if (f != null) {
                m.put(w.toLowerCase(Locale.ROOT), f);
            }
        });
        return new Embeddings(Map.copyOf(m));
    }

    /** The shared CoreNLP table, loaded on first call. */
    static Embeddings shared() {
        Embeddings e = shared;
        if (e == null) {
            synchronized (Embeddings.class) {
                e = shared;
                if (e == null) {
                    e = load();
                    shared = e;
                }
            }
        }
        return e;
    }

    private static Embeddings load() {
        Embedding raw;
        try {
            raw = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
        } catch (Exception | LinkageError ex) {
            return EMPTY;
        }
        Map<String, float[]> m = new HashMap<>(raw.size() * 2);
        for (Map.Entry<String, SimpleMatrix> en : raw.entrySet()) {
            SimpleMatrix v = en.getValue();
            double[] d = new double[v.getNumElements()];
            for (int i = 0; i < d.length; i++) {
                d[i] = v.get(i);
            }
            float[] f = normalise(d);
            if (f != null) {
                m.put(en.getKey(), f);
            }
        }
        return new Embeddings(m);
    }

    private static float[] normalise(double[] v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        if (n == 0) {
            return null;
        }
        n = Math.sqrt(n);
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) (v[i] / n);
        }
        return f;
    }

    boolean isEmpty() {
        return unit.isEmpty();
    }

    /** The unit vector of a word (looked up in lower case), or null when unknown. */
    float[] vector(String word) {
        return word == null ? null : unit.get(word.toLowerCase(Locale.ROOT));
    }

    /** Cosine of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Cosine of two words; NaN when either is unknown. */
    double similarity(String a, String b) {
        float[] x = vector(a);
        float[] y = vector(b);
        return x == null || y == null ? Double.NaN : cosine(x, y);
    }
}
