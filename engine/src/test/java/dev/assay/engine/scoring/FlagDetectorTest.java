package dev.assay.engine.scoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.features.Features;
import org.junit.jupiter.api.Test;

/** When an answer is too short: against a fixed length, or, for a reference-answer question, its model answer's. */
class FlagDetectorTest {

    private static Features answer(double words, double lengthRatio) {
        return new Features().put(Features.WORDS, words).put(Features.LENGTH_RATIO, lengthRatio).put(Features.OWN_TOPIC, 0.5)
                .put(Features.TOPIC_MARGIN, 0.3).put(Features.CONCEPT_COVERAGE, 0.5);
    }

    @Test
    void aReferenceAnswerQuestionsAnswerIsNotCalledOffTopicByWordOverlap() {
        // Mohler: the answers this flagged had a mean grade of 3.4 of 5
        Features f = answer(12, 0.8).put(Features.OWN_TOPIC, 0.0).put(Features.TOPIC_MARGIN, -0.1)
                .put(Features.CONCEPT_COVERAGE, 0.0);
        FlagDetector d = new FlagDetector();
        assertFalse(d.detect(f, false, true, false, true).contains(Flag.OFF_TOPIC));
        assertTrue(d.detect(f, false, true, false, false).contains(Flag.OFF_TOPIC), "an interview answer still is");
    }

    @Test
    void aOneSentenceAnswerAsLongAsItsReferenceIsNotTooShort() {
        // Beetle: "terminal 1 is not connected to the positive terminal" (9 words) against a 10-word reference
        FlagDetector d = new FlagDetector();
        assertFalse(d.detect(answer(9, 0.9), false, true, false, true).contains(Flag.TOO_SHORT));
        assertTrue(d.detect(answer(3, 0.3), false, true, false, true).contains(Flag.TOO_SHORT), "under half of it");
        assertTrue(d.detect(answer(9, 0.9), false, true, false, false).contains(Flag.TOO_SHORT),
                "an interview question wants more than a sentence");
    }
}
