package dev.assay.corpus.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes real imports and reads them back: answers with AnswerReader, banks as snake_case YAML. */
class DatasetWriterTest {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @TempDir
    Path out;

    @Test
    void safRoundTripsThroughAnswerReaderAndYaml() throws IOException {
        ImportedDataset set = PublicDataset.SAF.read();
        List<Path> written = DatasetWriter.write(set, out);
        assertEquals(List.of(out.resolve("bank.yaml"), out.resolve("answers.jsonl")), written);
        assertEquals(set.part("saf").bank(), YAML.readValue(out.resolve("bank.yaml").toFile(), QuestionBank.class));
        assertRecordsRoundTrip(set.part("saf").answers(), out.resolve("answers.jsonl"));
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(out.resolve("answers.jsonl")).get(0));
        assertEquals(List.of("id", "question_id", "text", "grade", "label", "split", "feedback"),
                iterate(first.fieldNames()));
    }

    @Test
    void semevalWritesOneBankAndAnswerFilePerCorpus() throws IOException {
        ImportedDataset set = PublicDataset.SEMEVAL.read();
        List<Path> written = DatasetWriter.write(set, out);
        assertEquals(List.of(out.resolve("bank-beetle.yaml"), out.resolve("answers-beetle.jsonl"),
                out.resolve("bank-sciEntsBank.yaml"), out.resolve("answers-sciEntsBank.jsonl")), written);
        for (DatasetPart p : set.parts()) {
            assertEquals(p.bank(), YAML.readValue(out.resolve("bank-" + p.name() + ".yaml").toFile(),
                    QuestionBank.class));
            assertRecordsRoundTrip(p.answers(), out.resolve("answers-" + p.name() + ".jsonl"));
        }
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(out.resolve("answers-beetle.jsonl")).get(0));
        assertEquals("correct", first.get("label_2way").asText());
        assertTrue(first.get("grade") == null);
    }

    @Test
    void mohlerWritesGradesAndAssignmentSplits() throws IOException {
        ImportedDataset set = PublicDataset.MOHLER.read();
        DatasetWriter.write(set, out);
        assertEquals(set.part("mohler").bank(), YAML.readValue(out.resolve("bank.yaml").toFile(), QuestionBank.class));
        assertRecordsRoundTrip(set.part("mohler").answers(), out.resolve("answers.jsonl"));
        String yaml = Files.readString(out.resolve("bank.yaml"));
        assertTrue(yaml.contains("kind: short_answer"), "kind"); // BankWriter minimises quotes
        assertTrue(yaml.contains("model_answers:"), "model_answers");
    }

    @Test
    void rewritingReplacesAndLeavesNoTemporaryFiles() throws IOException {
        ImportedDataset set = PublicDataset.SAF.read();
        DatasetWriter.write(set, out);
        DatasetWriter.write(set, out);
        try (var files = Files.list(out)) {
            assertEquals(List.of("answers.jsonl", "bank.yaml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static void assertRecordsRoundTrip(List<ImportedAnswer> expected, Path file) throws IOException {
        List<AnswerRecord> read = new ArrayList<>();
        try (AnswerReader reader = AnswerReader.open(file)) {
            while (reader.hasNext()) {
                ReadResult r = reader.next();
                assertTrue(r instanceof ReadResult.Answer, r.toString());
                read.add(((ReadResult.Answer) r).record());
            }
        }
        assertEquals(expected.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            AnswerRecord e = expected.get(i).record();
            AnswerRecord a = read.get(i);
            // Everything but the line, which is the source file's line before and the JSONL line after.
            assertEquals(new AnswerRecord(e.id(), e.questionId(), e.text(), e.grade(), e.grades(), e.label(),
                    e.split(), e.segments(), i + 1), a);
        }
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
