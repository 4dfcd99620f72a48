package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.LoadResult;
import dev.assay.rubric.model.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricCommandsTest {

    @TempDir
    Path dir;

    private static Path interviewBank() {
        Path p = Path.of(System.getProperty("assay.shared", "../../shared"), "datasets/interview-answers/bank.md");
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared bank not present: " + p);
        return p;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importPrintsYamlThatReadsBackToTheSameBank() {
        CliRun run = CliRun.of("rubric", "import", interviewBank().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("  - id: Q34\n"), run.out());
        LoadResult fromYaml = BankReader.read("stdout.yaml", run.out().getBytes(StandardCharsets.UTF_8), BankFormat.YAML);
        QuestionBank fromMarkdown = BankReader.load(interviewBank()).orElseThrow();
        assertEquals(fromMarkdown, fromYaml.orElseThrow());
    }

    @Test
    void importWritesTheOutputFileAndReportsWarningsWithLineNumbers() throws Exception {
        Path md = write("bank.md", "## Q1: How?\n### Answer:\n1. **Roll back:** first\n\n| stray | table |\n");
        Path out = dir.resolve("bank.json");
        CliRun run = CliRun.of("rubric", "import", md.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(md + ":5: warning: unrecognised line, ignored: | stray | table |"), run.err());
        assertTrue(run.err().contains("1 question written to " + out), run.err());
        assertEquals("Roll back", BankReader.load(out).orElseThrow().questions().get(0).concepts().get(0).label());
    }

    @Test
    void importRefusesABankWithErrorsAndWritesNothing() throws Exception {
        Path md = write("bank.md", "## Q1: Tell me\n### Answer:\n**Example answer:**\n\"We were down\n");
        Path out = dir.resolve("bank.yaml");
        CliRun run = CliRun.of("rubric", "import", md.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(md + ":4: unterminated quote in example answer"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void importToAnUnsupportedOutputIsAUsageError() {
        CliRun run = CliRun.of("rubric", "import", interviewBank().toString(), "-o", dir.resolve("bank.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("write to .yaml, .yml or .json"), run.err());
    }

    @Test
    void lintOfTheInterviewBankAndItsYamlIsClean() throws Exception {
        CliRun md = CliRun.of("rubric", "lint", interviewBank().toString());
        assertEquals(0, md.exitCode(), md.out());
        assertEquals(interviewBank() + ": 10 questions, no problems\n", md.out());

        Path yaml = dir.resolve("bank.yaml");
        assertEquals(0, CliRun.of("rubric", "import", interviewBank().toString(), "-o", yaml.toString()).exitCode());
        CliRun y = CliRun.of("rubric", "lint", yaml.toString());
        assertEquals(0, y.exitCode(), y.out());
        assertEquals(yaml + ": 10 questions, no problems\n", y.out());
    }

    @Test
    void lintReportsMalformedYaml() throws Exception {
        Path f = write("bank.yaml", "title: x\nquestions:\n  - id: Q1\n    prompt: [unclosed\n");
        assertLintFinds(f, f + ":4:22: syntax error: expected ',' or ']'", "1 error, 0 warnings");
    }

    @Test
    void lintReportsAWeightThatIsNotANumber() throws Exception {
        Path f = write("bank.yaml", """
                title: x
                questions:
                  - id: Q1
                    prompt: How?
                    kind: procedural
                    concepts:
                      - id: c1
                        weight: "high"
                        phrasings: [rollback]
                """);
        assertLintFinds(f, f + ":8:17: questions[0].concepts[0].weight: must be a positive number, got \"high\"",
                "1 error, 0 warnings");
    }

    @Test
    void lintReportsADuplicateQuestionId() throws Exception {
        Path f = write("bank.json", """
                {"questions": [
                  {"id": "Q1", "prompt": "a", "kind": "short_answer", "model_answers": [{"id": "a", "text": "x"}]},
                  {"id": "Q1", "prompt": "b", "kind": "short_answer", "model_answers": [{"id": "a", "text": "y"}]}
                ]}
                """);
        assertLintFinds(f, f + ":3:10: questions[1].id: duplicate question id \"Q1\" (first at line 2)",
                "1 error, 0 warnings");
    }

    @Test
    void lintReportsAnUnterminatedExampleQuoteInMarkdown() throws Exception {
        Path f = write("bank.md", """
                ## Q1: Tell me about an incident
                ### Answer:
                **Expected structure (STAR):**
                - **Situation:** Context
                - **Result:** Outcome

                **Example answer:**
                - **Situation:** "We were down
                - **Result:** "Fixed in 5 minutes"
                """);
        assertLintFinds(f, f + ":8: unterminated quote in example answer: \"We were down", "1 error, 0 warnings");
    }

    @Test
    void lintReportsAnEmptyFile() throws Exception {
        Path f = write("bank.yaml", "");
        assertLintFinds(f, f + ":1:1: file is empty; expected a question bank", "1 error, 0 warnings");
    }

    @Test
    void lintReportsAFileThatIsNotUtf8() throws Exception {
        Path f = dir.resolve("bank.md");
        Files.write(f, "## Q1: Caf\u00e9 question\n### Answer:\n1. **Point:** text\n".getBytes(StandardCharsets.ISO_8859_1));
        assertLintFinds(f, f + ":1:11: file is not UTF-8: invalid byte 0xE9; save it as UTF-8", "1 error, 0 warnings");
    }

    @Test
    void lintOfAFileThatCannotBeReadExitsTwo() throws Exception {
        CliRun missing = CliRun.of("rubric", "lint", dir.resolve("missing.yaml").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(dir.resolve("missing.yaml") + ": no such file\n", missing.err());
        Path txt = write("bank.txt", "hello");
        assertEquals(2, CliRun.of("rubric", "lint", txt.toString()).exitCode());
    }

    @Test
    void rubricWithoutASubcommandShowsUsage() {
        CliRun run = CliRun.of("rubric");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("import") && run.err().contains("lint"), run.err());
    }

    private static void assertLintFinds(Path file, String problemPrefix, String counts) {
        CliRun run = CliRun.of("rubric", "lint", file.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith(problemPrefix), run.out());
        assertEquals(file + ": " + counts, lines[lines.length - 1]);
    }
}
