package dev.assay.engine;

import dev.assay.corpus.Datasets;
import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.model.QuestionBank;
import java.util.ArrayList;
import java.util.List;

/**
 * Development harness: score agreement with the raters' mean on the DEV questions of the interview
 * set only (Q1, Q2, Q3, Q4, Q5, Q8), default weights, overall and per question. Test answers are
 * never graded here. Run: java -cp … dev.assay.engine.DevScoreMain [rows]
 */
public final class DevScoreMain {
    public static void main(String[] args) throws Exception {
        InterviewSet set = InterviewSet.load(Datasets.dataset("interview-answers"));
        QuestionBank bank = BankReader.load(Datasets.dataset("interview-answers").resolve("bank.md")).orElseThrow();
        Grader grader = new Grader(bank);
        List<double[]> rows = new ArrayList<>();
        java.util.Map<String, List<double[]>> byQ = new java.util.TreeMap<>();
        for (InterviewAnswer a : set.answers()) {
            if (!InterviewSet.isDev(a.questionId())) {
                continue;
            }
            Evaluation e = grader.grade(a.id(), a.questionId(), a.answer().text());
            double[] r = {e.score(), a.meanScore()};
            rows.add(r);
            byQ.computeIfAbsent(a.questionId(), k -> new ArrayList<>()).add(r);
            if (args.length > 0 && args[0].equals("rows")) {
                System.out.printf(java.util.Locale.ROOT, "%s %s human %.1f engine %.2f%n", a.id(), a.questionId(), a.meanScore(), e.score());
            }
        }
        System.out.println(Agreement.header());
        System.out.println(of(rows).row("engine vs raters, dev"));
        byQ.forEach((q, r) -> System.out.println(of(r).row(q)));
    }

    static Agreement of(List<double[]> rows) {
        return Agreement.of(rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray(), 0, 5);
    }
}
