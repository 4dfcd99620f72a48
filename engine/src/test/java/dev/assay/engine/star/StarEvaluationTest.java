package dev.assay.engine.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rubric.model.StarLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarEvaluationTest {

    @Test
    void countsNonWhitespaceCharactersIntoTheConfusionMatrix() {
        String text = "aaa bb cc";
        List<Segment> gold = List.of(new Segment(StarLabel.S, 0, 3, 1), new Segment(StarLabel.A, 4, 9, 1));
        List<Segment> pred = List.of(new Segment(StarLabel.S, 0, 6, 1)); // "cc" uncovered: O
        StarEvaluation e = new StarEvaluation().add(text, gold, pred);
        assertEquals(7, e.total());
        assertEquals(3, e.count(StarLabel.S, StarLabel.S));
        assertEquals(2, e.count(StarLabel.A, StarLabel.S));
        assertEquals(2, e.count(StarLabel.A, StarLabel.O));
        assertEquals(3.0 / 5, e.precision(StarLabel.S), 1e-9);
        assertEquals(1.0, e.recall(StarLabel.S), 1e-9);
        assertEquals(0.0, e.f1(StarLabel.A), 1e-9);
        assertEquals((0.75 + 0 + 0 + 0) / 4, e.macroF1(), 1e-9);
        assertTrue(e.render("t").contains("macro-F1"));
    }

    @Test
    void perfectAgreementScoresOne() {
        String text = "We had an outage. I was on call. I fixed it. It was back.";
        List<Segment> gold = List.of(new Segment(StarLabel.S, 0, 17, 1), new Segment(StarLabel.T, 18, 32, 1),
                new Segment(StarLabel.A, 33, 45, 1), new Segment(StarLabel.R, 46, 58, 1));
        StarEvaluation e = new StarEvaluation().add(text, gold, gold);
        assertEquals(1.0, e.macroF1(), 1e-9);
        assertEquals(1.0, e.accuracy(), 1e-9);
    }
}
