package dev.assay.engine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    @Test
    void theLastCompleteCheckpointWins() throws Exception {
        Path f = dir.resolve("out.part.journal");
        try (Journal j = Journal.create(f, Map.of("input", "a.jsonl"), Checkpoint.START)) {
            j.append(new Checkpoint(256, 1000, 250, 6));
            j.append(new Checkpoint(512, 2000, 500, 12));
        }
        // a crash in the middle of appending leaves a cut line behind
        Files.writeString(f, "checkpoint 768 30", StandardOpenOption.APPEND);
        Journal.Contents c = Journal.read(f);
        assertEquals(Map.of("input", "a.jsonl"), c.identity());
        assertEquals(new Checkpoint(512, 2000, 500, 12), c.last());
    }

    @Test
    void aFreshJournalHoldsTheStart() throws Exception {
        Path f = dir.resolve("j");
        Journal.create(f, Map.of(), Checkpoint.START).close();
        assertEquals(Checkpoint.START, Journal.read(f).last());
    }

    @Test
    void somethingElseIsNotAJournal() throws Exception {
        Path f = dir.resolve("j");
        Files.write(f, "hello\nworld\n".getBytes(StandardCharsets.UTF_8));
        ResumeRefusedException e = assertThrows(ResumeRefusedException.class, () -> Journal.read(f));
        assertTrue(e.getMessage().contains("not an assay journal"), e.getMessage());
    }

    @Test
    void inconsistentCheckpointLinesAreIgnored() throws Exception {
        Path f = dir.resolve("j");
        try (Journal j = Journal.create(f, Map.of(), Checkpoint.START)) {
            j.append(new Checkpoint(10, 100, 9, 1));
        }
        Files.writeString(f, "checkpoint 20 200 5 1\n", StandardOpenOption.APPEND); // 5 + 1 != 20
        assertEquals(new Checkpoint(10, 100, 9, 1), Journal.read(f).last());
    }
}
