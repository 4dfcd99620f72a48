package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.Grader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A result "has a number" when it counts something, not when it says "one of the crew". */
class QuantifiedResultTest {

    static Grader grader;

    static final String STORY = "Last March our payment service started timing out during the evening peak. I was on"
            + " call for the checkout platform that week. I checked the dashboards, found that the connection pool was"
            + " exhausted, killed the long-running report query and raised the pool size. %s";

    @BeforeAll
    static void load() {
        grader = new Grader(BundledBanks.interview());
    }

    private static double quantified(String result) {
        return grader.grade("q", "Q1", STORY.formatted(result)).features().get(Features.QUANTIFIED_RESULT);
    }

    @Test
    void aCountIsANumberButOneOfTheTeamIsNot() {
        assertEquals(1.0, quantified("After that the incidents went down to one a month."));
        assertEquals(1.0, quantified("Errors fell from 30% to zero within fifteen minutes."));
        // after two reviewers' answers (r10-15, r11-08): mostly context, then "I dealt with it" - rated 2, scored 4
        assertEquals(0.0, quantified("In the end one of the engineers thanked me and the rest of the week was okay."));
        assertEquals(0.0, quantified("In the end no one complained again and the service was fine."));
        // a reviewer's thin story: "After that there were far fewer double bookings" earned the number
        assertEquals(0.0, quantified("After that there were far fewer double bookings."));
        assertEquals(1.0, quantified("After that we could double the throughput on the same hardware."));
    }
}
