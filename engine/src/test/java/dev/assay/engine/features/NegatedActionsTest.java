package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.Grader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code negated_actions}: deeds told as not done, past the first, in the action part of a story. */
class NegatedActionsTest {

    static Grader grader;

    @BeforeAll
    static void load() {
        grader = new Grader(BundledBanks.interview());
    }

    private static double negatedActions(String story) {
        return grader.grade("t", "Q1", story).features().get(Features.NEGATED_ACTIONS);
    }

    private static final String SITUATION = "Our payment service started returning errors during the evening peak. "
            + "I was the on-call engineer for infrastructure that week. ";

    @Test
    void deedsNotDoneCountPastTheFirst() {
        assertEquals(1.0, negatedActions(SITUATION + "I didn't roll back the release because I wasn't sure it was the cause. "
                + "I didn't page anyone else since it was the weekend. We never wrote a post-mortem. "
                + "The errors stopped on their own after two hours."));
    }

    @Test
    void anActionPartOfThingsNotDoneEarnsNoActionCredit() {
        String story = SITUATION + "I didn't roll back the release because I wasn't sure it was the cause. "
                + "I didn't page anyone else since it was the weekend. We never wrote a post-mortem. "
                + "The errors stopped on their own after two hours.";
        java.util.Map<String, Double> f = grader.grade("t", "Q1", story).features();
        org.junit.jupiter.api.Assertions.assertTrue(f.get(Features.STAR_A) <= 0.5, f.toString());
        // one deed not done among deeds done keeps the part whole: a mistake owned is still a story
        java.util.Map<String, Double> owned = grader.grade("t", "Q1", SITUATION + "I didn't check the migration with"
                + " the DBA before running it. I rolled it back within ten minutes and paged the database team. We"
                + " added a review step for migrations. Errors fell to zero after the rollback.").features();
        assertEquals(1.0, owned.get(Features.STAR_A), owned.toString());
    }

    @Test
    void statesAbilitiesAndBackgroundAreNotDeeds() {
        // Each sentence negates something, none a deed (interview dev answers rated 4-5 say such things).
        assertEquals(0.0, negatedActions(SITUATION + "I wasn't the lead, but I checked the metrics and found the pool exhausted. "
                + "I didn't know the plain index locked the table, so I killed the migration. "
                + "We couldn't reproduce it locally, so I scaled the connections. "
                + "I'd never worked with that database before, so I asked the DBA to pair with me. "
                + "Service was restored in 15 minutes."));
    }

    @Test
    void aDeedReplacedInTheSameSentenceIsNotCounted() {
        assertEquals(0.0, negatedActions(SITUATION + "I didn't restart the database blindly; instead I checked the slow query log. "
                + "I didn't blame the team, rather I asked what the dashboards showed. "
                + "Service was restored in 15 minutes."));
    }
}
