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

    /** A course question in the seed's numbered-points form (a teacher's review, session 8). */
    private static final String EXAM_BANK = "## Q1: Explain step by step what the operating system does when a page "
            + "fault occurs\n### Answer:\n"
            + "1. **Trap to the kernel:** The MMU finds the page table entry invalid/not present and raises a page fault exception\n"
            + "2. **Check the address:** The kernel checks that the virtual address is legal for the process\n"
            + "3. **Find a free frame:** Take a frame from the free list, or choose a victim page with the replacement algorithm\n"
            + "4. **Read the page from disk:** Schedule disk I/O to load the page from the swap space or file into the frame\n"
            + "5. **Update the page table:** Set the frame number and the valid bit, flush the TLB entry\n"
            + "6. **Restart the instruction:** Return from the trap and re-execute the faulting instruction\n\n"
            + "## Q3: Name and explain the four necessary conditions for deadlock\n"
            + "### Answer:\n"
            + "1. **Mutual exclusion:** At least one resource can be held by only one process at a time\n"
            + "2. **Hold and wait:** A process holds a resource while waiting for another\n"
            + "3. **No preemption:** A resource cannot be taken away from the process holding it\n"
            + "4. **Circular wait:** A cycle of processes exists, each waiting for a resource held by the next\n"
            + "5. **All four needed:** Deadlock can only happen when all four conditions hold at once; breaking one prevents it\n"
            + "\n**Example answer:** \"" + "Deadlock needs mutual exclusion, where a resource is held by one process at a "
            + "time; hold and wait, where a process keeps a resource while waiting for another; no preemption, so a "
            + "resource cannot be taken away; and circular wait, a cycle of processes each waiting for the next. All "
            + "four must hold at once, so breaking any one prevents deadlock.\"\n";

    @Test
    void aKnowledgeAnswerIsToldWhatItRulesOutNotWhatItDidNotDo() {
        Grader exam = new Grader(dev.assay.rubric.markdown.MarkdownBankImporter.importBank("os.md", EXAM_BANK).bank());
        Evaluation e = exam.grade("s17", "Q3",
                "Mutual exclusion is not needed for deadlock. Hold and wait and circular wait are the important ones.");
        assertTrue(e.feedback().stream().anyMatch(f -> f.startsWith("You mention mutual exclusion only to rule it out.")),
                e.feedback().toString());
        assertEquals(List.of("There is no answer to grade: answer the question in a few sentences."),
                exam.grade("s11", "Q3", "").feedback());
        assertTrue(exam.grade("s03", "Q3", "mutual exclusion, hold, wait, preemption, circular, cycle, deadlock, "
                + "resource, process, lock").feedback().get(0)
                .equals("Listing terms is not an answer: write sentences that explain each point, and why it matters."));
    }

    @Test
    void aLowScoreOnAFullAnswerWhoseWordsTheMatcherDoesNotKnowIsUncertain() {
        Grader exam = new Grader(dev.assay.rubric.markdown.MarkdownBankImporter.importBank("os.md", EXAM_BANK).bank());
        // right, in plain words the rubric never uses: few points found, so the low score must reach a person
        Evaluation plain = exam.grade("s05", "Q1", "The hardware notices that the page the program wants isn't in RAM "
                + "and hands control to the operating system. The OS makes sure the program was actually allowed to touch "
                + "that address. Then it finds room in memory, kicking out some other page if it has to (saving it first "
                + "if it was modified), loads the missing page from the disk, marks it as present in the table, and lets "
                + "the program try that same instruction again.");
        double coverage = plain.features().get("concept_coverage");
        assertTrue(coverage < ConfidenceEstimator.LOW_COVERAGE, "coverage " + coverage);
        assertTrue(plain.confidence() <= 0.5 + coverage + 1e-9, plain.score() + " / " + plain.confidence());
        // a near copy of the key is either copied or exactly right: a person decides
        Evaluation copy = exam.grade("s02", "Q3", "Deadlock needs mutual exclusion, where a resource is held by one "
                + "process at a time; hold and wait, where a process keeps a resource while waiting for another; no "
                + "preemption, so a resource cannot be taken away; and circular wait, a cycle of processes each waiting "
                + "for the next. All four must hold at once, so breaking any one prevents deadlock.");
        assertTrue(copy.flags().contains(dev.assay.engine.evaluation.Flag.COPIED_REFERENCE), copy.flags().toString());
        assertTrue(copy.confidence() <= 0.5, "confidence " + copy.confidence());
    }

    @Test
    void aLongAnswerWithPartOfItsPointsFoundIsRoutedToAPerson() {
        // a school exam officer's review: good plain-word procedures scored 2.0-2.3 of 5 with confidence 0.67-0.70,
        // barely below the right ones; on the guide banks such answers were within a point half the time
        Grader exam = new Grader(dev.assay.rubric.markdown.MarkdownBankImporter.importBank("os.md", EXAM_BANK).bank());
        Evaluation partial = exam.grade("s06", "Q1", "When the program touches a page that is not in memory the hardware"
                + " raises a page fault and the operating system takes over. It checks that the address is valid for"
                + " the process, picks a free frame or evicts a victim page, and reads the missing page in from the"
                + " disk. Then it lets the instruction run again, and the program carries on as if nothing happened,"
                + " only a little slower than usual.");
        double coverage = partial.features().get("concept_coverage");
        assertTrue(coverage >= ConfidenceEstimator.LOW_COVERAGE && coverage < ConfidenceEstimator.PARTIAL_COVERAGE,
                "coverage " + coverage);
        assertTrue(partial.confidence() <= 0.5, partial.score() + " / " + partial.confidence());
    }
}
