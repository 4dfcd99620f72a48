package dev.assay.engine.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rubric.model.QuestionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheWeightsOfEachKind() throws Exception {
        Path f = dir.resolve("w.json");
        Files.writeString(f, "{\"format\": \"assay-weights/1\", \"id\": \"t\","
                + " \"weights\": {\"short_answer\": {\"_intercept\": 0.1, \"cosine\": 0.4}}}");
        ScoringWeights w = WeightsFile.read(f).weights();
        assertEquals("t", w.id());
        assertEquals(0.4, w.byKind().get(QuestionKind.SHORT_ANSWER).get("cosine"));
    }

    @Test
    void aKindWhoseWeightsAreNotAnObjectIsNamed() throws Exception {
        Path f = dir.resolve("w.json");
        Files.writeString(f, "{\"format\": \"assay-weights/1\", \"id\": \"t\", \"weights\": {\"short_answer\": 0.4}}");
        IOException e = assertThrows(IOException.class, () -> WeightsFile.read(f));
        assertTrue(e.getMessage().contains(f + ": weights.short_answer must be an object"), e.getMessage());
    }
}
