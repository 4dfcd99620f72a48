package dev.assay.rubric.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rubric.SharedFiles;
import dev.assay.rubric.model.Band;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import dev.assay.rubric.model.Step;
import dev.assay.rubric.model.Structure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BankRoundTripTest {

    /** Every field set, including the awkward ones: a string that looks like a number, a score, nulls. */
    static QuestionBank sample() {
        Question behavioral = new Question("Q1", "Incident", "Describe an incident", "Why: ownership",
                QuestionKind.BEHAVIORAL, new Scale(1, 4, List.of(new Band("low", 1, 2), new Band("high", 2, 4))),
                List.of(), List.of(), new Structure(List.of(
                        new StarSection(StarLabel.S, 0.5, List.of("context"), "We were down"),
                        new StarSection(StarLabel.R, 0.5, List.of(), null)), List.of()),
                List.of(new ModelAnswer("ma1", "We were down. Fixed: yes.", 4.0,
                        Map.of(StarLabel.R, "Fixed: yes.", StarLabel.S, "We were down"))));
        Question procedural = new Question("Q2", "Steps", "How?", null, QuestionKind.PROCEDURAL, Scale.DEFAULT,
                List.of(new Concept("c1", "Roll back", 2.5, List.of("rollback", "1"), true, "Say how you roll back."),
                        new Concept("c2", "true", 1, List.of("yes"), false, null)),
                List.of(new Misconception("mc1", "Blame", List.of("QA was careless"), 0.2, null)),
                new Structure(List.of(), List.of(new Step(1, "c1"), new Step(2, "c2"))), List.of());
        return new QuestionBank("Sample", List.of(behavioral, procedural));
    }

    @ParameterizedTest
    @EnumSource(value = BankFormat.class, names = {"YAML", "JSON"})
    void writtenBankReadsBackEqual(BankFormat format) {
        String text = BankWriter.toText(sample(), format);
        LoadResult r = BankReader.read("sample." + format.name().toLowerCase(), text.getBytes(StandardCharsets.UTF_8), format);
        assertEquals(List.of(), r.problems(), text);
        assertEquals(sample(), r.orElseThrow());
    }

    @Test
    void wireNamesAreSnakeCaseAndSectionsComeInStoryOrder() {
        String yaml = BankWriter.toText(sample(), BankFormat.YAML);
        assertTrue(yaml.contains("model_answers:"), yaml);
        assertTrue(yaml.contains("kind: behavioral"), yaml);
        assertTrue(yaml.indexOf("S: We were down") < yaml.indexOf("R: \"Fixed: yes.\""), yaml);
        String json = BankWriter.toText(sample(), BankFormat.JSON);
        assertTrue(json.contains("\"model_answers\""), json);
    }

    @Test
    void importedInterviewBankSurvivesYamlAndJsonThroughFiles(@TempDir Path dir) throws Exception {
        QuestionBank bank = BankReader.load(SharedFiles.interviewBank()).orElseThrow();
        for (String name : List.of("bank.yaml", "bank.yml", "bank.json")) {
            Path file = dir.resolve(name);
            BankWriter.write(bank, file);
            LoadResult r = BankReader.load(file);
            assertEquals(List.of(), r.problems(), name);
            assertEquals(bank, r.orElseThrow(), name);
        }
    }
}
