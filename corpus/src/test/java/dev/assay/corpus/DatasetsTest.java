package dev.assay.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void propertyWinsOverEnvironmentAndSearch() throws IOException {
        Path shared = Files.createDirectories(tmp.resolve("a/datasets")).getParent();
        assertEquals(shared, Datasets.sharedDir(shared.toString(), "/nowhere", tmp));
    }

    @Test
    void walksUpToASiblingSharedFolder() throws IOException {
        Files.createDirectories(tmp.resolve("shared/datasets"));
        Path deep = Files.createDirectories(tmp.resolve("wt/corpus/target"));
        assertEquals(tmp.resolve("shared"), Datasets.sharedDir(null, null, deep));
    }

    @Test
    void saysWhereItLookedWhenNothingIsFound() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Datasets.sharedDir(null, "", tmp));
        assertTrue(e.getMessage().contains("ASSAY_SHARED"), e.getMessage());
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> Datasets.sharedDir(tmp.toString(), null, tmp));
        assertTrue(bad.getMessage().contains("has no datasets/"), bad.getMessage());
    }

    @Test
    void findsTheInterviewSetFromTheBuild() {
        assertTrue(Files.isRegularFile(Datasets.dataset("interview-answers").resolve("answers.jsonl")));
    }
}
