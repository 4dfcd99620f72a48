package dev.assay.engine.star;

import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarLabel;
import java.util.List;
import java.util.Map;

/**
 * Development harness. {@code dev}: per-answer diffs and the DEV table. {@code test}: the TEST
 * table only (aggregate figures, for the final report). Add {@code nocues} to run without the bank.
 */
public final class StarHarness {

    public static void main(String[] args) throws Exception {
        boolean test = List.of(args).contains("test");
        boolean verbose = List.of(args).contains("verbose");
        Map<String, Question> bank = List.of(args).contains("nocues") ? null : StarData.bank();
        InterviewSet set = StarData.load();
        if (List.of(args).contains("profile") && bank != null) {
            for (Question q : bank.values()) {
                System.out.println(q.id() + " " + q.structure().star().stream()
                        .map(x -> x.label() + ":" + x.cues().size() + "/" + (x.example() != null)).toList()
                        + " " + StarSegmenter.RubricProfile.of(q).lemmas());
            }
        }
        StarSegmenter seg = new StarSegmenter();
        if (test) {
            System.out.println(StarData.evaluate(seg, set, StarData.TEST, bank).render("TEST (Q6, Q7)"));
            return;
        }
        StarEvaluation dev = new StarEvaluation();
        for (InterviewAnswer a : set.answers()) {
            if (!StarData.DEV.contains(a.questionId())) {
                continue;
            }
            String text = a.answer().text();
            List<Segment> pred = seg.segment(TextAnalyzer.shared().analyze(text),
                    bank == null ? null : bank.get(a.questionId()));
            List<Segment> gold = StarData.gold(a);
            StarEvaluation one = new StarEvaluation().add(text, gold, pred);
            dev.addAll(one);
            if (List.of(args).contains("story")) {
                var an = TextAnalyzer.shared().analyze(text);
                boolean allO = gold.stream().allMatch(g -> g.label() == StarLabel.O);
                System.out.printf("story %s %6.2f %s%n", a.id(), StarFeatures.storyEvidence(StarFeatures.read(StarSegmenter.units(an), text)),
                        allO ? "ALL-O" : "");
            }
            if (verbose && one.accuracy() < 0.999) {
                System.out.printf("===== %s %s acc %.2f%n", a.id(), a.questionId(), one.accuracy());
                for (Segment g : gold) {
                    // predicted labels over this gold span
                    StringBuilder p = new StringBuilder();
                    for (Segment s : pred) {
                        if (s.end() > g.begin() && s.begin() < g.end()) {
                            p.append(s.label()).append(String.format("%.2f ", s.confidence()));
                        }
                    }
                    String mark = p.toString().startsWith(g.label().name()) && p.length() <= 6 ? "  " : "XX";
                    System.out.printf("%s %s <- %-12s| %s%n", mark, g.label(), p,
                            text.substring(g.begin(), g.end()).replace('\n', '⏎'));
                }
            }
        }
        System.out.println(dev.render("DEV (Q1, Q3, Q4, Q5)"));
        for (String id : args) {
            if (id.startsWith("ia-")) {
                InterviewAnswer a = set.answer(id);
                String text = a.answer().text();
                var an = TextAnalyzer.shared().analyze(text);
                var units = StarSegmenter.units(an);
                System.out.printf("%s story %.2f%n", id, StarFeatures.storyEvidence(StarFeatures.read(units, text)));
                var prof = bank == null ? StarSegmenter.RubricProfile.EMPTY
                        : StarSegmenter.RubricProfile.of(bank.get(a.questionId()));
                for (int i = 0; i < units.size(); i++) {
                    var u = units.get(i);
                    double[] e = StarFeatures.score(StarFeatures.UnitText.of(u, text), i, units.size(), prof);
                    var cl = StarFeatures.Clause.of(u.tokens());
                    System.out.printf("  S%5.1f T%5.1f A%5.1f R%5.1f O%5.1f [%c %s %c] %s%n", e[0], e[1], e[2], e[3], e[4],
                            cl.subject, cl.verbLemma, cl.tense, text.substring(u.begin(), u.end()));
                }
            }
        }
    }
}
