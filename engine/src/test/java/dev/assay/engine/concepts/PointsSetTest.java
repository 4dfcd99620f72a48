package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.Grader;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Concept evidence on five procedural questions outside software whose points are abstract, like the seed's
 * Q34 ("Listen without interrupting", "Offer a concrete remedy", "Open positively and set a shared goal"): 40
 * answers and the points a careful grader judged covered ({@code concepts/points-set/}), written in session 9 by
 * a helper who did not read or run the engine, read before any change was made for them. A regression table:
 * micro-F1 of "the engine credits the point" against the grader's points, as recorded.
 */
class PointsSetTest {

    @Test
    void pointsFoundAsRecorded() throws IOException {
        QuestionBank bank = BankReader.read("points-set/bank.md", bytes("bank.md"), BankFormat.MARKDOWN).bank()
                .orElseThrow();
        Map<String, Set<Integer>> gold = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : text("points.jsonl").split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                Set<Integer> points = new HashSet<>();
                n.get("points").forEach(p -> points.add(p.asInt()));
                gold.put(n.get("id").asText(), points);
            }
        }
        Grader grader = new Grader(bank);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String line : text("answers.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            Evaluation e = grader.grade(a.get("id").asText(), a.get("question_id").asText(), a.get("text").asText());
            for (Criterion c : e.criteria()) {
                if (!c.kind().equals("concept")) {
                    continue;
                }
                boolean said = c.credit() > 0;
                boolean covered = gold.get(e.answerId()).contains(Integer.parseInt(c.id().substring(1)));
                tp += said && covered ? 1 : 0;
                fp += said && !covered ? 1 : 0;
                fn += !said && covered ? 1 : 0;
            }
        }
        assertEquals(133, tp + fn, "the grader's covered points");
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        // session 9, read once: precision 0.898, recall 0.729 (97 of 133), F1 0.805; --semantic F1 0.805 (0.837 / 0.774)
        assertEquals(0.898, precision, 0.03);
        assertEquals(0.729, recall, 0.03);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = PointsSetTest.class.getResourceAsStream("/concepts/points-set/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String text(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
