package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.agreement.Agreement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model tune reports is the model grade and eval use: on an SAF excerpt (test resources,
 * saf-excerpt/SOURCE.md), tune fits on {@code train} with the nearest-graded-answers features; then
 * {@code eval --weights} must give tune's held-out figures exactly, both where the nearest-graded model
 * applies (unseen answers) and where only the features do (unseen questions), and {@code grade
 * --weights} must give the scores behind those figures.
 */
class TunedWeightsRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIGURES = {"n", "qwk", "pearson", "spearman", "rmse", "exact", "adjacent"};

    @TempDir
    static Path dir;

    static Path bank;
    static Path answers;
    static Path weights;
    static JsonNode document;
    static Map<String, JsonNode> graded = new HashMap<>();
    static String gradeErr;

    @BeforeAll
    static void tuneThenGrade() throws Exception {
        bank = Path.of(TunedWeightsRoundTripTest.class.getResource("/saf-excerpt/bank.yaml").toURI());
        answers = Path.of(TunedWeightsRoundTripTest.class.getResource("/saf-excerpt/answers.jsonl").toURI());
        weights = dir.resolve("w.json");
        CliRun tune = CliRun.of("tune", "--bank", bank.toString(), "--answers", answers.toString(), "--train-split",
                "train", "--folds", "5", "--group-by", "answer", "--threads", "2", "--out", weights.toString());
        assertEquals(0, tune.exitCode(), tune.err());
        document = JSON.readTree(weights.toFile());
        Path out = dir.resolve("graded.jsonl");
        CliRun grade = CliRun.of("grade", "--bank", bank.toString(), "--answers", answers.toString(), "--weights",
                weights.toString(), "--threads", "2", "-q", "--out", out.toString());
        assertEquals(0, grade.exitCode(), grade.err());
        gradeErr = grade.err();
        for (String line : Files.readAllLines(out)) {
            JsonNode e = JSON.readTree(line);
            graded.put(e.get("answer_id").asText(), e);
        }
    }

    private static JsonNode eval(String split) throws Exception {
        CliRun eval = CliRun.of("eval", "--bank", bank.toString(), "--answers", answers.toString(), "--weights",
                weights.toString(), "--split", split, "--threads", "2", "--json");
        assertEquals(0, eval.exitCode(), eval.err());
        return JSON.readTree(eval.out());
    }

    /** Agreement of grade's scores with the human grades, over the answers of one split. */
    private static Agreement ofGrade(String split) throws Exception {
        List<Double> e = new ArrayList<>();
        List<Double> h = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String line : Files.readAllLines(answers)) {
            JsonNode a = JSON.readTree(line);
            if (split.equals(a.get("split").asText())) {
                JsonNode ev = graded.get(a.get("id").asText());
                e.add(ev.get("score").asDouble());
                h.add(a.get("grade").asDouble());
                min = Math.min(min, ev.get("min").asDouble());
                max = Math.max(max, ev.get("max").asDouble());
            }
        }
        return Agreement.of(e.stream().mapToDouble(Double::doubleValue).toArray(),
                h.stream().mapToDouble(Double::doubleValue).toArray(), (int) Math.floor(min), (int) Math.ceil(max));
    }

    private static void assertSameFigures(JsonNode expected, JsonNode actual, String what) {
        for (String f : FIGURES) {
            assertEquals(expected.get(f).asDouble(), actual.get(f).asDouble(), 1e-12, what + ": " + f);
        }
    }

    @Test
    void theWeightsFileCarriesTheGradedTrainingAnswers() {
        JsonNode n = document.get("nearest_graded");
        assertEquals(60, n.get("answers").size(), "the 60 training answers");
        assertEquals(document.at("/data/training_answers").asInt(), n.get("answers").size());
        assertTrue(n.get("answers").get(0).get("id").asText().startsWith("saf-train-"));
        assertTrue(n.at("/weights/short_answer").has("nearest_grade"));
    }

    @Test
    void evalReproducesTunesFiguresWhereTheNearestGradedModelApplies() throws Exception {
        JsonNode eval = eval("unseen_answers");
        assertEquals(16, eval.get("nearest_graded_answers").asInt());
        assertEquals(0, eval.get("in_sample").asInt());
        assertSameFigures(document.at("/metrics/held_out/unseen_answers/after"), eval.get("all"), "unseen answers");
        assertEquals(document.at("/metrics/held_out/unseen_answers/after/labels/accuracy").asDouble(),
                eval.at("/all/labels/accuracy").asDouble(), 1e-12, "label accuracy");
    }

    @Test
    void evalReproducesTunesFiguresWhereOnlyTheFeaturesApply() throws Exception {
        JsonNode eval = eval("unseen_questions");
        assertEquals(0, eval.get("nearest_graded_answers").asInt());
        assertSameFigures(document.at("/metrics/held_out/unseen_questions/after"), eval.get("all"),
                "unseen questions");
    }

    @Test
    void gradeGivesTheScoresEvalMeasures() throws Exception {
        for (String split : List.of("unseen_answers", "unseen_questions")) {
            JsonNode figures = JSON.valueToTree(ofGrade(split));
            assertSameFigures(document.at("/metrics/held_out/" + split + "/after"), figures, "grade, " + split);
        }
        for (String line : Files.readAllLines(answers)) {
            JsonNode a = JSON.readTree(line);
            boolean covered = !a.get("split").asText().equals("unseen_questions");
            assertEquals(covered, graded.get(a.get("id").asText()).get("features").has("nearest_grade"),
                    a.get("id") + ": the nearest-graded features exactly where the question has graded answers");
        }
    }

    @Test
    void gradeWritesTheLabelsEvalMeasures() throws Exception {
        // SAF's labels (Correct, Partially correct, Incorrect): the weights carry a label model
        JsonNode eval = eval("unseen_answers");
        int n = 0;
        int agree = 0;
        for (String line : Files.readAllLines(answers)) {
            JsonNode a = JSON.readTree(line);
            JsonNode e = graded.get(a.get("id").asText());
            assertTrue(e.hasNonNull("label"), a.get("id") + ": " + e);
            double p = e.get("label_confidence").asDouble();
            assertTrue(p >= 1.0 / 3 - 0.01 && p <= 1, a.get("id") + ": the predicted label's probability, " + p);
            if (a.get("split").asText().equals("unseen_answers")) {
                n++;
                agree += e.get("label").asText().equals(a.get("label").asText()) ? 1 : 0;
            }
        }
        assertEquals(eval.at("/all/labels/accuracy").asDouble(), agree / (double) n, 1e-12, "label accuracy");
    }

    @Test
    void otherSettingsGiveAnotherWeightsId() throws Exception {
        Path other = dir.resolve("w-lambda.json");
        CliRun tune = CliRun.of("tune", "--bank", bank.toString(), "--answers", answers.toString(), "--train-split",
                "train", "--folds", "5", "--group-by", "answer", "--lambda", "1", "--threads", "2", "--out",
                other.toString());
        assertEquals(0, tune.exitCode(), tune.err());
        String id = document.get("id").asText();
        assertTrue(id.startsWith("tuned-"), id);
        assertTrue(!id.equals(JSON.readTree(other.toFile()).get("id").asText()), "same data, another penalty: " + id);
    }

    @Test
    void aSplitTheFileLacksIsNamedWithTheSplitsItHas() {
        CliRun eval = CliRun.of("eval", "--bank", bank.toString(), "--answers", answers.toString(), "--weights",
                weights.toString(), "--split", "unseen_answer");
        assertEquals(2, eval.exitCode());
        assertTrue(eval.err().contains("its splits: train, unseen_answers, unseen_questions"), eval.err());
    }

    @Test
    void answersThatWereTunedOnAreReportedAsInSample() throws Exception {
        assertTrue(gradeErr.contains("note: 60 answers (this run) are among the graded answers the weights were"
                + " tuned on"), gradeErr);
        assertEquals(60, eval("train").get("in_sample").asInt());
    }

    @Test
    void aBankOfOtherContentThanTheOneTunedWithIsWarnedAbout() throws Exception {
        assertTrue(!gradeErr.contains("warning"), gradeErr);
        Path edited = dir.resolve("edited-bank.yaml");
        Files.writeString(edited, Files.readString(bank).replace("label: shorter", "label: smaller"));
        CliRun eval = CliRun.of("eval", "--bank", edited.toString(), "--answers", answers.toString(), "--weights",
                weights.toString(), "--split", "unseen_answers", "--threads", "2");
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.err().contains("warning: " + weights + ": the weights were tuned with a bank of other content"),
                eval.err());
    }

    @Test
    void anUnknownPriorIsNamedWithItsChoices() {
        CliRun tune = CliRun.of("tune", "--bank", bank.toString(), "--answers", answers.toString(), "--prior", "flat",
                "--out", dir.resolve("never.json").toString());
        assertEquals(2, tune.exitCode());
        assertTrue(tune.err().contains("Invalid value for option '--prior'") && tune.err().contains("AUTO, DEFAULT, ZERO")
                && tune.err().contains("'flat'"), tune.err());
        assertTrue(!Files.exists(dir.resolve("never.json")));
    }

    @Test
    void weightsTunedInTheSemanticModeCarryItAndGradeInIt() throws Exception {
        Path semantic = dir.resolve("w-semantic.json");
        CliRun tune = CliRun.of("tune", "--semantic", "--bank", bank.toString(), "--answers", answers.toString(),
                "--train-split", "train", "--folds", "5", "--group-by", "answer", "--threads", "2", "--out",
                semantic.toString());
        assertEquals(0, tune.exitCode(), tune.err());
        JsonNode doc = JSON.readTree(semantic.toFile());
        assertEquals("semantic", doc.at("/protocol/mode").asText());
        assertTrue(doc.at("/protocol/encoder").asText().startsWith("all-MiniLM-L6-v2"), doc.at("/protocol").toString());
        assertEquals("default", document.at("/protocol/mode").asText());
        Path out = dir.resolve("graded-semantic.jsonl");
        // asked for the default mode, the file wins and says so
        CliRun grade = CliRun.of("grade", "--bank", bank.toString(), "--answers", answers.toString(), "--weights",
                semantic.toString(), "-q", "--out", out.toString());
        assertEquals(0, grade.exitCode(), grade.err());
        assertTrue(grade.err().contains("tuned with --semantic: grading in the semantic mode"), grade.err());
        JsonNode first = JSON.readTree(Files.readAllLines(out).get(0));
        assertTrue(first.at("/versions/weights").asText().startsWith("tuned-semantic-"), first.at("/versions").toString());
        assertTrue(first.at("/versions/encoder").asText().startsWith("all-MiniLM-L6-v2"), first.at("/versions").toString());
    }

    @Test
    void aWeightsFileNamingAnUnknownModeIsRefusedWithItsName() throws Exception {
        Path odd = dir.resolve("w-odd.json");
        Files.writeString(odd, Files.readString(weights).replace("\"mode\" : \"default\"", "\"mode\" : \"psychic\"")
                .replace("\"mode\":\"default\"", "\"mode\":\"psychic\""));
        CliRun eval = CliRun.of("eval", "--bank", bank.toString(), "--answers", answers.toString(), "--weights",
                odd.toString());
        assertEquals(2, eval.exitCode(), eval.err());
        assertTrue(eval.err().contains(odd + ": protocol.mode is 'psychic'"), eval.err());
    }
}
