package dev.assay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.cli.AssayCommand;
import dev.assay.engine.evaluation.EvaluationJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    @TempDir
    Path dir;

    record Result(int exit, String err) {
    }

    static Result run(String... args) {
        CommandLine cl = AssayCommand.newCommandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return new Result(cl.execute(args), err.toString());
    }

    @Test
    void writesThePageWithTwoRatersAndSaysWhatItJoined() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 10);
        Path out = dir.resolve("site/report.html");
        Result r = run("report", "--evaluations", f.evaluations().toString(), "--answers", f.answers().toString(),
                "--grades", f.gradesA().toString(), "--grades", f.gradesB().toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("report: 10 answers, 0 error records, 10 with human grades"), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("the mean of the 2 raters' grades: A, B"));
        assertFalse(Files.exists(dir.resolve("site/report.html.part")), "written atomically");
    }

    @Test
    void readsACsvExportWithItsOwnColumnNamesAsGradeDoes() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 4);
        StringBuilder csv = new StringBuilder("\uFEFFSubmission ID,Question,Student first name,Response\r\n");
        for (String line : Files.readAllLines(f.answers(), StandardCharsets.UTF_8)) {
            var a = EvaluationJson.mapper().readTree(line);
            csv.append(a.get("id").asText()).append(',').append(a.get("question_id").asText()).append(",Ana,\"")
                    .append(a.get("text").asText().replace("\"", "\"\"")).append("\"\r\n");
        }
        Path answers = dir.resolve("export.csv");
        Files.writeString(answers, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");
        Result r = run("report", "--evaluations", f.evaluations().toString(), "--answers", answers.toString(),
                "--id-column", "Submission ID", "--question-column", "Question", "--text-column", "Response",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("report: 4 answers, 0 error records"), r.err());
        assertFalse(r.err().contains("texts missing"), r.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains(ReportFixture.STAR_SENTENCES[0]));
    }

    @Test
    void badLinesAreReportedButDoNotStopThePage() throws Exception {
        Path evals = Path.of(getClass().getResource("/report/with-errors.jsonl").toURI());
        Path grades = Path.of(getClass().getResource("/report/with-errors-grades.jsonl").toURI());
        Path out = dir.resolve("r.html");
        Result r = run("report", "--evaluations", evals.toString(), "--grades", grades.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("2 answers, 3 error records, 2 with human grades, 2 grades for unknown ids"), r.err());
    }

    @Test
    void gradesCsvOutputIsRefusedWithOneMessage() throws Exception {
        Path csv = dir.resolve("graded.csv");
        Files.writeString(csv, "answer_id,question_id,score,max,band,label,label_confidence,confidence,flags,credits,"
                + "feedback,line,error\r\ns01,Q1,5.0,5.0,outstanding,,,0.9,,\"c1=1.0;c2=1.0\",,,\r\n"
                + ",,,,,,,,,,,16,missing value for column 'id'\r\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");
        Result r = run("report", "--evaluations", csv.toString(), "-o", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("graded.csv is the CSV output of 'assay grade'"), r.err());
        assertTrue(r.err().contains("--out graded.jsonl"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out), "no empty page");
    }

    @Test
    void aFileMostlyOfUnreadableLinesIsRefused() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 4);
        Path evals = dir.resolve("mixed.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(f.evaluations(), StandardCharsets.UTF_8).subList(0, 2));
        lines.addAll(List.of("id;score", "a;1", "{\"answer_id\":\"x\"}"));
        Files.write(evals, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");
        Result r = run("report", "--evaluations", evals.toString(), "-o", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("mixed.jsonl: 3 of 5 lines are neither Evaluations nor error records"), r.err());
        assertFalse(Files.exists(out));
        // two unreadable lines of five still make a page, listing them
        Files.write(evals, lines.subList(0, 4), StandardCharsets.UTF_8);
        assertEquals(0, run("report", "--evaluations", evals.toString(), "-o", out.toString()).exit());
    }

    @Test
    void anInputThatCannotBeReadIsExitTwo() {
        Result r = run("report", "--evaluations", dir.resolve("nope.jsonl").toString(), "-o",
                dir.resolve("r.html").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot read"), r.err());
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    @Test
    void reportIsASubcommand() {
        assertTrue(AssayCommand.newCommandLine().getSubcommands().containsKey("report"));
    }
}
