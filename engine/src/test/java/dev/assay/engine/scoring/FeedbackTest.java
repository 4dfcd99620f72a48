package dev.assay.engine.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.Grader;
import dev.assay.engine.evaluation.Evaluation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feedback on behavioural answers, read as a candidate would read it. */
class FeedbackTest {

    static Grader grader;

    @BeforeAll
    static void load() {
        grader = new Grader(BundledBanks.interview());
    }

    @Test
    void aPointsExampleIsNotItsOwnLabelAgain() {
        // an imported SemEval bank's derived point: "Cover battery: e.g. battery." said nothing
        assertEquals("Cover battery.", FeedbackWriter.cover(new dev.assay.rubric.model.Concept("c1", "battery", 1,
                List.of("Battery"), false, null)));
        assertEquals("Cover battery: e.g. closed path.", FeedbackWriter.cover(new dev.assay.rubric.model.Concept("c1",
                "battery", 1, List.of("battery", "closed path"), false, null)));
    }

    @Test
    void anAnswerWithNoStoryIsAskedForOneOccasionAndEveryPart() {
        Evaluation e = grader.grade("f1", "Q3", "I always believe communication is key. I'm a people person and "
                + "I think most conflicts come from misunderstandings, so I try to listen and stay positive.");
        List<String> star = e.feedback().stream().filter(s -> s.contains("story")).toList();
        assertEquals(1, star.size(), e.feedback().toString());
        String f = star.get(0);
        assertTrue(f.startsWith("You do not yet tell a story about one real occasion: pick one, then set the scene"), f);
        assertTrue(f.contains("say what your own part was") && f.contains("walk through the steps")
                && f.contains("say what changed"), f);
        // each part in the rubric's own words for this question, where it has them
        assertTrue(f.contains("(what was your role, and what did you need to achieve?)"), f);
    }

    @Test
    void aStoryWithoutAResultIsToldWhatIsThereAndWhatToAdd() {
        Evaluation e = grader.grade("f2", "Q1", "Last March our checkout API started returning errors for a third of "
                + "requests during the evening peak. I was the on-call engineer that night, so it was my job to "
                + "restore service. I checked the dashboards, saw the errors began with the 18:00 deploy, and rolled "
                + "it back. Then I opened an incident channel and kept support updated every fifteen minutes.");
        assertTrue(e.feedback().stream().anyMatch(s -> s.startsWith("You describe the situation, your own task and "
                + "your actions but not the result: say what changed")), e.feedback().toString());
    }
}
