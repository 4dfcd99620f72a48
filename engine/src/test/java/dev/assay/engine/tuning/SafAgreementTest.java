package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.datasets.DatasetPart;
import dev.assay.corpus.datasets.ImportedAnswer;
import dev.assay.corpus.datasets.PublicDataset;
import dev.assay.engine.Grader;
import dev.assay.engine.agreement.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement regression on a fixed split: SAF v2.0 English (read from ../shared at run time), weights
 * fitted on the training split only (with the nearest-graded-answers feature), measured on the
 * unseen-answers and unseen-questions splits, points against the tutors' points. The same figures as
 * {@code ./assay tune --bank saf/bank.yaml --answers saf/answers.jsonl --train-split train --group-by
 * answer} (benchmarks/AGREEMENT.md). A change that hurts agreement beyond the tolerance fails.
 */
class SafAgreementTest {

    static final double TOLERANCE = 0.02;

    static Tuner.Result result;

    @BeforeAll
    static void tune() throws Exception {
        DatasetPart saf = PublicDataset.SAF.read().parts().get(0);
        List<GradedAnswer> answers = new ArrayList<>();
        for (ImportedAnswer a : saf.answers()) {
            AnswerRecord r = a.record();
            answers.add(new GradedAnswer(r.id(), r.questionId(), r.text(), r.grade(), r.label(), r.split(), r.id()));
        }
        FeatureTable table = FeatureTable.extract(new Grader(saf.bank()), answers, 2);
        result = new Tuner(new Tuner.Options(5, true, "train", 0.1, 42)).run(table);
    }

    @Test
    void heldOutSplitsAgreeAsRecorded() {
        Agreement ua = result.heldOut().get("unseen_answers").agreement();
        Agreement uq = result.heldOut().get("unseen_questions").agreement();
        System.out.println(Agreement.header());
        System.out.println(ua.row("SAF unseen_answers"));
        System.out.println(uq.row("SAF unseen_questions"));
        System.out.println(String.format(Locale.ROOT, "labels UA %s", result.heldOut().get("unseen_answers").labels()));
        assertEquals(375, ua.n());
        assertEquals(479, uq.n());
        assertEquals(UA_PEARSON, ua.pearson(), TOLERANCE, "UA Pearson");
        assertEquals(UA_RMSE, ua.rmse(), TOLERANCE, "UA RMSE");
        assertEquals(UQ_PEARSON, uq.pearson(), TOLERANCE, "UQ Pearson");
        assertEquals(UQ_RMSE, uq.rmse(), TOLERANCE, "UQ RMSE");
    }

    // Recorded with the engine of this commit (see benchmarks/AGREEMENT.md).
    static final double UA_PEARSON = 0.930;
    static final double UA_RMSE = 0.269;
    static final double UQ_PEARSON = 0.330;
    static final double UQ_RMSE = 0.545;
}
