package dev.assay.engine.scoring;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.concepts.ConceptHit;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.MisconceptionHit;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evidence;
import dev.assay.engine.features.ConceptCredit;
import dev.assay.engine.features.Features;
import dev.assay.engine.star.Segment;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Lays the score out as criteria, each with its weight, credit and the evidence behind it. */
public final class CriteriaBuilder {

    private final ConceptCredit credit;

    public CriteriaBuilder(ConceptCredit credit) {
        this.credit = credit;
    }

    /** At most this many evidence spans per criterion: the strongest, in text order. */
    static final int MAX_EVIDENCE = 3;

    public List<Criterion> build(Question question, Analysis analysis, List<Segment> segments, ConceptMatch match,
                                 Features f, Map<String, Double> weights) {
        List<Criterion> out = new ArrayList<>();
        // Each part's weight in the score: the STAR feature's weight shared by the rubric's section weights.
        double starWeight = weights.getOrDefault(Features.STAR_COMPLETENESS, 0.0);
        double starTotal = question.structure().star().stream().mapToDouble(StarSection::weight).sum();
        double conceptWeight = weights.getOrDefault(Features.CONCEPT_COVERAGE, 0.0);
        double conceptTotal = question.concepts().stream().mapToDouble(Concept::weight).sum();
        for (StarSection section : question.structure().star()) {
            StarLabel l = section.label();
            List<Evidence> ev = segments.stream().filter(s -> s.label() == l)
                    .map(s -> new Evidence(sentenceAt(analysis, s.begin()), s.begin(), s.end(),
                            analysis.text().substring(s.begin(), s.end()), round(s.confidence()), false))
                    .limit(MAX_EVIDENCE).toList();
            out.add(new Criterion("star." + l.name(), l.title(), "star", round(starWeight * section.weight() / starTotal),
                    round(f.get(Features.star(l))), ev));
        }
        for (Concept c : question.concepts()) {
            // Several phrasings often hit the same words: keep each span once, at its strongest.
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<Evidence> ev = match.hits().stream().filter(h -> h.conceptId().equals(c.id()))
                    .sorted(Comparator.comparingDouble(ConceptHit::strength).reversed())
                    .filter(h -> seen.add(h.begin() + ":" + h.end() + ":" + h.negated()))
                    .limit(MAX_EVIDENCE)
                    .sorted(Comparator.comparingInt(ConceptHit::begin))
                    .map(h -> new Evidence(h.sentence(), h.begin(), h.end(), h.matchedText(), round(h.strength()),
                            h.negated(), h.semantic() ? h.phrasing() : null))
                    .toList();
            out.add(new Criterion(c.id(), c.label(), "concept", round(conceptWeight * c.weight() / conceptTotal),
                    round(credit.of(match, c.id())), ev));
        }
        for (Misconception m : question.misconceptions()) {
            List<Evidence> ev = match.misconceptions().stream().filter(h -> h.misconceptionId().equals(m.id()))
                    .limit(MAX_EVIDENCE)
                    .map(h -> new Evidence(h.sentence(), h.begin(), h.end(), h.matchedText(), round(h.strength()),
                            h.negated()))
                    .toList();
            boolean stated = credit.stated(match, m.id());
            out.add(new Criterion(m.id(), m.label(), "misconception", m.penalty(), stated ? m.penalty() : 0, ev));
        }
        // The other weighted features, each as a line of the explanation.
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            String name = w.getKey();
            if (name.equals(ScoringWeights.INTERCEPT) || name.equals(Features.STAR_COMPLETENESS)
                    || name.equals(Features.CONCEPT_COVERAGE) || name.equals(Features.MISCONCEPTION_PENALTY)
                    || w.getValue() == 0) {
                continue;
            }
            // a tuned term may be a feature's square root: its credit is the term's value, as the score uses it
            out.add(new Criterion(name, label(name), "feature", w.getValue(), round(FeatureTerm.value(name, f::get)),
                    List.of()));
        }
        return out;
    }

    private static String label(String term) {
        if (term.startsWith("sqrt(") && term.endsWith(")")) {
            return "square root of: " + Features.label(term.substring(5, term.length() - 1));
        }
        return Features.label(term);
    }

    private static int sentenceAt(Analysis analysis, int offset) {
        return analysis.sentences().stream().filter(s -> s.end() > offset).findFirst()
                .map(dev.assay.engine.analysis.Sentence::index).orElse(Math.max(0, analysis.sentences().size() - 1));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
