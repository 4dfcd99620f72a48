package dev.assay.corpus.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.AnswerRecord;
import dev.assay.rubric.model.Question;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real SAF v2.0 zip from ../shared; counts from its PROVENANCE.md. */
class SafReaderTest {

    private static ImportedDataset set;
    private static DatasetPart part;

    @BeforeAll
    static void read() throws IOException {
        set = PublicDataset.SAF.read();
        part = set.part(SafReader.NAME);
    }

    private static Stream<AnswerRecord> split(String split) {
        return set.records().filter(r -> r.split().equals(split));
    }

    private static void assertSplit(String split, long questions, long answers, long correct, long partial,
                                    long incorrect) {
        assertEquals(questions, Counts.distinctQuestions(split(split)), split + " questions");
        assertEquals(answers, split(split).count(), split + " answers");
        assertEquals(Map.of("Correct", correct, "Partially correct", partial, "Incorrect", incorrect),
                Counts.by(split(split), AnswerRecord::label), split);
    }

    @Test
    void countsPerSplit() {
        assertSplit(SafReader.TRAIN, 26, 2127, 1315, 702, 110);
        assertSplit(SafReader.UNSEEN_ANSWERS, 26, 375, 240, 114, 21);
        assertSplit(SafReader.UNSEEN_QUESTIONS, 5, 479, 247, 190, 42);
        assertEquals(31, part.bank().questions().size());
        assertEquals(2981, part.answers().size());
    }

    @Test
    void idsAreUniqueThoughSafReusesSome() {
        Set<String> ids = new HashSet<>();
        set.records().forEach(r -> assertTrue(ids.add(r.id()), "repeated id " + r.id()));
        assertTrue(ids.contains("saf-train-1.6.313") && ids.contains("saf-unseen_answers-1.6.313"));
    }

    @Test
    void scaleIsZeroToTheHighestScoreOfTheQuestion() {
        assertEquals(2.5, part.bank().question("1.6").orElseThrow().scale().max());
        assertEquals(3.5, part.bank().question("2.4").orElseThrow().scale().max());
        assertEquals(2.0, part.bank().question("1.2").orElseThrow().scale().max());
        assertEquals(0.5, part.bank().question("4.3").orElseThrow().scale().max());
        for (ImportedAnswer a : part.answers()) {
            Question q = part.bank().question(a.record().questionId()).orElseThrow();
            assertTrue(a.record().grade() >= 0 && a.record().grade() <= q.scale().max(), a.record().id());
            assertNotNull(a.feedback(), a.record().id());
        }
    }

    @Test
    void oneAnswerWithItsFields() {
        ImportedAnswer a = part.answers().stream().filter(x -> x.record().id().equals("saf-unseen_answers-6.1_IPP.23"))
                .findFirst().orElseThrow();
        AnswerRecord r = a.record();
        assertEquals("6.1_IPP", r.questionId());
        assertEquals("more/larger addresses; multicasting; mobility; better security; simplification of the protocol",
                r.text());
        assertEquals(1.0, r.grade());
        assertEquals("Correct", r.label());
        assertEquals("The response correctly answers objectives of IPv6.", a.feedback());
        Question q = part.bank().question("6.1_IPP").orElseThrow();
        assertEquals("What are the objectives of IPv6? Please state at least 4 objectives.", q.prompt());
        assertEquals("6.1_IPP.a1", q.modelAnswers().get(0).id());
        assertTrue(q.modelAnswers().get(0).text().startsWith("To support billions of end-systems.\nTo reduce"));
        assertTrue(q.concepts().stream().anyMatch(c -> c.label().equals("support billions end-systems")),
                q.concepts().toString());
    }
}
