package dev.assay.engine.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Turns text into an {@link Analysis} with CoreNLP ({@code tokenize,ssplit,pos,lemma}).
 *
 * <p>The pipeline is loaded once per JVM ({@link #shared()}) and is safe to use from many threads:
 * these annotators keep no per-document state. CoreNLP runs {@code tokenize,ssplit,pos}; the lemmas
 * are its {@code lemma} annotator's own, asked once per distinct word and tag ({@link LemmaCache}).
 */
public final class TextAnalyzer {

    /** The annotators, also used by the bare-CoreNLP floor in the benchmarks. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";

    private static volatile TextAnalyzer shared;

    private final StanfordCoreNLP pipeline;
    private final LemmaCache lemmas = new LemmaCache();

    private TextAnalyzer(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** The JVM's one analyzer, loaded on first use. */
    public static TextAnalyzer shared() {
        TextAnalyzer local = shared;
        if (local == null) {
            synchronized (TextAnalyzer.class) {
                local = shared;
                if (local == null) {
                    Properties props = pipelineProperties();
                    props.setProperty("annotators", "tokenize,ssplit,pos");
                    local = new TextAnalyzer(new StanfordCoreNLP(props));
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * Starts loading the JVM's analyzer on a background thread, if nothing has yet, so that the
     * tagger model loads while the caller does other work; {@link #shared()} then waits for it.
     */
    public static void preload() {
        if (shared == null && PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    shared();
                } catch (RuntimeException | Error e) {
                    // shared() will fail again, on the caller's thread, where it can be reported
                }
            }, "assay-preload-corenlp");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The CoreNLP settings with the stock four annotators: what the analysis is equivalent to, and the
     * bare pipeline the benchmarks compare the engine with.
     */
    public static Properties pipelineProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        // Answers use line breaks for bullet and numbered items: each line is its own unit.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Keep the text's own characters (quotes, dashes, arrows) so offsets and words match the answer.
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=true");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    public Analysis analyze(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.originalText(), lemmas.lemma(t.word(), t.tag()), t.tag(), t.beginPosition(),
                        t.endPosition()));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
                    tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new Analysis(text, sentences);
    }
}
