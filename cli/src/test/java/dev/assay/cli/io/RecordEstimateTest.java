package dev.assay.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordEstimateTest {

    @TempDir
    Path dir;

    @Test
    void countsNonEmptyLinesLessACsvHeader() throws Exception {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{}\n\n{}\r\n{}");
        assertEquals(3, RecordEstimate.of(f, false));
        assertEquals(2, RecordEstimate.of(f, true));
        assertEquals(-1, RecordEstimate.of(dir.resolve("missing"), false));
    }
}
