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
import java.util.Locale;

/**
 * Development harness: score agreement with the raters' mean on the DEV questions of the interview
 * set only (Q1, Q2, Q3, Q4, Q5, Q8), default weights. Test answers are never graded here.
 * Run: java -cp … dev.assay.engine.DevScoreMain [rows]
 */
public final class DevScoreMain {

    public static void main(String[] args) throws Exception {
        InterviewSet set = InterviewSet.load(Datasets.dataset("interview-answers"));
        QuestionBank bank = BankReader.load(Datasets.dataset("interview-answers").resolve("bank.md")).orElseThrow();
        Grader grader = new Grader(bank);
        List<Double> engine = new ArrayList<>();
        List<Double> human = new ArrayList<>();
        for (InterviewAnswer a : set.answers()) {
            if (!InterviewSet.isDev(a.questionId())) {
                continue;
            }
            Evaluation e = grader.grade(a.id(), a.questionId(), a.answer().text());
            engine.add(e.score());
            human.add(a.meanScore());
            if (args.length > 0 && args[0].equals("rows")) {
                System.out.printf(Locale.ROOT, "%s %-3s human %.1f engine %.2f%n", a.id(), a.questionId(),
                        a.meanScore(), e.score());
            }
        }
        Agreement dev = Agreement.of(engine.stream().mapToDouble(Double::doubleValue).toArray(),
                human.stream().mapToDouble(Double::doubleValue).toArray(), 0, 5);
        System.out.println(Agreement.header());
        System.out.println(dev.row("engine vs raters, dev"));
    }
}
