package dev.assay.engine.star;

import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Question;
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
    }
}
