package dev.assay.engine.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's lemmas, remembered per (word, tag). CoreNLP's {@code lemma} annotator is a pure function
 * of a token's word and part-of-speech tag, yet it runs its finite-state lemmatiser on every token
 * and builds a new one per document: 6–8 % of the whole pipeline's time on the interview answers. The
 * engine asks the same annotator once per distinct (word, tag) and remembers the answer, so its
 * lemmas are CoreNLP's own, byte for byte ({@code LemmaCacheTest} compares them on every bundled text).
 *
 * <p>Thread-safe. Bounded: after {@link #CAPACITY} entries new pairs are lemmatised each time and not
 * kept, so the heap stays flat on any batch.
 */
final class LemmaCache {

    static final int CAPACITY = 200_000;

    private final MorphaAnnotator morpha = new MorphaAnnotator(false);
    // by tag, then word: a lookup allocates nothing (there are about 45 tags)
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> byTag = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** The lemma CoreNLP's {@code lemma} annotator gives a token with this word and tag. */
    String lemma(String word, String tag) {
        ConcurrentHashMap<String, String> words = byTag.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
        String lemma = words.get(word);
        if (lemma == null) {
            lemma = annotate(word, tag);
            if (size.get() < CAPACITY && words.putIfAbsent(word, lemma) == null) {
                size.incrementAndGet();
            }
        }
        return lemma;
    }

    int size() {
        return size.get();
    }

    /** Runs the stock annotator on a one-token document, so the rules (phrasal verbs, untagged words) are its own. */
    private String annotate(String word, String tag) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setTag(tag);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, List.of(token));
        Annotation doc = new Annotation(word);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        morpha.annotate(doc);
        return token.lemma();
    }
}
