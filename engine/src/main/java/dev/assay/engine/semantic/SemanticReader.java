package dev.assay.engine.semantic;

import dev.assay.engine.QuestionCache;
import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.concepts.ConceptHit;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.ConceptMatcher;
import dev.assay.engine.concepts.NegationScope;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The opt-in semantic reading of an answer: each sentence's meaning compared with each rubric point
 * and the whole answer with the model answers, by a sentence encoder. It finds the points an answer
 * makes in words the rubric never listed ("we reverted the release" for "rollback"), which the lexical
 * matcher cannot. Thread-safe.
 *
 * <p>A point is represented by its label, each phrasing, and the label with all phrasings (the
 * fullest statement); a sentence's cosine to the point is the best over these. A sentence is evidence
 * only for the point nearest it, and only when that point is nearer by {@link Settings#margin()} than
 * the next: a sentence that is merely on the question's topic is near several points at once (a
 * question with a single point has no next one to compare with). The evidence strength rises
 * linearly from 0 at {@link Settings#floor()} to 1 at {@link Settings#full()}, and is weakened in a
 * bare keyword list as the lexical matcher weakens its own; it is reported only from the strength at
 * which a point counts as covered. A sentence with a negation in it gives no evidence by meaning
 * unless the lexical matcher found the point there plainly: the encoder reads "we did not roll back"
 * much like "we rolled back", so such a sentence can be read neither way (the lexical matcher, which
 * knows the negation's scope, reports it). Meaning evidence stands beside the lexical evidence of the
 * same sentence; {@link ConceptMatch#coverage} counts the stronger of the two, not both.
 */
public final class SemanticReader {

    /**
     * @param floor  cosine at which evidence begins (strength 0)
     * @param full   cosine at which evidence is full (strength 1)
     * @param margin how much nearer than the next point a sentence must be to the point it is evidence for
     */
    public record Settings(double floor, double full, double margin) {
        /**
         * Chosen on the DEV procedural questions (Q2, Q8) and the guide concept probes only: with the
         * matcher's coverage threshold 0.55, a point is covered from cosine 0.40, 0.075 nearer than the
         * next point.
         */
        public static final Settings DEFAULT = new Settings(0.20, 0.56, 0.075);

        public Settings {
            if (!(full > floor)) {
                throw new IllegalArgumentException("full must exceed floor");
            }
        }
    }

    /**
     * What the encoder read in one answer.
     *
     * @param hits            evidence by meaning, in sentence order
     * @param referenceCosine cosine of the answer to the nearest model answer; NaN when the question
     *                        has none (or the answer has nothing to encode)
     */
    public record Reading(List<ConceptHit> hits, double referenceCosine) {
    }

    private record PointVectors(String conceptId, List<String> texts, List<float[]> vectors) {
    }

    /** A question's encoded rubric. */
    private record Compiled(List<PointVectors> points, List<float[]> references) {
    }

    private final SentenceEncoder encoder;
    private final Settings settings;
    private final ConceptMatcher.Settings matcher;
    private final QuestionCache<Compiled> cache = new QuestionCache<>(512);

    /** {@code matcher}: the lexical matcher's settings (coverage threshold, keyword-list factor). */
    public SemanticReader(SentenceEncoder encoder, Settings settings, ConceptMatcher.Settings matcher) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public Settings settings() {
        return settings;
    }

    /** Reads one answer: evidence by meaning per sentence, and the cosine to the nearest model answer. */
    public Reading read(Analysis analysis, Question q, ConceptMatch lexical) {
        Compiled c = compiled(q);
        List<Sentence> sentences = analysis.sentences();
        List<String> texts = new ArrayList<>(sentences.size() + 1);
        for (Sentence s : sentences) {
            texts.add(analysis.text().substring(s.begin(), s.end()));
        }
        boolean whole = sentences.size() > 1;
        if (whole) {
            texts.add(analysis.text());
        }
        List<float[]> vectors = encoder.encodeAll(texts);
        List<ConceptHit> hits = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            float[] v = vectors.get(si);
            if (v != null) {
                ConceptHit h = nearestPoint(v, c, sentences.get(si), texts.get(si), lexical);
                if (h != null) {
                    hits.add(h);
                }
            }
        }
        double ref = Double.NaN;
        float[] answer = vectors.isEmpty() ? null : vectors.get(whole ? vectors.size() - 1 : 0);
        if (answer != null) {
            for (float[] r : c.references()) {
                ref = Double.isNaN(ref) ? SentenceEncoder.cosine(answer, r) : Math.max(ref, SentenceEncoder.cosine(answer, r));
            }
        }
        return new Reading(hits, ref);
    }

    /** The evidence a sentence gives its nearest point, or null. */
    private ConceptHit nearestPoint(float[] v, Compiled c, Sentence s, String text, ConceptMatch lexical) {
        PointVectors nearest = null;
        int nearestText = -1;
        double first = -1;
        double second = -1;
        for (PointVectors p : c.points()) {
            int bestText = -1;
            double best = -1;
            for (int k = 0; k < p.vectors().size(); k++) {
                double cos = SentenceEncoder.cosine(v, p.vectors().get(k));
                if (cos > best) {
                    best = cos;
                    bestText = k;
                }
            }
            if (best > first) {
                second = first;
                first = best;
                nearest = p;
                nearestText = bestText;
            } else if (best > second) {
                second = best;
            }
        }
        double strength = strength(first);
        if (ConceptMatcher.isKeywordList(s)) {
            strength *= matcher.keywordListFactor();
        }
        if (nearest == null || first - Math.max(0, second) < settings.margin()
                || strength < matcher.coverageThreshold() || unreadable(s, lexical, nearest.conceptId())) {
            return null;
        }
        return new ConceptHit(nearest.conceptId(), strength, s.index(), s.begin(), s.end(), text, false,
                nearest.texts().get(nearestText) + String.format(Locale.ROOT, " (cosine %.2f)", first),
                ConceptHit.Source.MEANING);
    }

    /** Strength for a cosine: 0 at the floor, 1 at full, linear between. */
    double strength(double cosine) {
        double s = (cosine - settings.floor()) / (settings.full() - settings.floor());
        return Math.max(0, Math.min(1, s));
    }

    /** A sentence with a negation in it, unless the lexical matcher found the point there plainly. */
    private static boolean unreadable(Sentence s, ConceptMatch lexical, String conceptId) {
        for (ConceptHit h : lexical.hits()) {
            if (h.sentence() == s.index() && h.conceptId().equals(conceptId) && !h.negated()) {
                return false;
            }
        }
        for (boolean n : NegationScope.of(s.tokens())) {
            if (n) {
                return true;
            }
        }
        return false;
    }

    private Compiled compiled(Question q) {
        return cache.get(q, this::compile);
    }

    private Compiled compile(Question q) {
        List<PointVectors> points = new ArrayList<>();
        for (Concept concept : q.concepts()) {
            List<String> texts = new ArrayList<>();
            String label = concept.label() == null ? "" : concept.label().strip();
            if (!label.isEmpty()) {
                texts.add(label);
            }
            for (String p : concept.phrasings()) {
                if (!p.isBlank() && !texts.contains(p.strip())) {
                    texts.add(p.strip());
                }
            }
            if (texts.size() > 1) {
                texts.add(label.isEmpty() ? String.join("; ", concept.phrasings())
                        : label + ": " + String.join("; ", concept.phrasings()));
            }
            List<String> kept = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            List<float[]> encoded = encoder.encodeAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                if (encoded.get(i) != null) {
                    kept.add(texts.get(i));
                    vectors.add(encoded.get(i));
                }
            }
            if (!kept.isEmpty()) {
                points.add(new PointVectors(concept.id(), List.copyOf(kept), List.copyOf(vectors)));
            }
        }
        List<String> refs = new ArrayList<>();
        for (ModelAnswer m : q.modelAnswers()) {
            if (m.text() != null) {
                refs.add(m.text());
            }
        }
        List<float[]> references = new ArrayList<>();
        for (float[] r : encoder.encodeAll(refs)) {
            if (r != null) {
                references.add(r);
            }
        }
        return new Compiled(List.copyOf(points), List.copyOf(references));
    }
}
