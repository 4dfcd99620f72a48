package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.corpus.generate.AnswerFileGenerator;
import dev.assay.corpus.generate.AnswerFileGenerator.Breakage;
import dev.assay.corpus.generate.AnswerFileGenerator.Broken;
import dev.assay.engine.batch.Checkpoint;
import dev.assay.engine.batch.CheckpointPolicy;
import dev.assay.engine.batch.CheckpointedOutput;
import dev.assay.engine.batch.Journal;
import dev.assay.rubric.model.QuestionBank;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String[] grade(Path answers, Path out, String... more) {
        String[] base = {"grade", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
            "--out", out.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** The identity the journal of a run with these arguments holds, as grade computes it. */
    private static Map<String, String> identityOf(String... args) throws Exception {
        GradeCommand g = (GradeCommand) AssayCommand.newCommandLine().parseArgs(args).subcommand().commandSpec()
                .userObject();
        QuestionBank bank = BankLoading.load(g.bank, new PrintWriter(Writer.nullWriter())).orElseThrow();
        return g.runIdentity(bank, g.mode.asked());
    }

    /** What a run killed before its first checkpoint leaves beside {@code out}: its journal and an empty part. */
    private static void interrupted(Path out, Map<String, String> identity) throws Exception {
        CheckpointedOutput.fresh(out, identity, CheckpointPolicy.DEFAULT).close();
    }

    @Test
    void everyBrokenLineBecomesAnErrorRecordAtItsPlaceAndEveryOtherAnswerIsGraded() throws Exception {
        Path answers = dir.resolve("gen.jsonl");
        int n = 1000;
        List<Broken> broken = AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, n, 5000, 300);
        assertEquals(10, broken.size());
        assertEquals(Breakage.values().length, broken.stream().map(Broken::kind).distinct().count());
        Path out = dir.resolve("graded.jsonl");

        Cli.Result r = Cli.run(grade(answers, out, "--threads", "2", "--max-text-chars", "5000"));

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("graded 990, errors 10"), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(n, lines.size());
        Map<Integer, Broken> byLine = new HashMap<>();
        broken.forEach(b -> byLine.put(b.line(), b));
        for (int i = 0; i < n; i++) {
            JsonNode rec = JSON.readTree(lines.get(i));
            Broken b = byLine.get(i + 1);
            if (b == null) {
                assertFalse(rec.has("error"), lines.get(i));
                assertTrue(rec.get("answer_id").asText().startsWith(String.format("gen-%07d-", i + 1)), "order");
            } else {
                assertEquals(i + 1, rec.get("line").asInt(), lines.get(i));
                assertEquals(b.answerId(), rec.get("answer_id").isNull() ? null : rec.get("answer_id").asText());
                String error = rec.get("error").asText();
                String expected = switch (b.kind()) {
                    case BAD_JSON -> "invalid JSON";
                    case MISSING_TEXT -> "missing required field 'text'";
                    case UNKNOWN_QUESTION -> "unknown question id '" + AnswerFileGenerator.UNKNOWN_QUESTION_ID;
                    case INVALID_UTF8 -> "invalid UTF-8";
                    case OVERSIZED_TEXT -> "field 'text' is 5,001 characters, over the limit of 5,000";
                };
                assertTrue(error.contains(expected), b.kind() + ": " + error);
            }
        }
        assertFalse(CheckpointedOutput.hasUnfinished(out), "no .part or journal left after a finished run");
    }

    @Test
    void theBytesAreTheSameWhateverTheNumberOfThreads() throws Exception {
        Path answers = dir.resolve("gen.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 150, 5000, 250);
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        assertEquals(0, Cli.run(grade(answers, one, "--threads", "1", "--max-text-chars", "5000")).exit());
        assertEquals(0, Cli.run(grade(answers, two, "--threads", "2", "--max-text-chars", "5000")).exit());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void theSemanticModeIsDeterministicTooAndSaysWhatItRead() throws Exception {
        Path answers = dir.resolve("gen.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 60, 5000, 250);
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        Cli.Result r = Cli.run(grade(answers, one, "--threads", "1", "--semantic"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, Cli.run(grade(answers, two, "--threads", "2", "--semantic")).exit());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        int byMeaning = 0;
        int withCosine = 0;
        for (String line : Files.readAllLines(one, StandardCharsets.UTF_8)) {
            JsonNode e = JSON.readTree(line);
            if (e.has("error")) {
                continue;
            }
            assertTrue(e.get("versions").get("encoder").asText().startsWith("all-MiniLM-L6-v2"), line);
            withCosine += e.get("features").has("semantic_cosine") ? 1 : 0; // where the question has a model answer
            for (JsonNode c : e.get("criteria")) {
                for (JsonNode ev : c.get("evidence")) {
                    byMeaning += ev.has("meaning") ? 1 : 0;
                }
            }
        }
        assertTrue(byMeaning > 0, "some evidence read by meaning");
        assertTrue(withCosine > 0, "some answers have a semantic_cosine");
        // and the default mode writes neither, with the same error records at the same lines
        Path plain = dir.resolve("plain.jsonl");
        assertEquals(0, Cli.run(grade(answers, plain, "--threads", "2")).exit());
        List<String> semanticLines = Files.readAllLines(one, StandardCharsets.UTF_8);
        List<String> plainLines = Files.readAllLines(plain, StandardCharsets.UTF_8);
        assertEquals(plainLines.size(), semanticLines.size());
        for (int i = 0; i < plainLines.size(); i++) {
            if (plainLines.get(i).contains("\"error\"") || semanticLines.get(i).contains("\"error\"")) {
                assertEquals(plainLines.get(i), semanticLines.get(i), "line " + (i + 1));
            }
        }
        String text = Files.readString(plain);
        assertFalse(text.contains("\"encoder\"") || text.contains("\"meaning\"") || text.contains("semantic_cosine"));
    }

    @Test
    void csvInWithNamedColumnsAndCsvOut() throws Exception {
        Path answers = dir.resolve("export.csv");
        Files.writeString(answers, """
                response_id,question,response
                r1,Q2,"First I would roll back the deploy, then gather a timeline and find the root cause."
                r2,Q99,"An answer to a question the bank lacks."
                r3,Q2
                ,,
                r4,Q2,"We wrote a blameless post-mortem with action items, ""no blame"", and followed up."
                r5,q2,"A spreadsheet's lower-case id: roll back, then a blameless post-mortem."
                """);
        Path out = dir.resolve("graded.csv");
        Cli.Result r = Cli.run(grade(answers, out, "--id-column", "response_id", "--question-column", "question",
                "--text-column", "response", "--threads", "2"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("graded 2, errors 3, 1 blank row skipped,"), r.err()); // ",," is no record
        List<String> lines = Files.readAllLines(out);
        assertEquals("answer_id,question_id,score,max,band,label,label_confidence,confidence,flags,credits,feedback,line,error",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("r1,Q2,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("r2,Q99,,,,,,,,,,3,"), lines.get(2));
        assertTrue(lines.get(2).contains("unknown question id 'Q99'"), lines.get(2));
        assertTrue(lines.get(3).startsWith("r3,Q2,,,,,,,,,,4,"), lines.get(3)); // a read error keeps its question
        assertTrue(lines.get(3).contains("missing value for column 'response'"), lines.get(3));
        assertTrue(lines.get(4).startsWith("r4,Q2,"), lines.get(4));
        // the id meant is named, and the records after it still come out
        assertTrue(lines.get(5).startsWith("r5,q2,,,,,,,,,,7,"), lines.get(5));
        assertTrue(lines.get(5).contains("did you mean 'Q2'?"), lines.get(5));
        assertEquals(6, lines.size());
    }

    @Test
    void aCsvOutputResumesWithoutASecondHeader() throws Exception {
        Path answers = dir.resolve("a.csv");
        Files.writeString(answers, """
                id,question_id,text
                c1,Q2,"First I would roll back the deploy, then gather a timeline."
                c2,Q99,"No such question."
                c3,Q2,"We wrote a blameless post-mortem with action items."
                c4,Q2,"I would find the root cause, not the person to blame."
                c5,Q2,"Roll back, stabilise, then schedule the post-mortem within a day."
                """);
        Path reference = dir.resolve("reference.csv");
        assertEquals(0, Cli.run(grade(answers, reference, "--threads", "1")).exit());
        byte[] expected = Files.readAllBytes(reference);

        // Leftovers of a run that stopped after 3 records: its journal (with the run's identity) and a part
        // with a torn row after the checkpoint.
        Path out = dir.resolve("out.csv");
        Path journal = CheckpointedOutput.journalOf(out);
        Map<String, String> identity = identityOf(grade(answers, out, "--threads", "1"));
        int bytes = 0;
        for (int newlines = 0; newlines < 4; bytes++) { // the header and 3 rows
            if (expected[bytes] == '\n') {
                newlines++;
            }
        }
        Journal.create(journal, identity, new Checkpoint(3, bytes, 2, 1)).close();
        byte[] torn = java.util.Arrays.copyOf(expected, bytes + 7);
        Files.write(CheckpointedOutput.partOf(out), torn);

        Cli.Result resumed = Cli.run(grade(answers, out, "--threads", "2", "--resume"));
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("graded 4, errors 1 (2 graded in this run)"), resumed.err());
        assertArrayEquals(expected, Files.readAllBytes(out));
    }

    @Test
    void aRunIsNotResumedInTheOtherMode() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        Files.writeString(answers, "{\"id\":\"m1\",\"question_id\":\"Q2\",\"text\":\"We rolled back first.\"}\n");
        Path out = dir.resolve("out.jsonl");
        interrupted(out, identityOf(grade(answers, out, "--semantic")));

        Cli.Result r = Cli.run(grade(answers, out, "--resume"));

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("mode"), r.err());
        assertTrue(CheckpointedOutput.hasUnfinished(out), "the unfinished run is kept");
    }

    @Test
    void anInvalidBankIsReportedLikeLintBeforeAnyAnswerIsRead() throws Exception {
        Path bank = dir.resolve("bank.yaml");
        Files.writeString(bank, "questions:\n  - id: Q1\n    kind: nonsense\n");
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run("grade", "--bank", bank.toString(), "--answers", dir.resolve("missing.jsonl").toString(),
                "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bank.yaml:3:11: questions[0].kind: unknown kind \"nonsense\""), r.err());
        assertTrue(r.err().contains("cannot use bank"), r.err());
        assertFalse(r.err().contains("missing.jsonl"), "answers are not opened when the bank is bad: " + r.err());
        assertFalse(Files.exists(out));
        assertFalse(CheckpointedOutput.hasUnfinished(out));
    }

    @Test
    void answersThatCannotBeOpenedAreNamed() {
        Path missing = dir.resolve("missing.jsonl");
        Cli.Result r = Cli.run(grade(missing, dir.resolve("out.jsonl")));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
        Cli.Result csv = Cli.run(grade(dir.resolve("answers.txt"), dir.resolve("out.jsonl")));
        assertEquals(2, csv.exit());
        assertTrue(csv.err().contains("unknown answer file type"), csv.err());
        Cli.Result folder = Cli.run(grade(dir, dir.resolve("out.jsonl")));
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains(dir + ": is a directory; give an answer file in it"), folder.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnythingIsGraded() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 3, 5000, 200);
        Path folder = Files.createDirectories(dir.resolve("outdir"));
        Cli.Result r = Cli.run(grade(answers, folder));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--out " + folder + ": is a directory; name a file in it, e.g. "
                + folder.resolve("graded.jsonl")), r.err());
        assertFalse(r.err().contains("graded "), "nothing graded: " + r.err());
        assertFalse(CheckpointedOutput.hasUnfinished(folder), "no part, no journal");

        Path text = dir.resolve("g.txt");
        Cli.Result txt = Cli.run(grade(answers, text));
        assertEquals(2, txt.exit(), txt.err());
        assertTrue(txt.err().contains("--out " + text + ": the extension says the format: .jsonl (or .json) for JSONL,"
                + " .csv for CSV"), txt.err());
        assertFalse(Files.exists(text) || CheckpointedOutput.hasUnfinished(text));

        Path underAFile = Files.writeString(dir.resolve("notes"), "x").resolve("sub/graded.jsonl");
        Cli.Result file = Cli.run(grade(answers, underAFile));
        assertEquals(2, file.exit(), file.err());
        assertTrue(file.err().contains("cannot be written: " + dir.resolve("notes") + " is not a directory"), file.err());

        Path fresh = dir.resolve("new/sub/graded.JSONL"); // a missing directory is made, as before
        Cli.Result made = Cli.run(grade(answers, fresh));
        assertEquals(0, made.exit(), made.err());
        assertTrue(Files.isRegularFile(fresh));
    }

    @Test
    void optionsOutOfRangeAreRefusedByTheNameTyped() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 3, 5000, 200);
        Path out = dir.resolve("out.jsonl");
        for (String x : new String[] {"2", "-0.1", "NaN"}) {
            Cli.Result r = Cli.run(grade(answers, out, "--review-below", x));
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("--review-below is a confidence, from 0 to 1; was "), r.err());
            Cli.Result eval = Cli.run("eval", "--bank", Cli.bank().toString(), "--answers", answers.toString(),
                    "--review-below", x);
            assertEquals(2, eval.exit(), eval.err());
            assertTrue(eval.err().contains("--review-below is a confidence"), eval.err());
        }
        Cli.Result max = Cli.run(grade(answers, out, "--max-text-chars", "0"));
        assertEquals(2, max.exit(), max.err());
        assertTrue(max.err().contains("--max-text-chars must be at least 1, was 0"), max.err());
        assertFalse(Files.exists(out) || CheckpointedOutput.hasUnfinished(out));
    }

    @Test
    void idsThatOccurTwiceAreAllGradedAndOneWarningSaysSo() throws Exception {
        Path answers = dir.resolve("dup.jsonl");
        Files.writeString(answers, """
                {"id": "d1", "question_id": "Q2", "text": "We rolled back first."}
                {"id": "d2", "question_id": "Q2", "text": "Then a blameless post-mortem."}
                {"id": "d1", "question_id": "Q2", "text": "I paged the secondary."}
                {"id": "d2", "question_id": "Q2"}
                {"id": "d1", "question_id": "Q2", "text": "Third time."}
                {"id": "u1", "question_id": "Q2", "text": "Unique."}
                """);
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run(grade(answers, out, "--threads", "2"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("graded 5, errors 1"), r.err());
        assertEquals(6, Files.readAllLines(out).size(), "every record has its line");
        String warning = "assay: warning: 2 answer ids occur more than once, e.g. 'd1' at lines 1 and 3";
        assertTrue(r.err().contains(warning), r.err());
        assertEquals(1, r.err().split("warning", -1).length - 1, "one warning line: " + r.err());
    }

    @Test
    void nothingToResumeIsRefused() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 3, 5000, 200);
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run(grade(answers, out, "--resume"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nothing to resume for " + out), r.err());
        assertFalse(Files.exists(out));

        assertEquals(0, Cli.run(grade(answers, out)).exit());
        Cli.Result again = Cli.run(grade(answers, out, "--resume"));
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("the output is complete already"), again.err());
    }

    @Test
    void aResumeWithOtherSettingsIsRefused() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 3, 5000, 200);
        Path out = dir.resolve("out.jsonl");
        // an interrupted run's leftovers: its journal, as a fresh start writes it
        CheckpointedOutput.fresh(out, Map.of("input", answers.toString()),
                dev.assay.engine.batch.CheckpointPolicy.DEFAULT).close();
        Cli.Result r = Cli.run(grade(answers, out, "--resume"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("was written by a different run"), r.err());
        assertTrue(r.err().contains("bank_sha256 was unset"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aResumeWithTheWeightsFileChangedInPlaceIsRefused() throws Exception {
        Path answers = dir.resolve("a.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, 3, 5000, 200);
        Path weights = dir.resolve("w.json");
        String doc = "{\"format\": \"assay-weights/1\", \"id\": \"tuned-x\","
                + " \"weights\": {\"short_answer\": {\"_intercept\": %s, \"cosine\": 0.5}}}";
        Files.writeString(weights, doc.formatted("0.1"));
        Path out = dir.resolve("out.jsonl");
        interrupted(out, identityOf(grade(answers, out, "--weights", weights.toString())));

        Files.writeString(weights, doc.formatted("0.3")); // re-tuned, written to the same path
        Cli.Result r = Cli.run(grade(answers, out, "--weights", weights.toString(), "--resume"));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("was written by a different run"), r.err());
        assertTrue(r.err().contains("weights_sha256"), r.err());
    }

    @Test
    void resumeNeedsAnOutputFile() throws Exception {
        Cli.Result r = Cli.run("grade", "--bank", Cli.bank().toString(), "--answers", Cli.bundledAnswers().toString(),
                "--resume");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--resume needs --out"), r.err());
    }
}
