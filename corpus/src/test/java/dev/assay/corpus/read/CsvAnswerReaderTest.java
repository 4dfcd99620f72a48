package dev.assay.corpus.read;

import static dev.assay.corpus.read.JsonlAnswerReaderTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.AnswerRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAnswerReaderTest {

    @TempDir
    Path tmp;

    private Path write(String name, String csv) throws Exception {
        return Files.writeString(tmp.resolve(name), csv, StandardCharsets.UTF_8);
    }

    @Test
    void readsQuotedCommasQuotesAndNewlines() throws Exception {
        Path f = write("answers.csv", """
                id,question_id,text,grade
                a1,Q1,"First, I paged the secondary.",4
                a2,Q2,"She said ""roll back"" and
                we did,
                twice.",2.5

                a3,Q3,plain,
                """);
        Results r = Results.readAll(AnswerReader.open(f));
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.blankRows());
        assertEquals(List.of(
                new AnswerRecord("a1", "Q1", "First, I paged the secondary.", 4.0, List.of(), null, null, List.of(), 2),
                new AnswerRecord("a2", "Q2", "She said \"roll back\" and\nwe did,\ntwice.", 2.5, List.of(), null, null,
                        List.of(), 3),
                new AnswerRecord("a3", "Q3", "plain", null, List.of(), null, null, List.of(), 7)), r.answers());
    }

    @Test
    void customColumnNamesReadAnLmsExport() throws Exception {
        Path f = write("lms.csv", "\uFEFFSubmission ID,Item,Response,Score,Extra\n"
                + "s-17,Q9,\"Expand, migrate, contract\",3,x\n");
        ReaderOptions lms = ReaderOptions.defaults().withColumns("Submission ID", "Item", "Response")
                .withGradeColumn("Score");
        Results r = Results.readAll(AnswerReader.open(f, lms));
        assertEquals(List.of(new AnswerRecord("s-17", "Q9", "Expand, migrate, contract", 3.0, List.of(), null, null,
                List.of(), 2)), r.answers());
    }

    @Test
    void aMissingHeaderColumnIsAFileErrorNamingFileAndColumn() throws Exception {
        Path f = write("lms.csv", "Submission ID,Item,Answer\ns-1,Q1,hello\n");
        AnswerFileException e = assertThrows(AnswerFileException.class, () -> AnswerReader.open(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no column 'id', 'question_id' or 'text'"
                + " (header: Submission ID, Item, Answer); if they have other names"), e.getMessage());
        AnswerFileException one = assertThrows(AnswerFileException.class, () -> AnswerReader.open(f,
                ReaderOptions.defaults().withColumns("Submission ID", "Item", "Response")));
        assertTrue(one.getMessage().contains("no column 'Response' (header: Submission ID, Item, Answer);"
                + " if it has another name"), one.getMessage());
        AnswerFileException empty = assertThrows(AnswerFileException.class,
                () -> AnswerReader.open(write("empty.csv", "")));
        assertTrue(empty.getMessage().contains("needs a header row"), empty.getMessage());
    }

    @Test
    void theSeparatorIsTheOneThatGivesTheHeaderItsNamedColumns() throws Exception {
        ReaderOptions lms = ReaderOptions.defaults().withColumns("Submission ID", "Question", "Response");
        // European Excel: semicolons, and commas inside the (unquoted) text
        Path semi = write("semi.csv", "\uFEFFSubmission ID;Question;Student first name;Response\r\n"
                + "s01;Q1;Ana;First, I paged the secondary.\r\ns02;Q1;\"Ben; Jr\";\"Quoted; with \"\"quotes\"\"\"\r\n");
        Results r = Results.readAll(AnswerReader.open(semi, lms));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("First, I paged the secondary.", "Quoted; with \"quotes\""),
                r.answers().stream().map(AnswerRecord::text).toList());
        Path tab = write("tab.tsv.csv", "id\tquestion_id\ttext\na1\tQ1\tone, two; three\n");
        assertEquals(List.of("one, two; three"),
                Results.readAll(AnswerReader.open(tab)).answers().stream().map(AnswerRecord::text).toList());
        // a header that splits more ways names its columns at the separator that gives the named ones
        Path mixed = write("mixed.csv", "id,question_id,text,\"notes; free\"\na1,Q1,\"x; y\",n\n");
        assertEquals(List.of("x; y"),
                Results.readAll(AnswerReader.open(mixed)).answers().stream().map(AnswerRecord::text).toList());

        AnswerFileException wrongName = assertThrows(AnswerFileException.class, () -> AnswerReader.open(semi,
                lms.withColumns("Submission ID", "Item", "Answer")));
        assertTrue(wrongName.getMessage().contains("no column 'Item' or 'Answer' (header, semicolon-separated:"
                + " Submission ID, Question, Student first name, Response)"), wrongName.getMessage());
        AnswerFileException pipes = assertThrows(AnswerFileException.class, () -> AnswerReader.open(
                write("pipes.csv", "id|question_id|text\na1|Q1|x\n")));
        assertTrue(pipes.getMessage().contains("(header: one column, 'id|question_id|text'; Assay reads columns"
                + " separated by commas, semicolons or tabs)"), pipes.getMessage());
    }

    @Test
    void aSpreadsheetsEmptyRowsAreSkippedAndCounted() throws Exception {
        Path f = write("blank.csv",
                "id,question_id,text,notes\r\na1,Q1,one,\r\n,,,\r\n , ,\t,\r\n,Q1,,\r\na2,Q1,two,\r\n");
        Results r = Results.readAll(AnswerReader.open(f));
        assertEquals(List.of("a1", "a2"), r.ids());
        assertEquals(List.of(5), r.errorLines(), "a row with anything in it is still a record");
        assertEquals(2, r.blankRows());
    }

    @Test
    void badRowsAreErrorsAndReadingGoesOn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("""
                id,question_id,text,grade
                a1,Q1,fine,1
                b2,Q1,unquoted, comma,2
                b3,Q1
                ,Q1,no id,1
                b5,Q1,"multi
                line",very good
                b7,Q1,x\
                """.getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xFF});                                      // line 8: invalid UTF-8
        out.writeBytes("""
                ,1
                b8,Q1,"%s",1
                a9,Q1,"last, fine",5
                """.formatted("z".repeat(30)).getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(tmp.resolve("bad.csv"), out.toByteArray());
        Results r = Results.readAll(AnswerReader.open(f, ReaderOptions.defaults().withMaxTextChars(20)));

        assertEquals(List.of("a1", "a9"), r.ids());
        assertEquals(List.of(2, 10), r.answers().stream().map(AnswerRecord::line).toList());
        assertEquals(List.of(3, 4, 5, 6, 8, 9), r.errorLines());
        assertContains(r.errorAt(3), "row has 5 fields but the header has 4");
        assertContains(r.errorAt(4), "missing value for column 'text'");
        assertContains(r.errorAt(5), "missing value for column 'id'");
        assertEquals("Q1", r.errorAt(4).questionId(), "an error record keeps the question id the row has");
        assertEquals("Q1", r.errorAt(5).questionId());
        assertNull(r.errorAt(5).answerId());
        assertContains(r.errorAt(6), "field 'grade' must be a number, found \"very good\"");
        assertContains(r.errorAt(8), "column 'text' holds invalid UTF-8");
        assertEquals("b7", r.errorAt(8).answerId());
        assertContains(r.errorAt(9), "field 'text' is 30 characters, over the limit of 20");
    }

    @Test
    void invalidUtf8OnlyMattersInTheColumnsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Submission ID,Question,Student first name,Response\nL1,Q5,Zo".getBytes(StandardCharsets.UTF_8));
        out.write(0xEB);                                                          // Latin-1 "ë" in a name
        out.writeBytes(",fine\nL2,Q5,Ann,caf".getBytes(StandardCharsets.UTF_8));
        out.write(0xE9);                                                          // Latin-1 "é" in the text
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(tmp.resolve("latin1.csv"), out.toByteArray());
        Results r = Results.readAll(AnswerReader.open(f,
                ReaderOptions.defaults().withColumns("Submission ID", "Question", "Response")));
        assertEquals(List.of("L1"), r.ids());
        assertContains(r.errorAt(3), "column 'Response' holds invalid UTF-8");
        assertContains(r.errorAt(3), "save the file as UTF-8");
        assertEquals("L2", r.errorAt(3).answerId());
    }

    @Test
    void anUnclosedQuoteStopsReadingWithAnError() throws Exception {
        Path f = write("q.csv", "id,question_id,text\na1,Q1,ok\na2,Q1,\"never closed\na3,Q1,lost\n");
        Results r = Results.readAll(AnswerReader.open(f));
        assertEquals(List.of("a1"), r.ids());
        assertEquals(1, r.errors().size());
        assertContains(r.errors().get(0), "malformed CSV, reading stopped here: Missing closing quote");
        assertEquals(3, r.errors().get(0).line());
        assertNull(r.errors().get(0).answerId());
    }
}
