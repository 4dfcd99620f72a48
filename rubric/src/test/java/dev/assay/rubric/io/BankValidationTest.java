package dev.assay.rubric.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the format, checked through the located message a bank author sees. */
class BankValidationTest {

    private static final String GOOD_QUESTION = """
              - id: Q1
                prompt: How?
                kind: procedural
                concepts:
                  - id: c1
                    weight: 1
                    phrasings: [rollback]
            """;

    private static List<String> problems(String file, String text) {
        BankFormat format = BankFormat.ofName(file).orElseThrow();
        LoadResult r = BankReader.read(file, text.getBytes(StandardCharsets.UTF_8), format);
        assertEquals(r.report().hasErrors(), r.bank().isEmpty(), "a bank comes back exactly when there are no errors");
        return r.problems().stream().map(Problem::format).toList();
    }

    private static String yamlBank(String questions) {
        return "title: T\nquestions:\n" + questions;
    }

    @Test
    void aValidBankHasNoProblems() {
        LoadResult r = BankReader.read("bank.yaml", yamlBank(GOOD_QUESTION).getBytes(StandardCharsets.UTF_8), BankFormat.YAML);
        assertEquals(List.of(), r.problems());
        assertEquals("rollback", r.orElseThrow().questions().get(0).concepts().get(0).phrasings().get(0));
    }

    @Test
    void everyProblemIsReportedInOnePassWithLineColumnAndPath() {
        String yaml = yamlBank("""
                  - id: Q1
                    prompt: Tell me
                    kind: behavioural
                    scale: {min: 5, max: 0}
                    structure:
                      star:
                        - {label: S, weight: 0.5}
                        - {label: S, weight: 0.5}
                  - id: Q1
                    prompt: Steps
                    kind: procedural
                    concepts:
                      - id: c1
                        weight: high
                        phrasings: [a]
                      - id: c1
                        weight: 0
                        phrasing: [b]
                    structure:
                      steps:
                        - {order: 1, concept: c1}
                        - {order: 3, concept: c9}
                    model_answers:
                      - text: ok
                """);
        assertEquals(List.of(
                "bank.yaml:5:11: questions[0].kind: unknown kind \"behavioural\", expected one of behavioral, procedural, short_answer",
                "bank.yaml:6:12: questions[0].scale: min (5) must be less than max (0)",
                "bank.yaml:10:19: questions[0].structure.star[1].label: section \"S\" appears twice (first at questions[0].structure.star[0], line 9)",
                "bank.yaml:11:9: questions[1].id: duplicate question id \"Q1\" (first at line 3)",
                "bank.yaml:16:17: questions[1].concepts[0].weight: must be a positive number, got \"high\"",
                "bank.yaml:18:9: questions[1].concepts[1].phrasings: a concept needs at least one phrasing to be matched by",
                "bank.yaml:18:13: questions[1].concepts[1].id: duplicate concept id \"c1\" (first at line 15)",
                "bank.yaml:19:17: questions[1].concepts[1].weight: must be a positive number, got 0",
                "bank.yaml:20:9: questions[1].concepts[1].phrasing: unknown field; did you mean \"phrasings\"? "
                        + "(allowed: feedback, id, label, phrasings, required, weight)",
                "bank.yaml:23:9: questions[1].structure.steps: step orders must run 1..3 without gaps; missing 2",
                "bank.yaml:24:31: questions[1].structure.steps[1].concept: names unknown concept \"c9\"; known: c1",
                "bank.yaml:26:9: questions[1].model_answers[0].id: is required"), problems("bank.yaml", yaml));
    }

    @Test
    void bandOutsideTheScaleAndDuplicateStepOrders() {
        String yaml = yamlBank(GOOD_QUESTION + """
                    scale:
                      min: 0
                      max: 5
                      bands: [{name: top, min: 4, max: 6}]
                    structure:
                      steps: [{order: 1, concept: c1}, {order: 1, concept: c1}]
                """);
        assertEquals(List.of(
                "bank.yaml:13:15: questions[0].scale.bands[0]: band 4–6 lies outside the scale 0–5",
                "bank.yaml:15:48: questions[0].structure.steps[1].order: order 1 is used twice (first at questions[0].structure.steps[0])"),
                problems("bank.yaml", yaml));
    }

    @Test
    void duplicateModelAnswerIdsAndUnknownStarLabel() {
        String yaml = yamlBank("""
                  - id: Q1
                    prompt: Tell me
                    kind: short_answer
                    structure: {star: [{label: X, weight: 1}]}
                    model_answers:
                      - {id: a, text: one}
                      - {id: a, text: two}
                """);
        assertEquals(List.of(
                "bank.yaml:6:32: questions[0].structure.star[0].label: unknown STAR label \"X\", expected S, T, A or R",
                "bank.yaml:9:14: questions[0].model_answers[1].id: duplicate model answer id \"a\" (first at line 8)"),
                problems("bank.yaml", yaml));
    }

    @Test
    void jsonProblemsAreLocatedToo() {
        String json = "{\"title\": \"T\", \"questions\": [{\"id\": \"Q1\", \"prompt\": \"p\", \"kind\": \"procedural\",\n"
                + "  \"concepts\": [{\"id\": \"c1\", \"weight\": \"high\", \"phrasings\": [\"x\"]}]}]}";
        assertEquals(List.of("bank.json:2:39: questions[0].concepts[0].weight: must be a positive number, got \"high\""),
                problems("bank.json", json));
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertEquals(List.of("bank.yaml:4:22: syntax error: expected ',' or ']', but got <stream end> "
                        + "(while parsing a flow sequence started at line 4)"),
                problems("bank.yaml", "title: x\nquestions:\n  - id: Q1\n    prompt: [unclosed\n"));
    }

    @Test
    void malformedJsonNamesTheLine() {
        List<String> p = problems("bank.json", "{\"title\": \"x\",\n \"questions\": [,]}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("bank.json:2:16: syntax error: Unexpected character (','"), p.get(0));
    }

    @Test
    void duplicateFieldIsReported() {
        assertEquals(List.of("bank.yaml:2:1: title: duplicate field \"title\" (first at line 1)",
                        "bank.yaml:3:12: questions: a bank needs at least one question"),
                problems("bank.yaml", "title: a\ntitle: b\nquestions: []\n"));
    }

    @Test
    void emptyAndCommentOnlyFilesAreReported() {
        assertEquals(List.of("bank.yaml:1:1: file is empty; expected a question bank"), problems("bank.yaml", ""));
        assertEquals(List.of("bank.yaml:1:1: file is empty; expected a question bank"), problems("bank.yaml", "# todo\n\n"));
        assertEquals(List.of("bank.json:1:1: file is empty; expected a question bank"), problems("bank.json", "  \n"));
    }

    @Test
    void notUtf8ReportsTheLineOfTheFirstBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank.yaml");
        byte[] latin1 = "title: ok\nquestions:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        LoadResult r = BankReader.load(file);
        assertTrue(r.readable());
        assertEquals(List.of(file + ":3:12: file is not UTF-8: invalid byte 0xE9; save it as UTF-8"),
                r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void missingFileAndUnknownExtensionAreUnreadableNotThrown(@TempDir Path dir) throws Exception {
        LoadResult missing = BankReader.load(dir.resolve("none.yaml"));
        assertFalse(missing.readable());
        assertEquals(dir.resolve("none.yaml") + ": no such file", missing.problems().get(0).format());
        Path txt = Files.writeString(dir.resolve("bank.txt"), "x");
        assertFalse(BankReader.load(txt).readable());
        assertFalse(BankReader.load(dir).readable());
        InvalidBankException e = assertThrows(InvalidBankException.class, missing::orElseThrow);
        assertTrue(e.getMessage().endsWith("no such file"));
    }

    @Test
    void markdownValidationProblemsPointAtTheMarkdownLine() {
        String md = "## Q1: Steps\n### Answer:\n1. **First:** do it\n3. **Third:** then this\n";
        assertEquals(List.of("bank.md:1: questions[0].structure.steps: step orders must run 1..3 without gaps; missing 2"),
                problems("bank.md", md));
        String empty = "## Q1: Empty\n### Answer:\n**Notes:** none\n";
        assertEquals(List.of("bank.md:1: questions[0]: nothing to grade against: give concepts, structure or model_answers",
                        "bank.md:3: warning: unrecognised line, ignored: **Notes:** none"),
                problems("bank.md", empty));
    }
}
