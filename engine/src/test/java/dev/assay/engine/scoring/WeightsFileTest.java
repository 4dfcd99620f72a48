package dev.assay.engine.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.rubric.model.QuestionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {

    @TempDir
    Path dir;

    private static Map<QuestionKind, Map<String, Double>> kind(QuestionKind k, Map<String, Double> w) {
        Map<QuestionKind, Map<String, Double>> m = new EnumMap<>(QuestionKind.class);
        m.put(k, new LinkedHashMap<>(w));
        return m;
    }

    private static final ConfidenceTable CONFIDENCE = new ConfidenceTable(0.2,
            List.of(new ConfidenceTable.Bin(0.5, 12, 0.6), new ConfidenceTable.Bin(1.0, 30, 0.9)));

    /** A document as tune writes it, with a nearest-graded model. */
    private static ObjectNode document() {
        ObjectNode d = WeightsFile.mapper().createObjectNode();
        d.put("format", WeightsFile.FORMAT);
        d.put("id", "tuned-x");
        d.set("weights", WeightsFile.toJson(kind(QuestionKind.SHORT_ANSWER, Map.of("_intercept", 0.1, "cosine", 0.4))));
        d.set("confidence", WeightsFile.toJson(CONFIDENCE));
        ScoringWeights nearest = new ScoringWeights("tuned-x",
                kind(QuestionKind.SHORT_ANSWER, Map.of("_intercept", 0.05, "nearest_grade", 0.8)),
                new ConfidenceTable(0.2, List.of(new ConfidenceTable.Bin(1.0, 40, 0.75))));
        d.set("nearest_graded", WeightsFile.toJson(new WeightsFile.NearestGraded(nearest, List.of("Correct", "Incorrect"),
                List.of(new WeightsFile.TrainingAnswer("a1", "q1", "Because \"TCP\" is reliable.", 2.5, "Correct"),
                        new WeightsFile.TrainingAnswer("a2", "q1", "", 0, null)))));
        return d;
    }

    private Path write(String json) throws IOException {
        Path f = dir.resolve("w.json");
        Files.writeString(f, json);
        return f;
    }

    private IOException failure(String json) throws IOException {
        Path f = write(json);
        return assertThrows(IOException.class, () -> WeightsFile.read(f));
    }

    private static String edited(String from, String to) {
        String json = document().toString();
        assertTrue(json.contains(from), from);
        return json.replace(from, to);
    }

    @Test
    void readsTheWeightsOfEachKind() throws Exception {
        ScoringWeights w = WeightsFile.read(write("{\"format\": \"assay-weights/1\", \"id\": \"t\","
                + " \"weights\": {\"short_answer\": {\"_intercept\": 0.1, \"cosine\": 0.4}}}")).weights();
        assertEquals("t", w.id());
        assertEquals(0.4, w.byKind().get(QuestionKind.SHORT_ANSWER).get("cosine"));
        assertEquals(ScoringWeights.defaults().forKind(QuestionKind.BEHAVIORAL), w.forKind(QuestionKind.BEHAVIORAL),
                "a kind the file does not tune keeps the defaults");
        assertNull(w.confidence(), "no table: the heuristic confidence");
    }

    @Test
    void aTruncatedFileIsNamedWithItsPlace() throws Exception {
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> WeightsFile.read(write("{\"format\": \"assay-weights/1\",\n \"id\": \"t\",\n \"wei")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("line 3, column")
                && e.getMessage().contains("not valid JSON") && !e.getMessage().contains("REDACTED"), e.getMessage());
    }

    @Test
    void writeThenReadGivesTheSameModels() throws Exception {
        Path f = dir.resolve("sub/w.json");
        WeightsFile.write(document(), f);
        WeightsFile.Loaded l = WeightsFile.read(f);
        assertEquals("tuned-x", l.weights().id());
        assertEquals(Map.of("_intercept", 0.1, "cosine", 0.4), l.weights().byKind().get(QuestionKind.SHORT_ANSWER));
        assertEquals(CONFIDENCE, l.weights().confidence());
        WeightsFile.NearestGraded n = l.nearest();
        assertEquals(Map.of("_intercept", 0.05, "nearest_grade", 0.8), n.weights().byKind().get(QuestionKind.SHORT_ANSWER));
        assertEquals(l.weights().forKind(QuestionKind.PROCEDURAL), n.weights().forKind(QuestionKind.PROCEDURAL),
                "kinds without a nearest-graded fit score as the features-only weights");
        assertEquals(0.75, n.weights().confidence().at(0.3));
        assertEquals(List.of("Correct", "Incorrect"), n.labels());
        assertEquals(List.of(new WeightsFile.TrainingAnswer("a1", "q1", "Because \"TCP\" is reliable.", 2.5, "Correct"),
                new WeightsFile.TrainingAnswer("a2", "q1", "", 0, null)), n.answers());
    }

    @Test
    void aFileWithoutTheNearestGradedModelHasNone() throws Exception {
        ObjectNode d = document();
        d.remove("nearest_graded");
        Path f = dir.resolve("w.json");
        WeightsFile.write(d, f);
        assertNull(WeightsFile.read(f).nearest());
    }

    @Test
    void aKindWhoseWeightsAreNotAnObjectIsNamed() throws Exception {
        IOException e = failure("{\"format\": \"assay-weights/1\", \"id\": \"t\", \"weights\": {\"short_answer\": 0.4}}");
        assertTrue(e.getMessage().contains(dir.resolve("w.json") + ": weights.short_answer must be an object"),
                e.getMessage());
    }

    @Test
    void aMissingConfidenceBinFieldIsAnErrorNotZero() throws Exception {
        IOException e = failure(edited("\"p\":0.9", "\"q\":0.9"));
        assertEquals(dir.resolve("w.json") + ": confidence.bins[1].p is missing", e.getMessage());
    }

    @Test
    void aConfidenceBinFieldOfTheWrongTypeIsNamed() throws Exception {
        IOException e = failure(edited("\"n\":12", "\"n\":\"12\""));
        assertEquals(dir.resolve("w.json") + ": confidence.bins[0].n must be an integer, not \"12\"", e.getMessage());
        e = failure(edited("\"tolerance\":0.2,\"bins\":[{\"up_to\":0.5", "\"tolerance\":0.2,\"bins\":[{\"up_to\":null"));
        assertTrue(e.getMessage().endsWith("confidence.bins[0].up_to must be a number, not null"), e.getMessage());
    }

    @Test
    void aMissingToleranceOrEmptyBinsAreErrors() throws Exception {
        assertTrue(failure(edited("\"tolerance\":0.2,\"bins\":[{\"up_to\":0.5", "\"bins\":[{\"up_to\":0.5"))
                .getMessage().endsWith(": confidence.tolerance is missing"));
        String json = document().put("confidence", "high").toString();
        assertTrue(failure(json).getMessage().endsWith(": confidence must be an object"));
    }

    @Test
    void aWeightThatIsNotANumberIsNamed() throws Exception {
        IOException e = failure(edited("\"cosine\":0.4", "\"cosine\":\"0.4\""));
        assertEquals(dir.resolve("w.json") + ": weights.short_answer.cosine must be a number, not \"0.4\"",
                e.getMessage());
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        ObjectNode d = document();
        d.remove("id");
        assertTrue(failure(d.toString()).getMessage().endsWith(": id is missing"));
        d = document();
        d.remove("weights");
        assertTrue(failure(d.toString()).getMessage().endsWith(": weights is missing"));
    }

    @Test
    void theGradedAnswersOfTheNearestGradedModelAreChecked() throws Exception {
        IOException e = failure(edited("\"grade\":2.5", "\"mark\":2.5"));
        assertEquals(dir.resolve("w.json") + ": nearest_graded.answers[0].grade is missing", e.getMessage());
        e = failure(edited("\"text\":\"\"", "\"text\":7"));
        assertTrue(e.getMessage().endsWith(": nearest_graded.answers[1].text must be a string, not 7"), e.getMessage());
        e = failure(edited("\"nearest_grade\":0.8", "\"nearest_grade\":[0.8]"));
        assertTrue(e.getMessage().endsWith(": nearest_graded.weights.short_answer.nearest_grade must be a number, not [0.8]"),
                e.getMessage());
    }

    @Test
    void anUnknownFormatVersionIsAnError() throws Exception {
        IOException e = failure(edited("assay-weights/2", "assay-weights/9"));
        assertTrue(e.getMessage().startsWith(dir.resolve("w.json") + ": format: unknown version \"assay-weights/9\""),
                e.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsNotAWeightsFile() throws Exception {
        IOException e = failure("{\"title\": \"a bank\"}");
        assertTrue(e.getMessage().contains("is not an Assay weights file"), e.getMessage());
        assertTrue(failure("[1, 2]").getMessage().contains("is not an Assay weights file"));
    }
}
