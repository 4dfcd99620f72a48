package dev.assay.corpus.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small broken copies of each format, made here: every error names the file and the line or element. */
class DatasetErrorsTest {

    @TempDir
    Path dir;

    private static void assertMessage(DatasetFormatException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message \"" + e.getMessage() + "\" lacks \"" + p + "\"");
        }
    }

    // ---- Mohler -------------------------------------------------------------------------------

    /** A one-question Mohler tree (question 1.1, three answers) under dir/ShortAnswerGrading_v2.0/data. */
    private Path mohler(String answers, String scores) throws IOException {
        Path data = dir.resolve("ShortAnswerGrading_v2.0").resolve("data");
        write(data.resolve("docs/files"), "1.1\n#1.2\n");
        write(data.resolve("raw/questions"), "1.1 What is a stack?\n1.2 Ignored?\n");
        write(data.resolve("raw/answers"), "1.1 A last-in first-out list.\n1.2 x\n");
        write(data.resolve("raw/1.1"), answers);
        write(data.resolve("scores/1.1/ave"), scores);
        return data;
    }

    @Test
    void mohlerSmallValidTree() throws IOException {
        mohler("1.1 LIFO<br>list\n1.1 a &lt;b&gt; c\n1.1 pile\n", "5\n4.5\n2\n");
        ImportedDataset set = MohlerReader.read(dir);
        assertEquals(1, set.part("mohler").bank().questions().size());
        assertEquals("LIFO list", set.part("mohler").answers().get(0).record().text());
        assertEquals("a <b> c", set.part("mohler").answers().get(1).record().text());
        assertEquals(2.0, set.part("mohler").answers().get(2).record().grade());
        assertEquals("mohler-1.1-3", set.part("mohler").answers().get(2).record().id());
        assertEquals(set.part("mohler"), MohlerReader.read(dir.resolve("ShortAnswerGrading_v2.0")).part("mohler"));
    }

    @Test
    void mohlerMissingFolderNamesTheExpectedPath() {
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertMessage(e, dir.resolve("ShortAnswerGrading_v2.0/data/docs/files").toString(), "no such file");
    }

    @Test
    void mohlerMissingAnswerFileNamesIt() throws IOException {
        Path data = mohler("1.1 a\n", "5\n");
        Files.delete(data.resolve("raw/1.1"));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertEquals(data.resolve("raw/1.1").toString(), e.source());
        assertMessage(e, "no such file");
    }

    @Test
    void mohlerScoreCountMismatchNamesBothFilesAndCounts() throws IOException {
        Path data = mohler("1.1 a\n1.1 b\n1.1 c\n", "5\n4\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertMessage(e, data.resolve("scores/1.1/ave").toString(), "2 score lines", data.resolve("raw/1.1").toString(),
                "3 answers");
    }

    @Test
    void mohlerLineWithoutItsPrefixNamesFileAndLine() throws IOException {
        Path data = mohler("1.1 a\n2.1 b\n1.1 c\n", "5\n4\n3\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertEquals(data.resolve("raw/1.1").toString(), e.source());
        assertEquals(2, e.line());
        assertMessage(e, "line 2", "\"1.1 \"");
    }

    @Test
    void mohlerBadScoreNamesFileAndLine() throws IOException {
        Path data = mohler("1.1 a\n1.1 b\n1.1 c\n", "5\nfive\n3\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertMessage(e, data.resolve("scores/1.1/ave") + " line 2", "\"five\"");
        mohler("1.1 a\n1.1 b\n1.1 c\n", "5\n7\n3\n");
        e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertMessage(e, "line 2", "outside 0-5");
    }

    @Test
    void mohlerListedQuestionWithoutTextNamesQuestionsFile() throws IOException {
        Path data = mohler("1.1 a\n", "5\n");
        write(data.resolve("raw/questions"), "1.2 Only another one?\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> MohlerReader.read(dir));
        assertMessage(e, data.resolve("raw/questions").toString(), "no line for question 1.1");
    }

    // ---- SemEval ------------------------------------------------------------------------------

    private static final String SEMEVAL_OK = """
            <?xml version="1.0"?>
            <question id="Q1" module="M">
              <questionText>Why does the bulb light?</questionText>
              <referenceAnswers>
                <referenceAnswer category="BEST" id="r1">The circuit is closed.</referenceAnswer>
              </referenceAnswers>
              <studentAnswers>
                <studentAnswer id="s1" accuracy="correct">closed circuit</studentAnswer>
                <studentAnswer id="s2" accuracy="contradictory">the circuit is open</studentAnswer>
              </studentAnswers>
            </question>
            """;

    private Path semeval(Map<String, String> members) throws IOException {
        return zip(dir.resolve(SemEvalReader.ARCHIVE), members);
    }

    @Test
    void semevalSmallValidArchive() throws IOException {
        semeval(Map.of("training/3way/beetle/Q1.xml", SEMEVAL_OK,
                "training/2way/beetle/Q1.xml", SEMEVAL_OK.replace("contradictory", "incorrect"),
                "test/3way/sciEntsBank/test-unseen-domains/Q2.xml", SEMEVAL_OK.replace("Q1", "Q2")));
        ImportedDataset set = SemEvalReader.read(dir);
        DatasetPart beetle = set.part("beetle");
        assertEquals("r1-best", beetle.bank().questions().get(0).modelAnswers().get(0).id());
        assertEquals("semeval-beetle-s2", beetle.answers().get(1).record().id());
        assertEquals("contradictory", beetle.answers().get(1).record().label());
        assertEquals("incorrect", beetle.answers().get(1).label2way());
        assertEquals(9, beetle.answers().get(1).record().line());
        ImportedAnswer ud = set.part("sciEntsBank").answers().get(0);
        assertEquals(SemEvalReader.UNSEEN_DOMAINS, ud.record().split());
        assertEquals(null, ud.label2way()); // no 2-way twin in this archive
    }

    @Test
    void semevalMissingArchiveNamesTheExpectedPath() {
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SemEvalReader.read(dir));
        assertMessage(e, dir.resolve("semeval-3way.zip").toString(), "no such file");
    }

    @Test
    void semevalMalformedXmlNamesMemberAndLine() throws IOException {
        Path zip = semeval(Map.of("training/3way/beetle/Q1.xml",
                SEMEVAL_OK.replace("<studentAnswer id=\"s2\"", "<studentAnswer id=\"s2\" <oops")));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SemEvalReader.read(zip));
        assertEquals(zip + "!training/3way/beetle/Q1.xml", e.source());
        assertEquals(9, e.line());
        assertMessage(e, "semeval-3way.zip!training/3way/beetle/Q1.xml line 9", "malformed XML");
    }

    @Test
    void semevalUnknownLabelNamesMemberAndLine() throws IOException {
        semeval(Map.of("training/3way/beetle/Q1.xml", SEMEVAL_OK.replace("\"contradictory\"", "\"partly\"")));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SemEvalReader.read(dir));
        assertMessage(e, "!training/3way/beetle/Q1.xml line 9", "answer s2", "\"partly\"");
    }

    @Test
    void semevalTwoWayFileMissingAnAnswerNamesBothFiles() throws IOException {
        semeval(Map.of("training/3way/beetle/Q1.xml", SEMEVAL_OK,
                "training/2way/beetle/Q1.xml", SEMEVAL_OK.replace(
                        "    <studentAnswer id=\"s2\" accuracy=\"contradictory\">the circuit is open</studentAnswer>\n",
                        "")));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SemEvalReader.read(dir));
        assertMessage(e, "!training/2way/beetle/Q1.xml", "no answer s2", "!training/3way/beetle/Q1.xml line 9");
    }

    @Test
    void semevalMemberInAnUnknownPlaceIsNamed() throws IOException {
        semeval(Map.of("test/3way/beetle/test-unseen-domains-2/Q1.xml", SEMEVAL_OK));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SemEvalReader.read(dir));
        assertMessage(e, "!test/3way/beetle/test-unseen-domains-2/Q1.xml", "unknown corpus");
    }

    @Test
    void notAZipIsReported() throws IOException {
        write(dir.resolve(SemEvalReader.ARCHIVE), "not a zip");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SemEvalReader.read(dir));
        assertMessage(e, dir.resolve(SemEvalReader.ARCHIVE).toString(), "zip");
    }

    // ---- SAF ----------------------------------------------------------------------------------

    private static final String SAF_OK = """
            <?xml version='1.0' encoding='utf-8'?>
            <question id="1.1">
              <questionText>What is a frame?</questionText>
              <referenceAnswers>
                <referenceAnswer id="1.1.a1">A unit of data on the link layer.</referenceAnswer>
              </referenceAnswers>
              <studentAnswers>
                <studentAnswer id="1.1.7">
                  <response>link layer data unit</response>
                  <response_feedback>Correct.</response_feedback>
                  <score>1.0</score>
                  <verification_feedback>Correct</verification_feedback>
                </studentAnswer>
              </studentAnswers>
            </question>
            """;

    @Test
    void safSmallValidArchive() throws IOException {
        zip(dir.resolve(SafReader.ARCHIVE), Map.of("SAF2_0/training/1.1.xml", SAF_OK,
                "SAF2_0/unseen_answers/1.1.xml", SAF_OK.replace("<score>1.0", "<score>1.5"),
                "SAF2_0/README.md", "ignored"));
        ImportedDataset set = SafReader.read(dir.resolve(SafReader.ARCHIVE));
        assertEquals(1, set.part("saf").bank().questions().size());
        assertEquals(1.5, set.part("saf").bank().questions().get(0).scale().max());
        assertEquals(java.util.List.of("saf-train-1.1.7", "saf-unseen_answers-1.1.7"),
                set.records().map(r -> r.id()).toList());
        assertEquals("Correct.", set.part("saf").answers().get(0).feedback());
    }

    @Test
    void safMissingArchiveNamesTheExpectedPath() {
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SafReader.read(dir));
        assertMessage(e, dir.resolve("SAF2_0.zip").toString(), "no such file");
    }

    @Test
    void safBadScoreNamesMemberAndLine() throws IOException {
        zip(dir.resolve(SafReader.ARCHIVE), Map.of("SAF2_0/training/1.1.xml", SAF_OK.replace("<score>1.0", "<score>one")));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SafReader.read(dir));
        assertMessage(e, "SAF2_0.zip!SAF2_0/training/1.1.xml line 8", "<score> of answer 1.1.7", "\"one\"");
    }

    @Test
    void safMissingResponseAndUnclosedElementAreNamed() throws IOException {
        zip(dir.resolve(SafReader.ARCHIVE), Map.of("SAF2_0/training/1.1.xml",
                SAF_OK.replace("<response>link layer data unit</response>", "")));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SafReader.read(dir));
        assertMessage(e, "!SAF2_0/training/1.1.xml line 8", "no <response>");
        zip(dir.resolve(SafReader.ARCHIVE), Map.of("SAF2_0/training/1.1.xml", SAF_OK.replace("</score>", "")));
        e = assertThrows(DatasetFormatException.class, () -> SafReader.read(dir));
        assertMessage(e, "!SAF2_0/training/1.1.xml line ", "malformed XML");
        assertTrue(e.line() > 0, "line given");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path zip(Path file, Map<String, String> members) throws IOException {
        Files.deleteIfExists(file);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> m : new LinkedHashMap<>(members).entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }
}
