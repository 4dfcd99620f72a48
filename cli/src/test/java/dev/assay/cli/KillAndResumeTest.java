package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.corpus.generate.AnswerFileGenerator;
import dev.assay.engine.batch.CheckpointedOutput;
import dev.assay.engine.batch.Journal;
import dev.assay.engine.batch.ResumeRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} in the middle of a batch: a child JVM grades, is killed once its journal
 * shows progress, and {@code --resume} then finishes the job with the bytes of an uninterrupted run.
 */
class KillAndResumeTest {

    private static final int ANSWERS = 1500;
    private static final String MAX = "5000";

    @TempDir
    Path dir;

    @Test
    void aKilledRunResumesToTheSameBytes() throws Exception {
        Path answers = dir.resolve("short.jsonl");
        AnswerFileGenerator.generate(Cli.bundledAnswers(), answers, ANSWERS, Integer.parseInt(MAX), 120);
        Path out = dir.resolve("graded.jsonl");

        Process child = new ProcessBuilder(command(answers, out))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        long done = waitForProgress(child, out);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertFalse(Files.exists(out), "a killed run leaves nothing under the target's name");
        assertTrue(Files.exists(CheckpointedOutput.partOf(out)));
        long checkpointed = Journal.read(CheckpointedOutput.journalOf(out)).last().records();
        assertTrue(checkpointed >= done && checkpointed < ANSWERS,
                "killed mid-run: " + checkpointed + " of " + ANSWERS + " checkpointed");

        Cli.Result resumed = Cli.run(args(answers, out, "--resume"));
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("resuming " + out + " after " + checkpointed + " records"), resumed.err());
        assertTrue(resumed.err().contains("graded " + (ANSWERS - ANSWERS / 100) + ", errors " + ANSWERS / 100),
                resumed.err());
        assertFalse(CheckpointedOutput.hasUnfinished(out));

        Path reference = dir.resolve("reference.jsonl");
        Cli.Result straight = Cli.run(args(answers, reference));
        assertEquals(0, straight.exit(), straight.err());
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out),
                "resumed output differs from an uninterrupted run's");
    }

    private String[] args(Path answers, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("grade", "--bank", Cli.bank().toString(), "--answers",
                answers.toString(), "--out", out.toString(), "--threads", "2", "--max-text-chars", MAX));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private List<String> command(Path answers, Path out) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> c = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                AssayCommand.class.getName()));
        c.addAll(List.of(args(answers, out)));
        return c;
    }

    /** Waits until the child's journal has checkpointed some records beyond the start; returns how many. */
    private long waitForProgress(Process child, Path out) throws Exception {
        Path journal = CheckpointedOutput.journalOf(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child ended before it could be killed (exit " + child.exitValue() + "): "
                        + Files.readString(dir.resolve("child.log")));
            }
            if (Files.exists(journal)) {
                try {
                    long records = Journal.read(journal).last().records();
                    if (records > 0) {
                        return records;
                    }
                } catch (ResumeRefusedException | IOException e) {
                    // being written this instant; look again
                }
            }
            Thread.sleep(50);
        }
        child.destroyForcibly();
        fail("no checkpoint within 120 s: " + Files.readString(dir.resolve("child.log")));
        return -1;
    }
}
