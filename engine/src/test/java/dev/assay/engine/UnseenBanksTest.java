package dev.assay.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.LoadResult;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Banks nobody had seen when the engine was built: three reviewers each wrote questions in the seed's
 * style and answers of a spread of quality, and their expected 0–5 scores before grading
 * ({@code src/test/resources/unseen/README.md}). r1 and r2 were then used to find and fix problems
 * (guide sets); r3 was graded once after those fixes (Spearman 0.792, its held-out figure), then one
 * more fix, the refusal opening, was made for r2's and r3's findings; r4 likewise (held out 0.796, then the
 * word-salad keyword list); r5 (session 7) was graded once on that session's engine: 0.888, then 0.883 after a habit told
 * instead of an occasion became no story, 0.892 once a short action part reads as thin; r6 likewise
 * (held out 0.689, then 0.720 once an action part told as things not done lost its credit); r7 (session 8)
 * held out 0.810, then 0.822 once a quantified result lifts a story whose task is unstated, 0.823 (r6 0.732) once
 * a story of someone else's deeds keeps only the candidate's share of the action; r8 held out 0.729, then 0.745
 * (r6 0.757) once such a story also costs its share of another's deeds (others_deeds, weight -0.3); r9, graded once on
 * the session's final engine: 0.713, then 0.797 once steps told without "I" count as the teller's and others' deeds
 * in the result as the outcome (r9-09, a 5, had read as someone else's story: 1.5), and a deed coordinated with
 * another shares its subject (a mentoring story had read as the mentee's), and only the action and task parts count
 * (what others did in the situation is the problem): 0.798, r7 0.822. Session 9: the scale's floor (an answer
 * about its question earns at least 1 of 5) ties the lowest answers, which moves ranks a little (r2 0.917 -> 0.896, r3
 * 0.846 -> 0.863, r4 0.874 -> 0.865; pooled Spearman 0.812 -> 0.811, QWK 0.767 -> 0.785); a story told only as
 * "we" capped at 3 moved no bank's ranks; an answer that declines and earns nothing else is empty again (r2 0.902,
 * r3 0.871, r9 0.799). r10 (session 9, written by a helper who never read or ran the engine,
 * sha256 of expected.tsv c7522dde…861d recorded before grading) was graded once on the session's final engine: 0.701
 * (the session-8 engine: 0.700); r11 likewise (38d4c18a…ea7), graded once on the session's engine after its STAR
 * cues: 0.657 (the session-8 engine: 0.657). Both showed one bug, fixed after: "one of the crew" read as a number,
 * so a story that is mostly context earned the quantified result (r10-15, r11-08: 4 -> 3, reviewers 2): r10 0.723,
 * r11 0.679. hm9 is session 8's last user review (a hiring manager's four STAR questions and 24 answers, scored
 * before grading; 0.578 then), kept as a guide set: 0.580; 0.567 once a colleague's work told as the situation
 * counts as someone else's deeds when the teller did little (r7-01, r10-08, hm9 q3-03, q4-03 to 1.0, rated
 * 1.5-2). A regression
 * table: each bank imports without problems and the engine's rank agreement stays where it was.
 */
class UnseenBanksTest {

    private static final double TOLERANCE = 0.03;

    @ParameterizedTest(name = "{0}: Spearman {1}")
    @CsvSource({"r1, 0.819", "r2, 0.902", "r3, 0.871", "r4, 0.865", "r5, 0.887", "r6, 0.760", "r7, 0.822", "r8, 0.745", "r9, 0.799",
        "r10, 0.724", "r11, 0.679", "hm9, 0.567"})
    void gradesTheReviewersAnswersInTheirOrder(String set, double spearman) throws IOException {
        LoadResult loaded = BankReader.read(set + "/bank.md", bytes(set + "/bank.md"), BankFormat.MARKDOWN);
        QuestionBank bank = loaded.bank().orElseThrow(() -> new AssertionError(loaded.problems().toString()));
        assertTrue(loaded.problems().stream().noneMatch(p -> p.severity().name().equals("ERROR")), loaded.problems().toString());
        Map<String, Double> expected = new HashMap<>();
        for (String line : text(set + "/expected.tsv").split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 2 && !f[0].equals("id")) { // r10 keeps a note column: its sha256 was recorded with it
                expected.put(f[0], Double.parseDouble(f[1]));
            }
        }
        Grader grader = new Grader(bank);
        ObjectMapper json = new ObjectMapper();
        List<Double> engine = new ArrayList<>();
        List<Double> human = new ArrayList<>();
        for (String line : text(set + "/answers.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            Evaluation e = grader.grade(a.get("id").asText(), a.get("question_id").asText(), a.get("text").asText());
            engine.add(e.score());
            human.add(expected.get(a.get("id").asText()));
        }
        assertEquals(expected.size(), engine.size(), "every answer graded, every one expected");
        Agreement ag = Agreement.of(engine.stream().mapToDouble(Double::doubleValue).toArray(),
                human.stream().mapToDouble(Double::doubleValue).toArray(), 0, 5);
        assertEquals(spearman, ag.spearman(), TOLERANCE, ag.toString());
    }

    private static String text(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = UnseenBanksTest.class.getResourceAsStream("/unseen/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource /unseen/" + resource);
            }
            return in.readAllBytes();
        }
    }
}
