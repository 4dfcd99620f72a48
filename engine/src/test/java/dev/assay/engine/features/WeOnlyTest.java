package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.Grader;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Flag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code we_only}: a complete story told only as "we" earns at most 3 of 5, the raters' grade for it. */
class WeOnlyTest {

    static Grader grader;

    /** Complete, ordered and quantified: 5 of 5 when the teller says what they did. */
    static final String STORY = "Last March our payment service started timing out during the evening peak. %s on call"
            + " for the checkout platform that week. %s checked the dashboards, found that the connection pool was"
            + " exhausted, killed the long-running report query and raised the pool size. Errors fell from 30%% to zero"
            + " within fifteen minutes, and the next day %s moved the reports to a replica.";

    @BeforeAll
    static void load() {
        grader = new Grader(BundledBanks.interview());
    }

    @Test
    void aStoryToldAsWeThroughoutIsCappedAtThreeWithAFlagAndAdvice() {
        Evaluation we = grader.grade("we", "Q1", STORY.formatted("We were", "We", "we"));
        assertTrue(we.flags().contains(Flag.WE_ONLY), we.flags().toString());
        assertEquals(1.0, we.features().get(Features.WE_ONLY));
        assertEquals(3.0, we.score(), we.toString());
        assertTrue(we.feedback().stream().anyMatch(s -> s.startsWith("You tell the story as \"we\" throughout")),
                we.feedback().toString());
    }

    @Test
    void oneIAnywhereSaysWhoseStoryItIs() {
        Evaluation mixed = grader.grade("i", "Q1", STORY.formatted("I was", "We", "we"));
        assertFalse(mixed.flags().contains(Flag.WE_ONLY), mixed.flags().toString());
        assertEquals(0.0, mixed.features().get(Features.WE_ONLY));
        assertTrue(mixed.score() > 3.0, mixed.toString());
    }

    @Test
    void stepsWithoutSubjectsAndKnowledgeAnswersAreNotWeStories() {
        // a step list with no subject at all is the teller's (others_deeds reads it so too)
        Evaluation steps = grader.grade("s", "Q1", "Situation: checkout timed out at peak. Task: on call. Action: Checked"
                + " dashboards -> found pool exhaustion -> killed the report query -> raised the pool size. Result:"
                + " errors fell from 30% to zero in 15 minutes.");
        assertFalse(steps.flags().contains(Flag.WE_ONLY), steps.flags().toString());
        // a procedural answer in "we" is how teams describe a process, not a story: no flag
        Evaluation procedural = grader.grade("p", "Q8", "First we check what changed recently and roll it back if it"
                + " lines up. Then we look at traces to find which service adds the latency, and we scale out or shed"
                + " load while we dig into the database and the caches.");
        assertFalse(procedural.flags().contains(Flag.WE_ONLY), procedural.flags().toString());
    }
}
