package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.datasets.DatasetPart;
import dev.assay.corpus.datasets.ImportedAnswer;
import dev.assay.corpus.datasets.PublicDataset;
import dev.assay.engine.Grader;
import dev.assay.engine.agreement.LabelAgreement;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement regression on SemEval-2013 Task 7's fixed splits, 3-way labels (read from ../shared at run
 * time): label model fitted on the training split only (with the nearest-graded-answers and word
 * features), measured once on each test split. The same figures as {@code ./assay tune --bank
 * semeval/bank-<part>.yaml --answers semeval/answers-<part>.jsonl --train-split train --folds 5
 * --group-by answer --lambda 0.001} (benchmarks/AGREEMENT.md). A change that hurts beyond the
 * tolerance fails; so does one that helps, until the recorded figures are updated with it.
 */
class SemEvalAgreementTest {

    static final double TOLERANCE = 0.01;

    static Map<String, DatasetPart> parts;

    @BeforeAll
    static void read() throws Exception {
        parts = PublicDataset.SEMEVAL.read().parts().stream().collect(Collectors.toMap(DatasetPart::name, p -> p));
    }

    static Tuner.Result tune(DatasetPart part) throws InterruptedException {
        Map<String, Question> questions = part.bank().questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<GradedAnswer> answers = new ArrayList<>();
        for (ImportedAnswer a : part.answers()) {
            AnswerRecord r = a.record();
            // As `tune` reads a label-only answer: the middle of its band is its grade.
            double grade = questions.get(r.questionId()).scale().bands().stream()
                    .filter(b -> b.name().equals(r.label())).mapToDouble(b -> Math.round((b.min() + b.max()) / 2))
                    .findFirst().orElseThrow();
            answers.add(new GradedAnswer(r.id(), r.questionId(), r.text(), grade, r.label(), r.split(), r.id()));
        }
        FeatureTable table = FeatureTable.extract(new Grader(part.bank()), answers, 2);
        return new Tuner(new Tuner.Options(5, true, "train", 0.001, 42)).run(table);
    }

    static void check(Tuner.Result r, String split, int n, double accuracy, double macroF1) {
        LabelAgreement a = r.heldOut().get(split).labels();
        System.out.println(a.row(split));
        assertEquals(n, a.n(), split + " n");
        assertEquals(accuracy, a.accuracy(), TOLERANCE, split + " accuracy");
        assertEquals(macroF1, a.macroF1(), TOLERANCE, split + " macro-F1");
    }

    @Test
    void beetleHeldOutSplitsAgreeAsRecorded() throws Exception {
        Tuner.Result r = tune(parts.get("beetle"));
        check(r, "test-unseen-answers", 439, 0.722, 0.709);
        check(r, "test-unseen-questions", 819, 0.562, 0.523);
    }

    @Test
    void sciEntsBankHeldOutSplitsAgreeAsRecorded() throws Exception {
        Tuner.Result r = tune(parts.get("sciEntsBank"));
        check(r, "test-unseen-answers", 540, 0.741, 0.688);
        check(r, "test-unseen-questions", 733, 0.682, 0.491);
        check(r, "test-unseen-domains", 4562, 0.687, 0.500);
    }
}
