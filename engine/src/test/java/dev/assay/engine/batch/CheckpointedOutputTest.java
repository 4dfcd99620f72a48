package dev.assay.engine.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume protocol end to end with a fake grader: a crash at any point, then a resume, gives the same bytes. */
class CheckpointedOutputTest {

    private static final CheckpointPolicy EVERY_7 = new CheckpointPolicy(7, Duration.ofHours(1));
    private static final List<String> INPUT = IntStream.range(0, 300).mapToObj(i -> "answer " + i).toList();
    private static final Map<String, String> ID = Map.of("input", "in.jsonl", "bank_sha256", "sha256:ab");

    @TempDir
    Path dir;

    /** Stops a run by throwing from the writer after {@code n} records, like a crash mid-batch. */
    private static final class Crash extends RuntimeException {
    }

    private static String grade(String s) {
        return s.hashCode() % 5 == 0 ? null : s.toUpperCase(); // null: an error record
    }

    /** Runs (or resumes) the batch; crashes after {@code crashAfter} records written in this session. */
    private void run(Path out, boolean resume, int threads, int crashAfter) throws Exception {
        try (CheckpointedOutput output = resume ? CheckpointedOutput.resume(out, ID, EVERY_7)
                : CheckpointedOutput.fresh(out, ID, EVERY_7);
             OrderedPool pool = new OrderedPool(threads)) {
            Iterator<String> inputs = INPUT.iterator();
            output.skipDone(inputs);
            Writer w = new BufferedWriter(new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8), 64);
            int[] written = {0};
            pool.run(inputs, CheckpointedOutputTest::grade, r -> {
                if (written[0]++ == crashAfter) {
                    throw new Crash();
                }
                try {
                    w.write(r == null ? "{\"error\":true}\n" : r + "\n");
                    output.recordWritten(r != null, w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            output.commit(w);
        }
    }

    private byte[] uninterrupted() throws Exception {
        Path ref = dir.resolve("ref.jsonl");
        run(ref, false, 1, Integer.MAX_VALUE);
        return Files.readAllBytes(ref);
    }

    @Test
    void aCompleteRunLeavesOnlyTheTarget() throws Exception {
        Path out = dir.resolve("out.jsonl");
        run(out, false, 2, Integer.MAX_VALUE);
        assertTrue(Files.exists(out));
        assertFalse(CheckpointedOutput.hasUnfinished(out));
        assertEquals(300, Files.readAllLines(out).size());
    }

    @Test
    void aCrashLeavesNoTargetButAPartAndAJournal() throws Exception {
        Path out = dir.resolve("out.jsonl");
        assertThrows(Crash.class, () -> run(out, false, 2, 100));
        assertFalse(Files.exists(out));
        assertTrue(Files.exists(CheckpointedOutput.partOf(out)));
        Journal.Contents j = Journal.read(CheckpointedOutput.journalOf(out));
        assertEquals(98, j.last().records()); // 7 * 14: the last checkpoint before the crash
    }

    @Test
    void resumingAfterCrashesGivesTheUninterruptedBytes() throws Exception {
        byte[] expected = uninterrupted();
        // one crash and one resume, then several crashes in a row, then a clean finish
        Path once = dir.resolve("once.jsonl");
        assertThrows(Crash.class, () -> run(once, false, 2, 50));
        run(once, true, 2, Integer.MAX_VALUE);
        assertArrayEquals(expected, Files.readAllBytes(once));

        Path many = dir.resolve("many.jsonl");
        assertThrows(Crash.class, () -> run(many, false, 1, 13));
        assertThrows(Crash.class, () -> run(many, true, 2, 0));
        assertThrows(Crash.class, () -> run(many, true, 2, 99));
        assertThrows(Crash.class, () -> run(many, true, 1, 6));
        run(many, true, 2, Integer.MAX_VALUE);
        assertArrayEquals(expected, Files.readAllBytes(many));
        assertFalse(CheckpointedOutput.hasUnfinished(many));
    }

    @Test
    void bytesWrittenAfterTheLastCheckpointAreCutOff() throws Exception {
        Path out = dir.resolve("out.jsonl");
        assertThrows(Crash.class, () -> run(out, false, 1, 10));
        // garbage after the checkpoint, as a torn write would leave
        Files.writeString(CheckpointedOutput.partOf(out), "HALF A LI", java.nio.file.StandardOpenOption.APPEND);
        run(out, true, 1, Integer.MAX_VALUE);
        assertArrayEquals(uninterrupted(), Files.readAllBytes(out));
    }

    @Test
    void nothingToResumeIsRefused() {
        Path out = dir.resolve("none.jsonl");
        ResumeRefusedException e = assertThrows(ResumeRefusedException.class,
                () -> CheckpointedOutput.resume(out, ID, EVERY_7));
        assertTrue(e.getMessage().startsWith("nothing to resume"), e.getMessage());
    }

    @Test
    void aJournalOfAnotherRunIsRefused() throws Exception {
        Path out = dir.resolve("out.jsonl");
        assertThrows(Crash.class, () -> run(out, false, 1, 20));
        Map<String, String> other = Map.of("input", "in.jsonl", "bank_sha256", "sha256:cd");
        ResumeRefusedException e = assertThrows(ResumeRefusedException.class,
                () -> CheckpointedOutput.resume(out, other, EVERY_7));
        assertTrue(e.getMessage().contains("bank_sha256 was sha256:ab, now sha256:cd"), e.getMessage());
    }

    @Test
    void aShorterInputIsRefused() throws Exception {
        Path out = dir.resolve("out.jsonl");
        assertThrows(Crash.class, () -> run(out, false, 1, 20));
        try (CheckpointedOutput o = CheckpointedOutput.resume(out, ID, EVERY_7)) {
            ResumeRefusedException e = assertThrows(ResumeRefusedException.class,
                    () -> o.skipDone(INPUT.subList(0, 3).iterator()));
            assertTrue(e.getMessage().contains("the input has 3 records but the journal says 14"), e.getMessage());
        }
    }

    @Test
    void aPartWithoutJournalIsRefused() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(CheckpointedOutput.partOf(out), "x");
        ResumeRefusedException e = assertThrows(ResumeRefusedException.class,
                () -> CheckpointedOutput.resume(out, ID, EVERY_7));
        assertTrue(e.getMessage().contains("has no journal"), e.getMessage());
    }
}
