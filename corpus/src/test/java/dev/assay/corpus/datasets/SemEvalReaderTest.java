package dev.assay.corpus.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.AnswerRecord;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real SemEval-2013 Task 7 zip from ../shared; counts from its PROVENANCE.md. */
class SemEvalReaderTest {

    private static ImportedDataset set;

    @BeforeAll
    static void read() throws IOException {
        set = PublicDataset.SEMEVAL.read();
    }

    private static Stream<AnswerRecord> records(String corpus, String split) {
        return set.part(corpus).answers().stream().map(ImportedAnswer::record).filter(r -> r.split().equals(split));
    }

    /** questions, answers, correct, contradictory, incorrect. */
    private static void assertSplit(String corpus, String split, long questions, long answers, long correct,
                                    long contradictory, long incorrect) {
        String what = corpus + " " + split;
        assertEquals(questions, Counts.distinctQuestions(records(corpus, split)), what + " questions");
        assertEquals(answers, records(corpus, split).count(), what + " answers");
        Map<String, Long> labels = Counts.by(records(corpus, split), AnswerRecord::label);
        assertEquals(Map.of("correct", correct, "contradictory", contradictory, "incorrect", incorrect), labels, what);
    }

    @Test
    void beetleCountsPerSplit() {
        assertSplit("beetle", SemEvalReader.TRAIN, 47, 3941, 1665, 1049, 1227);
        assertSplit("beetle", SemEvalReader.UNSEEN_ANSWERS, 47, 439, 176, 111, 152);
        assertSplit("beetle", SemEvalReader.UNSEEN_QUESTIONS, 9, 819, 344, 244, 231);
        assertEquals(0, records("beetle", SemEvalReader.UNSEEN_DOMAINS).count());
        assertEquals(56, set.part("beetle").bank().questions().size());
        assertEquals(5199, set.part("beetle").answers().size());
    }

    @Test
    void sciEntsBankCountsPerSplit() {
        assertSplit("sciEntsBank", SemEvalReader.TRAIN, 135, 4969, 2008, 499, 2462);
        assertSplit("sciEntsBank", SemEvalReader.UNSEEN_ANSWERS, 135, 540, 233, 58, 249);
        assertSplit("sciEntsBank", SemEvalReader.UNSEEN_QUESTIONS, 15, 733, 301, 64, 368);
        assertSplit("sciEntsBank", SemEvalReader.UNSEEN_DOMAINS, 46, 4562, 1917, 417, 2228);
        assertEquals(196, set.part("sciEntsBank").bank().questions().size());
        assertEquals(10804, set.part("sciEntsBank").answers().size());
    }

    @Test
    void twoWayLabelsJoinedForEveryAnswer() {
        set.answers().forEach(a -> {
            String three = a.record().label();
            assertEquals(three.equals("correct") ? "correct" : "incorrect", a.label2way(), a.record().id());
        });
    }

    @Test
    void idsAreUniqueAndNamedByCorpus() {
        Set<String> ids = new HashSet<>();
        for (DatasetPart p : set.parts()) {
            for (ImportedAnswer a : p.answers()) {
                assertTrue(a.record().id().startsWith("semeval-" + p.name() + "-"), a.record().id());
                assertTrue(ids.add(a.record().id()), "repeated id " + a.record().id());
                assertTrue(p.bank().question(a.record().questionId()).isPresent(), a.record().questionId());
                assertNull(a.record().grade());
            }
        }
    }

    @Test
    void beetleReferencesKeepTheirCategoryAndDeriveConcepts() {
        Question q = set.part("beetle").bank().question("BULB_C_VOLTAGE_EXPLAIN_WHY1").orElseThrow();
        assertEquals("Explain why you got a voltage reading of 1.5 for terminal 1 and the positive terminal.",
                q.prompt());
        assertEquals(List.of("answer204-best", "answer205-best", "answer206-minimal", "answer207-minimal",
                "answer207.NEW-minimal"), q.modelAnswers().stream().map(ModelAnswer::id).toList());
        assertEquals("Terminal 1 and the positive terminal are separated by the gap", q.modelAnswers().get(0).text());
        assertEquals(SemEvalReader.SCALE, q.scale());
        // "terminal", "1", "positive" are question words; "not" stays with its phrase.
        assertEquals(List.of("separated gap", "not connected", "connected negative battery",
                        "not separated negative battery", "battery", "different electrical states"),
                q.concepts().stream().map(Concept::label).toList());
        assertEquals(List.of(2.0, 2.0, 3.0, 4.0, 1.0, 3.0), q.concepts().stream().map(Concept::weight).toList());
    }

    @Test
    void sciEntsBankQuestionAndAnswer() {
        Question q = set.part("sciEntsBank").bank().question("EM_45b").orElseThrow();
        assertEquals(List.of(new ModelAnswer("EM_45b-a1", "The water was evaporated, leaving the salt.", null, null)),
                q.modelAnswers());
        assertEquals(List.of("evaporated", "leaving"), q.concepts().stream().map(Concept::label).toList());
        AnswerRecord r = set.part("sciEntsBank").answers().stream().map(ImportedAnswer::record)
                .filter(a -> a.id().equals("semeval-sciEntsBank-EM.45b.113.1")).findFirst().orElseThrow();
        assertEquals("EM_45b", r.questionId());
        assertEquals("Let the water evaporate and the salt is left behind.", r.text());
        assertEquals("correct", r.label());
        assertEquals(SemEvalReader.TRAIN, r.split());
    }

    @Test
    void labelScoresAndBands() {
        assertEquals(0, SemEvalReader.score("incorrect"));
        assertEquals(1, SemEvalReader.score("contradictory"));
        assertEquals(2, SemEvalReader.score("correct"));
        for (String label : SemEvalReader.LABELS_3WAY) {
            assertEquals(label, SemEvalReader.SCALE.bandOf(SemEvalReader.score(label)).orElseThrow().name());
        }
    }
}
