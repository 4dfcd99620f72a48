package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.Grader;
import dev.assay.engine.evaluation.Evaluation;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code others_deeds}: a story whose deeds are mostly another person's earns action credit for the candidate's only. */
class OthersDeedsTest {

    static Grader grader;

    @BeforeAll
    static void load() {
        grader = new Grader(BundledBanks.interview());
    }

    @Test
    void aColleaguesStoryToldAsOnesOwnKeepsOnlyTheCandidatesShareOfTheAction() {
        // after a reviewer's answer (r6-05): every finding and fix was Priya's; the candidate ran the smoke tests
        Evaluation e = grader.grade("t", "Q1", "Our release was scheduled for a Friday. On Wednesday my colleague Priya "
                + "noticed that some orders were being saved with an empty delivery address. She investigated the logs, "
                + "found the cause in the new address validation, and went straight to our manager. She then worked "
                + "with the backend team on the fix and wrote the new automated tests for it. I was in the same team "
                + "and after the fix was deployed I ran the usual smoke tests on staging. The release went out on "
                + "Monday with no problems.");
        Map<String, Double> f = e.features();
        // in the action part Priya investigated, found, went, worked, wrote (the coordinated deeds share her); I ran
        assertEquals(5 / 6.0, f.get(Features.OTHERS_DEEDS), 1e-3, f.toString()); // features are kept to 3 decimals
        assertTrue(f.get(Features.STAR_A) <= 1 / 6.0 + 1e-3, f.toString());
        assertTrue(e.feedback().get(0).startsWith("Most of what is done in your story is done by someone else"),
                e.feedback().toString());
    }

    @Test
    void othersWhoSpeakOrHelpDoNotTakeTheStoryFromTheCandidate() {
        // a conflict story (interview dev ia-035, raters 3): the other engineer talks and changes, the candidate acts
        Map<String, Double> f = grader.grade("t", "Q3", "A backend engineer on my team kept merging changes to a shared "
                + "library without telling the teams that used it, and two of my services broke in one week. I went to "
                + "him directly and explained the impact with links to the two incidents. He said he didn't know who "
                + "depended on the library, so I helped him add a CODEOWNERS file and set up a changelog. There were no "
                + "more surprise breakages that quarter, and he started tagging me on reviews.").features();
        assertEquals(0.0, f.get(Features.OTHERS_DEEDS), f.toString());
        // and a story of one's own deeds with a named colleague in it
        Map<String, Double> own = grader.grade("t", "Q1", "Checkout errors spiked during the evening peak. I was on "
                + "call. I rolled back the release, paged Maria from the database team and she confirmed the lock. I "
                + "killed the blocking query and added an alert. Errors fell to zero in ten minutes.").features();
        assertEquals(0.0, own.get(Features.OTHERS_DEEDS), own.toString());
    }

    @Test
    void stepsToldWithoutIAreTheTellersAndOthersInTheResultAreTheOutcome() {
        // after a reviewer's answer (r9-09, rated 5): its action is an arrow chain with no "I", and the client's
        // going home is the result; it had read as a story of someone else's deeds (5 -> 1.5)
        Map<String, Double> f = grader.grade("t", "Q1", "Situation: Our checkout API failed for a third of requests "
                + "during the evening peak; Maria from support escalated it to me. Task: As the on-call engineer I had "
                + "to restore service. Action: Checked the dashboards -> found the 18:00 deploy -> rolled it back -> "
                + "paged the database team -> added an alert. Result: She closed the customer tickets within an hour "
                + "and he wrote the status update; errors fell to zero in ten minutes.").features();
        assertEquals(0.0, f.get(Features.OTHERS_DEEDS), f.toString());
        assertEquals(1.0, f.get(Features.STAR_A), f.toString());
    }

    @Test
    void aMentoringStoryIsTheMentorsWhenTheirCoordinatedDeedsAreCounted() {
        // the mentee's struggles set the scene and her progress is the result; "I set up … and walked her through"
        // are two deeds of the teller's, not one
        Map<String, Double> f = grader.grade("t", "Q3", "A new graduate, Priya, joined my team and struggled with our "
                + "test suite. She kept breaking the build and she stopped asking questions. I set up two pairing "
                + "sessions a week with her and walked her through how our integration tests work. After a month she "
                + "wrote the tests for the billing service herself and she presented them at our guild meeting.")
                .features();
        assertEquals(0.0, f.get(Features.OTHERS_DEEDS), f.toString());
    }

    @Test
    void whatOthersDidInTheSituationIsTheProblemNotTheirStory() {
        // a conflict story: the colleague's deeds make the problem; the teller's action is short but theirs
        Map<String, Double> f = grader.grade("t", "Q3", "Last spring a senior colleague, Mark, rejected my design in "
                + "front of the whole team. He called it naive and he refused to review my pull requests after that. "
                + "I asked him for a one-to-one. We agreed on a shared checklist for reviews, and our next two releases "
                + "went out with no rework.").features();
        assertEquals(0.0, f.get(Features.OTHERS_DEEDS), f.toString());
    }

    @Test
    void aColleaguesWorkToldAsTheSituationCountsWhenTheTellerDidLittle() {
        // after a reviewer's answer (r10-08, rated 2, scored 3.52): the safety advisor's deeds are the situation,
        // the teller "helped by moving the drainage work back"
        Map<String, Double> f = grader.grade("t", "Q1", "I was the assistant engineer on a housing site. Our safety"
                + " advisor, Mark, did a spot check, found that the trench was over 1.5 metres deep with no shoring and"
                + " stopped the job there. He called the contractor, ordered trench boxes and briefed the crew. I helped by"
                + " moving the drainage work back in the programme. The boxes went in the next day and we lost one day.")
                .features();
        assertTrue(f.get(Features.OTHERS_DEEDS) > 0.5, f.toString());
        // one colleague's deed in the situation is the problem the teller then solves
        Map<String, Double> own = grader.grade("t", "Q3", "A senior colleague, Mark, rejected my design review in public."
                + " I asked him for a private coffee, listened to his concerns, agreed to add his failure cases and invited"
                + " him to review early drafts. The design was approved in one week.").features();
        assertEquals(0.0, own.get(Features.OTHERS_DEEDS), own.toString());
    }
}
