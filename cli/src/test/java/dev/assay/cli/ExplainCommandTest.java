package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    Path dir;

    @Test
    void conceptEvidenceShowsItsStrengthAndWhyAWeakOneEarnsNothing() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        int exit = AssayCommand.newCommandLine().setOut(new java.io.PrintWriter(out, true))
                .setErr(new java.io.PrintWriter(new java.io.StringWriter(), true))
                .execute("explain", "--bank", Cli.bank().toString(), "--answers", Cli.bundledAnswers().toString(),
                        "--id", "ia-018");
        assertEquals(0, exit);
        String[] lines = out.toString().split("\n");
        int weak = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s+c\\d+\\s+concept .*credit 0\\.00 .*") && i + 1 < lines.length
                    && lines[i + 1].startsWith("      \"")) {
                weak++;
                int j = i + 1;
                while (lines[j].startsWith("      \"")) {
                    assertTrue(lines[j].matches(".* @\\d+-\\d+ strength 0\\.\\d\\d"), lines[j]);
                    j++;
                }
                assertTrue(lines[j].matches("      \\(too weak to count: strongest 0\\.\\d{3}, a point counts from strength"
                        + " 0\\.55\\)"), lines[j]);
                double strongest = Double.parseDouble(lines[j].replaceAll(".*strongest (0\\.\\d{3}).*", "$1"));
                assertTrue(strongest < 0.55, lines[j]);
            }
        }
        assertTrue(weak > 0, out.toString());
    }

    @Test
    void anAnswerThatCannotBeReadIsReportedOnceAndNotAsMissing() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        Files.writeString(answers, "{\"id\": \"x1\", \"question_id\": \"Q2\"}\n");
        Cli.Result r = Cli.run("explain", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
                "--id", "x1");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("missing required field 'text'"), r.err());
        assertFalse(r.err().contains("no answer with id"), r.err());
    }

    @Test
    void anIdThatIsNotUniqueSaysWhichLineIsExplained() throws Exception {
        Path answers = dir.resolve("dup.csv");
        Files.writeString(answers, "id,question_id,text\n"
                + "d1,Q2,We rolled back first.\nu1,Q2,Unique.\nd1,Q2,\"Then, a post-mortem.\"\n");
        Cli.Result r = Cli.run("explain", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
                "--id", "d1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(answers + " has 2 answers with id 'd1' (lines 2, 4); this is the one at line 2"),
                r.err());
        Cli.Result unique = Cli.run("explain", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
                "--id", "u1");
        assertEquals(0, unique.exit(), unique.err());
        assertFalse(unique.err().contains("note"), unique.err());
    }

    @Test
    void aMissingCsvColumnExitsTwoInGradeExplainAndEval() throws Exception {
        Path answers = dir.resolve("export.csv");
        Files.writeString(answers, "Submission ID,Item,Response,grade\n7,Q2,\"We rolled back.\",3\n");
        String bank = Cli.bank().toString();
        for (String[] args : List.of(
                new String[] {"grade", "--bank", bank, "--answers", answers.toString()},
                new String[] {"explain", "--bank", bank, "--answers", answers.toString(), "--id", "7"},
                new String[] {"eval", "--bank", bank, "--answers", answers.toString()})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            assertTrue(r.err().startsWith("assay: " + answers + ": the CSV header has no column 'id', 'question_id'"
                    + " or 'text'"), args[0] + ": " + r.err());
            assertFalse(r.err().contains("\tat "), args[0] + " prints no stack trace: " + r.err());
        }
    }

    @Test
    void anIdNotInTheFileIsNamed() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        Files.writeString(answers, "{\"id\": \"x1\", \"question_id\": \"Q2\", \"text\": \"t\"}\n");
        Cli.Result r = Cli.run("explain", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
                "--id", "x2");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(answers + ": no answer with id 'x2'"), r.err());
    }

    @Test
    void aCsvExportWithItsOwnHeadersIsReadThroughTheColumnOptions() throws Exception {
        Path answers = dir.resolve("export.csv");
        Files.writeString(answers, "Submission ID,Item,Response\n7,Q2,\"We rolled back, then held a post-mortem.\"\n");
        Cli.Result missing = Cli.run("explain", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
                "--id", "7");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no column 'id'") && missing.err().contains("--id-column"), missing.err());

        java.io.StringWriter out = new java.io.StringWriter();
        int exit = AssayCommand.newCommandLine().setOut(new java.io.PrintWriter(out, true))
                .setErr(new java.io.PrintWriter(new java.io.StringWriter(), true))
                .execute("explain", "--bank", Cli.bank().toString(), "--answers", answers.toString(), "--id", "7",
                        "--id-column", "Submission ID", "--question-column", "Item", "--text-column", "Response");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("Answer 7 to Q2"), out.toString());
    }
}
