package dev.assay.engine.features;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.analysis.Token;
import dev.assay.engine.lexicon.WordVectors;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word overlap between an answer and its question's reference answers, with the question's own words
 * removed (an answer that repeats the question earns nothing for it), as Mohler 2011 and Sultan 2016
 * measure it:
 *
 * <ul>
 *   <li>{@value Features#REF_COVERAGE}: share of the reference's content lemmas the answer has;</li>
 *   <li>{@value Features#REF_PRECISION}: share of the answer's content lemmas the reference has;</li>
 *   <li>{@value Features#SOFT_COVERAGE}, {@value Features#SOFT_PRECISION}: the same with soft matches —
 *       each word counts its best cosine with the other side's words ({@link WordVectors}), an equal
 *       lemma 1, a cosine below {@link #MIN_COSINE} nothing;</li>
 *   <li>{@value Features#VECTOR_COSINE}: cosine of the two sides' summed word vectors;</li>
 *   <li>{@value Features#REF_LENGTH_RATIO}: the answer's content words over the reference's, capped at 2.</li>
 * </ul>
 *
 * The reference giving the best soft F1 is the one reported. References are analysed once per
 * question and kept. Thread-safe.
 */
public final class ReferenceOverlap {

    /** Soft matches weaker than this count nothing: below it the vectors relate too much that is unrelated. */
    static final double MIN_COSINE = 0.5;

    private static final Set<String> LIGHT = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "also", "so", "then", "just", "very", "not", "n't", "there", "here",
            "when", "how", "why", "what", "which", "more", "most", "such", "only", "as", "too", "'s", "get");

    private final TextAnalyzer analyzer;
    private final PerQuestion<Prepared> byQuestion = new PerQuestion<>();

    /**
     * A question's words, each reference's content lemmas less those, with their summed word vector,
     * and the answer words' dot products with the references' (null when there is no reference).
     */
    private record Prepared(Set<String> questionWords, List<Reference> references, ReferenceDots dots) {
    }

    /** Worked out once per question: none of it depends on the answer. */
    private record Reference(VectoredWords words, float[] vectorSum) {
    }

    /**
     * A reference's words in their set's order with each one's vector (null when unknown): the vectors
     * {@link ReferenceDots} compares the answers' words with, in that order.
     */
    private record VectoredWords(Set<String> set, float[][] vectors) {

        static VectoredWords of(Set<String> words, WordVectors table) {
            float[][] v = new float[words.size()][];
            if (table != null) {
                int i = 0;
                for (String w : words) {
                    v[i++] = table.vector(w);
                }
            }
            return new VectoredWords(words, v);
        }
    }

    public ReferenceOverlap(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Puts the six features into {@code f}; all 0 when the question has no reference answer. */
    public void extract(Question question, Analysis answer, Features f) {
        extract(question, contentLemmas(answer), f);
    }

    /** The same, given the answer's {@link #contentLemmas}. */
    void extract(Question question, Set<String> answerLemmas, Features f) {
        Prepared p = byQuestion.get(question.id(), question.prompt(), () -> prepare(question));
        Set<String> answerWords = demoted(answerLemmas, p.questionWords());
        double best = -1;
        double[] chosen = new double[6];
        List<Reference> refs = p.references();
        ReferenceDots.Word[] a = refs.isEmpty() ? null : words(answerWords, p.dots());
        for (int ref = 0; ref < refs.size(); ref++) {
            Set<String> r = refs.get(ref).words().set();
            double coverage = share(r, answerWords);
            double precision = share(answerWords, r);
            double softCoverage = softCoverage(r, ref, answerWords, a);
            double softPrecision = softPrecision(answerWords, a, ref, r);
            double f1 = softCoverage + softPrecision == 0 ? 0 : 2 * softCoverage * softPrecision / (softCoverage + softPrecision);
            if (f1 > best) {
                best = f1;
                chosen = new double[] {coverage, precision, softCoverage, softPrecision,
                        cosine(refs.get(ref).vectorSum(), sum(vectors(a))),
                        r.isEmpty() ? 0 : Math.min(2.0, answerWords.size() / (double) r.size())};
            }
        }
        f.put(Features.REF_COVERAGE, chosen[0]);
        f.put(Features.REF_PRECISION, chosen[1]);
        f.put(Features.SOFT_COVERAGE, chosen[2]);
        f.put(Features.SOFT_PRECISION, chosen[3]);
        f.put(Features.VECTOR_COSINE, chosen[4]);
        f.put(Features.REF_LENGTH_RATIO, chosen[5]);
    }

    private Prepared prepare(Question q) {
        Set<String> questionWords = q.prompt() == null ? Set.of() : contentLemmas(analyzer.analyze(q.prompt()));
        List<Reference> refs = new ArrayList<>();
        List<float[][]> refVectors = new ArrayList<>();
        WordVectors vectors = null;
        for (ModelAnswer m : q.modelAnswers()) {
            if (m.text() != null && !m.text().isBlank()) {
                vectors = vectors == null ? WordVectors.shared() : vectors;
                VectoredWords words = VectoredWords.of(
                        demoted(contentLemmas(analyzer.analyze(m.text())), questionWords), vectors);
                refs.add(new Reference(words, sum(words.vectors())));
                refVectors.add(words.vectors());
            }
        }
        ReferenceDots dots = vectors == null ? null : new ReferenceDots(vectors::vector, refVectors);
        return new Prepared(questionWords, List.copyOf(refs), dots);
    }

    /** The words without the question's; all of them when the question's words are all there is. */
    private static Set<String> demoted(Set<String> words, Set<String> questionWords) {
        Set<String> out = new LinkedHashSet<>(words);
        out.removeAll(questionWords);
        return out.isEmpty() ? words : out;
    }

    static Set<String> contentLemmas(Analysis a) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : a.tokens()) {
            if (t.isContent() && !t.isPunctuation() && !LIGHT.contains(t.lemma())) {
                out.add(t.lemma());
            }
        }
        return out;
    }

    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        long n = of.stream().filter(in::contains).count();
        return n / (double) of.size();
    }

    /** The answer's words, in their set's order, from the question's cache. */
    private static ReferenceDots.Word[] words(Set<String> answerWords, ReferenceDots dots) {
        ReferenceDots.Word[] out = new ReferenceDots.Word[answerWords.size()];
        int i = 0;
        for (String w : answerWords) {
            out[i++] = dots.of(w);
        }
        return out;
    }

    private static float[][] vectors(ReferenceDots.Word[] words) {
        float[][] out = new float[words.length][];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].vector();
        }
        return out;
    }

    /**
     * Soft share of reference {@code ref}'s words the answer has: each counts 1 when the answer has it,
     * else its best cosine with the answer's words if at least {@link #MIN_COSINE}.
     */
    private static double softCoverage(Set<String> reference, int ref, Set<String> answer, ReferenceDots.Word[] a) {
        if (reference.isEmpty() || answer.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int j = 0;
        for (String w : reference) {
            int at = j++;
            if (answer.contains(w)) {
                sum += 1;
                continue;
            }
            double best = 0;
            for (ReferenceDots.Word x : a) {
                best = Math.max(best, x.dots()[ref][at]);
            }
            sum += best >= MIN_COSINE ? best : 0;
        }
        return sum / reference.size();
    }

    /** The same the other way round: the soft share of the answer's words reference {@code ref} has. */
    private static double softPrecision(Set<String> answer, ReferenceDots.Word[] a, int ref, Set<String> reference) {
        if (answer.isEmpty() || reference.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int i = 0;
        for (String w : answer) {
            double[] dots = a[i++].dots()[ref];
            if (reference.contains(w)) {
                sum += 1;
                continue;
            }
            double best = 0;
            for (double d : dots) {
                best = Math.max(best, d);
            }
            sum += best >= MIN_COSINE ? best : 0;
        }
        return sum / answer.size();
    }

    /** Cosine of two summed word vectors; 0 when either side has none. */
    private static double cosine(float[] x, float[] y) {
        if (x == null || y == null) {
            return 0;
        }
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    private static float[] sum(float[][] vectors) {
        float[] s = null;
        for (float[] v : vectors) {
            if (v == null) {
                continue;
            }
            if (s == null) {
                s = new float[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                s[i] += v[i];
            }
        }
        return s;
    }
}
