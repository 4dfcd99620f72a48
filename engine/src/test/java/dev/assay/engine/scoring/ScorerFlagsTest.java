package dev.assay.engine.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.engine.evaluation.Flag;
import dev.assay.rubric.model.QuestionKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flags' rules on the share of the scale. */
class ScorerFlagsTest {

    @Test
    void aTooShortAnswerIsCappedInProportionToItsLength() {
        Set<Flag> shortFlag = EnumSet.of(Flag.TOO_SHORT);
        // "SYN, SYN-ACK, ACK." names every step and still cannot earn a complete answer's score
        assertEquals(0.2 + 0.8 * 4 / 25.0, Scorer.withFlags(0.9, shortFlag, QuestionKind.PROCEDURAL, 4), 1e-9);
        assertEquals(0.3, Scorer.withFlags(0.3, shortFlag, QuestionKind.PROCEDURAL, 4), 1e-9, "under the cap: kept");
        assertEquals(0.9, Scorer.withFlags(0.9, EnumSet.noneOf(Flag.class), QuestionKind.PROCEDURAL, 4), 1e-9);
        assertEquals(0.9, Scorer.withFlags(0.9, shortFlag, QuestionKind.SHORT_ANSWER, 4), 1e-9,
                "reference-answer questions: a one-line answer can be complete");
    }

    @Test
    void emptyOffTopicAndCopiedKeepTheirRules() {
        assertEquals(0, Scorer.withFlags(0.9, EnumSet.of(Flag.EMPTY), QuestionKind.SHORT_ANSWER, 0), 1e-9);
        assertEquals(0, Scorer.withFlags(0.9, EnumSet.of(Flag.OFF_TOPIC), QuestionKind.BEHAVIORAL, 80), 1e-9);
        assertEquals(0.2, Scorer.withFlags(0.9, EnumSet.of(Flag.COPIED_REFERENCE), QuestionKind.BEHAVIORAL, 80), 1e-9);
    }
}
