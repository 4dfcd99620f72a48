package dev.assay.corpus.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.GoldSegment;
import dev.assay.rubric.model.StarLabel;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real set from ../shared (located by Datasets) and checks it against its README. */
class InterviewSetTest {

    private static InterviewSet set;

    @BeforeAll
    static void load() throws IOException {
        set = InterviewSet.load();
    }

    @Test
    void readsAll130AnswersInFileOrder() {
        List<InterviewAnswer> answers = set.answers();
        assertEquals(130, answers.size());
        assertEquals("ia-001", answers.get(0).id());
        assertEquals("ia-130", answers.get(129).id());
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i + 1, answers.get(i).answer().line(), "line of " + answers.get(i).id());
        }
    }

    @Test
    void firstAnswerHasItsFields() {
        AnswerRecord a = set.answer("ia-001").answer();
        assertEquals("Q1", a.questionId());
        assertTrue(a.text().startsWith("Last November, two days before Black Friday, our product search"));
        assertEquals(1187, a.text().length());
        assertEquals(new GoldSegment(0, 175, StarLabel.S), a.segments().get(0));
        assertTrue(a.segments().get(0).of(a.text()).endsWith("2 million subscribers."));
    }

    @Test
    void segmentsOnlyOnBehaviouralQuestions() {
        Set<String> behavioural = Set.of("Q1", "Q3", "Q4", "Q5", "Q6", "Q7");
        int segmented = 0;
        int spans = 0;
        for (InterviewAnswer a : set.answers()) {
            boolean hasSegments = !a.answer().segments().isEmpty();
            assertEquals(behavioural.contains(a.questionId()), hasSegments, a.id());
            segmented += hasSegments ? 1 : 0;
            spans += a.answer().segments().size();
        }
        assertEquals(83, segmented);
        assertEquals(459, spans);
    }

    @Test
    void everyAnswerHasBothRatersGrades() {
        assertEquals(List.of("C", "D"), set.raters());
        for (InterviewAnswer a : set.answers()) {
            assertEquals(Set.of("C", "D"), a.grades().keySet(), a.id());
        }
        assertEquals(375, set.answers().stream().mapToInt(a -> a.grade("C").orElseThrow().score()).sum());
        assertEquals(373, set.answers().stream().mapToInt(a -> a.grade("D").orElseThrow().score()).sum());
    }

    @Test
    void pointsAreKeptAsStringsAndMeansAverageTheRaters() {
        assertEquals(List.of("S", "A"), set.answer("ia-003").grade("C").orElseThrow().points());
        assertEquals(List.of("1", "2", "4"), set.answer("ia-020").grade("D").orElseThrow().points());
        assertEquals(5.0, set.answer("ia-001").meanScore());
        assertEquals(1.5, set.answer("ia-098").meanScore()); // C 2, D 1
    }

    @Test
    void splitIsByQuestionAndCoversTheSet() {
        assertTrue(InterviewSet.isTest("Q34"));
        assertFalse(InterviewSet.isTest("Q1"));
        assertTrue(InterviewSet.isDev("Q8"));
        assertEquals(81, set.dev().size());
        assertEquals(49, set.test().size());
        Set<String> ids = new HashSet<>();
        set.dev().forEach(a -> ids.add(a.id()));
        set.test().forEach(a -> assertTrue(ids.add(a.id()), "in both splits: " + a.id()));
        assertEquals(130, ids.size());
        assertEquals(12, set.question("Q34").size());
    }
}
