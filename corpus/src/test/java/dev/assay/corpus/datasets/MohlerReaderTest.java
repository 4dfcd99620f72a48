package dev.assay.corpus.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.AnswerRecord;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real Mohler set from ../shared and checks it against its PROVENANCE.md. */
class MohlerReaderTest {

    private static ImportedDataset set;
    private static DatasetPart part;

    @BeforeAll
    static void read() throws IOException {
        set = PublicDataset.MOHLER.read();
        part = set.part(MohlerReader.NAME);
    }

    @Test
    void has81ActiveQuestionsAnd2273Answers() {
        assertEquals(1, set.parts().size());
        assertEquals(81, part.bank().questions().size());
        assertEquals(2273, part.answers().size());
        for (String excluded : List.of("4.6", "4.7", "8.5", "9.5", "9.7", "12.3")) {
            assertTrue(part.bank().question(excluded).isEmpty(), excluded);
        }
        assertEquals(81, Counts.distinctQuestions(set.records()));
        Set<String> ids = new HashSet<>();
        set.records().forEach(r -> assertTrue(ids.add(r.id()), "repeated id " + r.id()));
    }

    @Test
    void splitsAreThe12Assignments() {
        Map<String, Long> bySplit = Counts.by(set.records(), AnswerRecord::split);
        assertEquals(12, bySplit.size());
        for (int a = 1; a <= 12; a++) {
            assertTrue(bySplit.containsKey("a" + a), "a" + a);
        }
        set.records().forEach(r -> assertEquals(MohlerReader.assignment(r.questionId()), r.split()));
        assertEquals("a12", MohlerReader.assignment("12.10"));
        assertThrows(IllegalArgumentException.class, () -> MohlerReader.assignment("Q1"));
    }

    @Test
    void meanGoldIs418() {
        double mean = set.records().mapToDouble(AnswerRecord::grade).average().orElseThrow();
        assertEquals(4.18, mean, 0.005);
        set.records().forEach(r -> {
            assertTrue(r.grade() >= 0 && r.grade() <= 5, r.id());
            assertNull(r.label());
        });
    }

    @Test
    void firstAnswerOfQuestion1_1() {
        AnswerRecord r = part.answers().get(0).record();
        assertEquals("mohler-1.1-1", r.id());
        assertEquals("1.1", r.questionId());
        assertEquals("High risk problems are address in the prototype program to make sure that the program is "
                + "feasible.  A prototype may also be used to show a company that the software can be possibly "
                + "programmed.", r.text());
        assertEquals(3.5, r.grade());
        assertEquals("a1", r.split());
        assertEquals(1, r.line());
    }

    @Test
    void textsHaveNoBreakTagsOrEntities() {
        set.records().forEach(r -> {
            assertFalse(r.text().contains("<br>"), r.id());
            assertFalse(r.text().contains("&gt;") || r.text().contains("&lt;"), r.id());
        });
        assertTrue(set.records().anyMatch(r -> r.text().contains("->") || r.text().contains("<")),
                "decoded &gt;/&lt; somewhere");
    }

    @Test
    void questionCarriesPromptInstructorAnswerAndDerivedConcepts() {
        Question q = part.bank().question("1.3").orElseThrow();
        assertEquals("What are the main advantages associated with object-oriented programming?", q.prompt());
        assertEquals(QuestionKind.SHORT_ANSWER, q.kind());
        assertEquals(0, q.scale().min());
        assertEquals(5, q.scale().max());
        assertEquals(1, q.modelAnswers().size());
        assertEquals(MohlerReader.MODEL_ANSWER_ID, q.modelAnswers().get(0).id());
        assertEquals("Abstraction and reusability.", q.modelAnswers().get(0).text());
        assertEquals(List.of(new Concept("c1", "Abstraction", 1, List.of("Abstraction"), false, null),
                new Concept("c2", "reusability", 1, List.of("reusability"), false, null)), q.concepts());
    }
}
