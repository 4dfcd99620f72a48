package dev.assay.engine.features;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.analysis.Token;
import dev.assay.engine.concepts.Antonyms;
import dev.assay.engine.concepts.NegationScope;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contradiction cues against the closest reference answer (most content lemmas in common, F1). Word
 * overlap cannot tell "terminal 1 is not connected to the positive terminal" from "terminal 1 is
 * connected to the positive terminal"; these features can:
 *
 * <ul>
 *   <li>{@value Features#POLARITY_MISMATCH}: 1 when a content lemma the answer shares with the reference
 *       is negated on one side only (see {@link #polarity}), else 0;</li>
 *   <li>{@value Features#ANTONYM_CONFLICT}: 1 when the answer has a WordNet antonym of a reference
 *       word it lacks, with the same polarity ("closed path" against "open path"; "not open" is no
 *       conflict), else 0.</li>
 * </ul>
 *
 * Tuning features only: the default weights give them nothing. References are analysed, and their
 * antonyms looked up, once per question. Thread-safe.
 */
public final class ReferencePolarity {

    /** One reference answer: its content lemmas, each with whether it is negated, and their antonyms. */
    record Reference(Map<String, Boolean> negated, Map<String, List<String>> antonyms) {
    }

    private final TextAnalyzer analyzer;
    private final PerQuestion<List<Reference>> byQuestion = new PerQuestion<>();

    public ReferencePolarity(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Puts the two features into {@code f}; both 0 when the question has no reference answer. */
    public void extract(Question question, Analysis answer, Features f) {
        extract(question, answer, ReferenceOverlap.contentLemmas(answer), f);
    }

    /** The same, given the answer's {@link ReferenceOverlap#contentLemmas}, which the caller has already. */
    void extract(Question question, Analysis answer, Set<String> contentLemmas, Features f) {
        List<Reference> refs = byQuestion.get(question.id(), question.prompt(), () -> prepare(question));
        Map<String, Boolean> a = polarity(answer, contentLemmas);
        Reference closest = null;
        double best = 0;
        for (Reference r : refs) {
            int shared = 0;
            for (String w : r.negated().keySet()) {
                if (a.containsKey(w)) {
                    shared++;
                }
            }
            double f1 = 2.0 * shared / (r.negated().size() + a.size());
            if (f1 > best) {
                best = f1;
                closest = r;
            }
        }
        f.put(Features.POLARITY_MISMATCH, closest == null ? 0 : mismatch(a, closest));
        f.put(Features.ANTONYM_CONFLICT, closest == null ? 0 : antonymConflict(a, closest));
    }

    static double mismatch(Map<String, Boolean> answer, Reference ref) {
        for (Map.Entry<String, Boolean> e : ref.negated().entrySet()) {
            Boolean neg = answer.get(e.getKey());
            if (neg != null && neg != e.getValue()) {
                return 1;
            }
        }
        return 0;
    }

    static double antonymConflict(Map<String, Boolean> answer, Reference ref) {
        for (Map.Entry<String, List<String>> e : ref.antonyms().entrySet()) {
            if (answer.containsKey(e.getKey())) {
                continue;
            }
            for (String anti : e.getValue()) {
                if (!ref.negated().containsKey(anti) && answer.containsKey(anti)
                        && answer.get(anti).equals(ref.negated().get(e.getKey()))) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private List<Reference> prepare(Question q) {
        List<Reference> out = new ArrayList<>();
        for (ModelAnswer m : q.modelAnswers()) {
            if (m.text() == null || m.text().isBlank()) {
                continue;
            }
            Map<String, Boolean> neg = polarity(analyzer.analyze(m.text()));
            Map<String, List<String>> anti = new HashMap<>();
            neg.keySet().forEach(w -> {
                List<String> as = Antonyms.of(w);
                if (!as.isEmpty()) {
                    anti.put(w, as);
                }
            });
            out.add(new Reference(neg, anti));
        }
        return List.copyOf(out);
    }

    /**
     * The content lemmas (as {@link ReferenceOverlap} counts them), each true when a negation governs
     * it: the first content word in a negation's scope ("not connected", "no gap", "not in a closed
     * path"). Only that word: a clause's scope also covers words the negation does not deny ("not
     * connected to the positive terminal" does not deny the terminal).
     */
    static Map<String, Boolean> polarity(Analysis a) {
        return polarity(a, ReferenceOverlap.contentLemmas(a));
    }

    private static Map<String, Boolean> polarity(Analysis a, Set<String> content) {
        Map<String, Boolean> out = new HashMap<>();
        boolean[][] scopes = NegationScope.of(a); // computed by the concept matcher for the same answer
        for (int si = 0; si < scopes.length; si++) {
            List<Token> tokens = a.sentences().get(si).tokens();
            boolean[] scope = scopes[si];
            boolean pending = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (scope[i] && (i == 0 || !scope[i - 1])) {
                    pending = true;
                } else if (!scope[i]) {
                    pending = false;
                }
                String lemma = tokens.get(i).lemma();
                if (content.contains(lemma)) {
                    out.merge(lemma, pending, Boolean::logicalOr);
                    pending = false;
                }
            }
        }
        return out;
    }
}
