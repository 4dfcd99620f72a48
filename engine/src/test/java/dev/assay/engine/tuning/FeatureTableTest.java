package dev.assay.engine.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.evaluation.Flag;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureTableTest {

    @TempDir
    Path dir;

    private static final Question Q = new Question("q1", "Q", "Why?", null, QuestionKind.SHORT_ANSWER,
            new Scale(1, 3, List.of()), null, null, null, null);

    private static final GradedAnswer A = new GradedAnswer("a1", "q1", "Because.", 2.5, "Correct", "train", "a1");
    private static final GradedAnswer B = new GradedAnswer("a2", "q1", "", 1, null, "train", "a2");

    private static FeatureTable table() {
        return new FeatureTable(List.of(
                new FeatureTable.Row(A, Q, Map.of("cosine", 0.123456789, "bm25_norm", 0.5),
                        EnumSet.of(Flag.TOO_SHORT), 2.25, 0.7),
                new FeatureTable.Row(B, Q, Map.of("cosine", 0.0), EnumSet.of(Flag.EMPTY), 1, 1)));
    }

    @Test
    void theHumanGradeIsAShareOfTheQuestionsScale() {
        FeatureTable.Row r = table().rows().get(0);
        assertEquals(0.75, r.humanShare(), 1e-12);
        assertEquals(2.5, r.toScale(0.75), 1e-12);
        assertEquals(1, r.toScale(0), 1e-12);
    }

    @Test
    void saveThenLoadKeepsTheEngineFindings() throws Exception {
        Path f = dir.resolve("cache/features.jsonl");
        table().save(f, "k1");
        FeatureTable back = FeatureTable.load(f, "k1", List.of(A, B), Map.of("q1", Q)).orElseThrow();
        assertEquals(2, back.rows().size());
        FeatureTable.Row r = back.rows().get(0);
        assertEquals(A, r.answer());
        assertEquals(0.123456789, r.features().get("cosine"), 0, "doubles round-trip exactly");
        assertEquals(0.5, r.features().get("bm25_norm"));
        assertEquals(EnumSet.of(Flag.TOO_SHORT), r.flags());
        assertEquals(2.25, r.defaultScore());
        assertEquals(0.7, r.defaultConfidence());
        assertEquals(EnumSet.of(Flag.EMPTY), back.rows().get(1).flags());
    }

    @Test
    void aCacheOfOtherDataOrEngineIsNotUsed() throws Exception {
        Path f = dir.resolve("features.jsonl");
        table().save(f, "k1");
        assertTrue(FeatureTable.load(f, "k2", List.of(A, B), Map.of("q1", Q)).isEmpty(), "other key");
        GradedAnswer c = new GradedAnswer("a3", "q1", "new", 2, null, null, "a3");
        assertTrue(FeatureTable.load(f, "k1", List.of(A, c), Map.of("q1", Q)).isEmpty(), "an answer it lacks");
        assertTrue(FeatureTable.load(f, "k1", List.of(A), Map.of()).isEmpty(), "a question the bank lacks");
        assertTrue(FeatureTable.load(dir.resolve("none.jsonl"), "k1", List.of(A), Map.of("q1", Q)).isEmpty());
    }

    @Test
    void loadFollowsTheOrderOfTheAnswersGiven() throws Exception {
        Path f = dir.resolve("features.jsonl");
        table().save(f, "k1");
        FeatureTable back = FeatureTable.load(f, "k1", List.of(B, A), Map.of("q1", Q)).orElseThrow();
        assertEquals("a2", back.rows().get(0).answer().id());
        assertTrue(Files.readString(f).startsWith("{\"key\":\"k1\"}"));
    }
}
