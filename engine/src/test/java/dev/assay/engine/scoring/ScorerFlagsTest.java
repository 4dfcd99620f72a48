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
        assertEquals(0.2, Scorer.withFlags(0.05, shortFlag, QuestionKind.PROCEDURAL, 4), 1e-9, "the floor still holds");
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

    @Test
    void anAnswerAboutItsQuestionEarnsAtLeastTheScalesFirstStep() {
        Set<Flag> none = EnumSet.noneOf(Flag.class);
        assertEquals(0.2, Scorer.withFlags(0.0, none, QuestionKind.BEHAVIORAL, 60), 1e-9, "no story: 1 of 5");
        assertEquals(0.2, Scorer.withFlags(0.1, none, QuestionKind.PROCEDURAL, 60), 1e-9);
        assertEquals(0.35, Scorer.withFlags(0.35, none, QuestionKind.PROCEDURAL, 60), 1e-9, "above it: unchanged");
        assertEquals(0.2, Scorer.withFlags(0.0, EnumSet.of(Flag.KEYWORD_STUFFING), QuestionKind.PROCEDURAL, 30), 1e-9,
                "a keyword list: the raters' 1");
        assertEquals(true, Scorer.floored(0.0, none, QuestionKind.BEHAVIORAL, 60));
        assertEquals(false, Scorer.floored(0.35, none, QuestionKind.BEHAVIORAL, 60));
        // and not where a 0 means something else
        for (Flag f : new Flag[] {Flag.EMPTY, Flag.OFF_TOPIC, Flag.NOT_ENGLISH}) {
            assertEquals(0, Scorer.withFlags(0.0, EnumSet.of(f), QuestionKind.BEHAVIORAL, 60), 1e-9, f.name());
            assertEquals(false, Scorer.floored(0.0, EnumSet.of(f), QuestionKind.BEHAVIORAL, 60), f.name());
        }
        assertEquals(0.0, Scorer.withFlags(0.0, none, QuestionKind.SHORT_ANSWER, 12), 1e-9,
                "reference-answer questions: a wrong answer is worth 0 to their graders");
        assertEquals(false, Scorer.floored(0.0, none, QuestionKind.SHORT_ANSWER, 12));
    }
}
