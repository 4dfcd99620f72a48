package dev.assay.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.GoldSegment;
import dev.assay.rubric.model.StarLabel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAnswerReaderTest {

    @TempDir
    Path tmp;

    private static final String GOOD = "{\"id\": \"%s\", \"question_id\": \"Q1\", \"text\": \"fine\"}";

    /** Good lines with one broken line of every kind between them; line numbers in comments. */
    private Path brokenFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, GOOD.formatted("a1"));                                                            // 1
        line(out, GOOD.formatted("a2"));                                                            // 2
        line(out, "{\"id\": \"b3\", \"question_id\": \"Q1\", \"text\": \"unterminated}");           // 3
        line(out, "   ");                                                                           // 4
        line(out, "{\"id\": \"b5\", \"question_id\": \"Q1\"}");                                     // 5
        line(out, "{\"id\": \"b6\", \"question_id\": \"Q1\", \"text\": 42}");                      // 6
        out.write("{\"id\": \"b7\", \"question_id\": \"Q1\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28});                                          // 7: bad 2-byte sequence
        line(out, "\"}");
        line(out, "{\"id\": \"b8\", \"question_id\": \"Q1\", \"text\": \"" + "x".repeat(51) + "\"}"); // 8
        line(out, "{\"id\": \"a9\", \"question_id\": \"Q3\", \"text\": \"I led it. It worked.\", \"grade\": 4,"
                + " \"grades\": [4, 3.5], \"label\": \"correct\", \"split\": \"dev\", \"note\": \"ignored\","
                + " \"segments\": [{\"start\": 0, \"end\": 9, \"label\": \"A\"}, {\"start\": 10, \"end\": 20, \"label\": \"R\"}]}");
        line(out, "{\"question_id\": \"Q1\", \"text\": \"no id\"}");                                // 10
        line(out, "{\"id\": \"b11\", \"question_id\": \"Q1\", \"text\": \"t\", \"grade\": \"high\"}");  // 11
        line(out, "{\"id\": \"b12\", \"question_id\": \"Q1\", \"text\": \"t\", \"segments\": [{\"start\": 0, \"end\": 1, \"label\": \"X\"}]}");
        line(out, GOOD.formatted("b13") + " " + GOOD.formatted("b13x"));                           // 13: two records on a line
        line(out, "[1, 2]");                                                                        // 14
        line(out, "");                                                                              // 15
        out.write((GOOD.formatted("a16") + "\r\n").getBytes(StandardCharsets.UTF_8));              // 16: CRLF
        out.write(GOOD.formatted("a17").getBytes(StandardCharsets.UTF_8));                         // 17: no final newline
        Path f = tmp.resolve("mixed.jsonl");
        Files.write(f, out.toByteArray());
        return f;
    }

    private static void line(ByteArrayOutputStream out, String s) {
        out.writeBytes((s + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachBrokenLineIsOneErrorAndTheRestAreReadInOrder() throws Exception {
        Path f = brokenFile();
        Results r = Results.readAll(AnswerReader.open(f, ReaderOptions.defaults().withMaxTextChars(50)));

        assertEquals(List.of("a1", "a2", "a9", "a16", "a17"), r.ids());
        assertEquals(List.of(1, 2, 9, 16, 17), r.answers().stream().map(AnswerRecord::line).toList());
        assertEquals(List.of(3, 5, 6, 7, 8, 10, 11, 12, 13, 14), r.errorLines());

        assertContains(r.errorAt(3), "invalid JSON");
        assertContains(r.errorAt(5), "missing required field 'text'");
        assertEquals("b5", r.errorAt(5).answerId());
        assertEquals("Q1", r.errorAt(5).questionId(), "an error record keeps the question id the line has");
        assertNull(r.errorAt(10).answerId());
        assertEquals("Q1", r.errorAt(10).questionId());
        assertNull(r.errorAt(3).questionId(), "unparsable JSON has none");
        assertContains(r.errorAt(6), "field 'text' must be a string, found number 42");
        assertContains(r.errorAt(7), "invalid UTF-8 at byte 47");
        assertContains(r.errorAt(7), "save the file as UTF-8");
        assertContains(r.errorAt(8), "51 characters, over the limit of 50");
        assertContains(r.errorAt(10), "missing required field 'id'");
        assertNull(r.errorAt(10).answerId());
        assertContains(r.errorAt(11), "field 'grade' must be a number, found \"high\"");
        assertContains(r.errorAt(12), "must be one of S, T, A, R, O, found \"X\"");
        assertContains(r.errorAt(13), "invalid JSON");
        assertContains(r.errorAt(14), "expected a JSON object, found an array");
        assertTrue(r.errorAt(5).toString().startsWith(f + " line 5 (id b5): "), r.errorAt(5).toString());
    }

    @Test
    void readsEveryFieldOfAGoodRecord() throws Exception {
        Results r = Results.readAll(AnswerReader.open(brokenFile()));
        AnswerRecord a9 = r.answers().stream().filter(a -> a.id().equals("a9")).findFirst().orElseThrow();
        assertEquals(new AnswerRecord("a9", "Q3", "I led it. It worked.", 4.0, List.of(4.0, 3.5), "correct", "dev",
                List.of(new GoldSegment(0, 9, StarLabel.A), new GoldSegment(10, 20, StarLabel.R)), 9), a9);
        AnswerRecord a1 = r.answers().get(0);
        assertNull(a1.grade());
        assertEquals(List.of(), a1.grades());
        assertEquals(List.of(), a1.segments());
    }

    @Test
    void theDefaultTextLimitIsAMillionCharacters() throws Exception {
        Path f = tmp.resolve("big.jsonl");
        Files.writeString(f, GOOD.formatted("ok").replace("fine", "y".repeat(1_000_000)) + "\n"
                + GOOD.formatted("big").replace("fine", "y".repeat(1_000_001)) + "\n");
        Results r = Results.readAll(AnswerReader.open(f));
        assertEquals(List.of("ok"), r.ids());
        assertContains(r.errorAt(2), "1,000,001 characters, over the limit of 1,000,000");
    }

    @Test
    void segmentsOutsideTheTextAreRejected() throws Exception {
        Path f = tmp.resolve("seg.jsonl");
        Files.writeString(f, "{\"id\": \"s\", \"question_id\": \"Q1\", \"text\": \"short\","
                + " \"segments\": [{\"start\": 0, \"end\": 9, \"label\": \"S\"}]}\n");
        Results r = Results.readAll(AnswerReader.open(f));
        assertContains(r.errorAt(1), "[0, 9) does not lie within the text (length 5)");
    }

    @Test
    void aGradeTooLargeForADoubleIsAnErrorNotInfinity() throws Exception {
        Path f = tmp.resolve("huge.jsonl");
        Files.writeString(f, "{\"id\": \"h1\", \"question_id\": \"Q1\", \"text\": \"t\", \"grade\": 1e400}\n"
                + "{\"id\": \"h2\", \"question_id\": \"Q1\", \"text\": \"t\", \"grades\": [3, -1e400]}\n");
        Results r = Results.readAll(AnswerReader.open(f));
        assertEquals(List.of(), r.ids());
        assertContains(r.errorAt(1), "field 'grade' must be a finite number");
        assertContains(r.errorAt(2), "field 'grades[1]' must be a finite number");
    }

    @Test
    void fileLevelProblemsThrowNamingTheFile() {
        Path missing = tmp.resolve("nope.jsonl");
        AnswerFileException e = assertThrows(AnswerFileException.class, () -> AnswerReader.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such file"),
                e.getMessage());
        AnswerFileException ext = assertThrows(AnswerFileException.class,
                () -> AnswerReader.open(tmp.resolve("answers.xlsx")));
        assertTrue(ext.getMessage().contains("answers.xlsx: unknown answer file type"), ext.getMessage());
    }

    static void assertContains(ReadResult.ReadError e, String part) {
        assertTrue(e.message().contains(part), "expected '" + part + "' in: " + e);
    }
}
