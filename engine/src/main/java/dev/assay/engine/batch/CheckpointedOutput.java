package dev.assay.engine.batch;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The output of a batch that survives a crash: bytes go to {@code OUT.part}; every so often (see
 * {@link CheckpointPolicy}) the part is forced to disk and then a checkpoint (records done, bytes
 * written) is appended to {@code OUT.part.journal}. {@link #commit} renames the part over {@code OUT}
 * and deletes the journal, so nothing half-written ever carries the target's name.
 *
 * <p>{@link #resume} reopens an interrupted run: it checks the journal names the same run (input,
 * bank, settings), cuts the part back to the last checkpoint's length, and tells how many input
 * records to skip ({@link #skipDone}); the rest of the run then appends exactly what an
 * uninterrupted run would have written after that point.
 *
 * <p>Records are counted by the caller in output order ({@link #recordWritten}), so a checkpoint
 * always covers a prefix of the input. Not thread-safe: one writer thread.
 */
public final class CheckpointedOutput implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private final Journal journal;
    private final CheckpointPolicy policy;
    private final Checkpoint start;
    private final OutputStream stream;
    private long records;
    private long graded;
    private long errors;
    private long checkpointedRecords;
    private long checkpointedAt;
    private boolean closed;

    private CheckpointedOutput(Path target, FileChannel channel, Journal journal, CheckpointPolicy policy,
                               Checkpoint start) {
        this.target = target;
        this.part = partOf(target);
        this.channel = channel;
        this.journal = journal;
        this.policy = policy;
        this.start = start;
        this.records = start.records();
        this.graded = start.graded();
        this.errors = start.errors();
        this.checkpointedRecords = start.records();
        this.checkpointedAt = System.nanoTime();
        OutputStream raw = Channels.newOutputStream(channel);
        this.stream = new OutputStream() { // closing the writer chain must not close the channel before commit
            @Override
            public void write(int b) throws IOException {
                raw.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                raw.write(b, off, len);
            }
        };
    }

    /** {@code OUT.part}: where the output grows until it is complete. */
    public static Path partOf(Path target) {
        Path t = target.toAbsolutePath();
        return t.resolveSibling(t.getFileName() + ".part");
    }

    /** {@code OUT.part.journal}: the checkpoints of the run writing {@code OUT.part}. */
    public static Path journalOf(Path target) {
        Path t = target.toAbsolutePath();
        return t.resolveSibling(t.getFileName() + ".part.journal");
    }

    /** Whether an interrupted run left a part or a journal beside {@code target}. */
    public static boolean hasUnfinished(Path target) {
        return Files.exists(partOf(target)) || Files.exists(journalOf(target));
    }

    /** Starts a new run, discarding any unfinished one beside {@code target}. */
    public static CheckpointedOutput fresh(Path target, Map<String, String> identity, CheckpointPolicy policy)
            throws IOException {
        Path t = target.toAbsolutePath();
        if (t.getParent() != null) {
            Files.createDirectories(t.getParent());
        }
        FileChannel channel = FileChannel.open(partOf(t), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            channel.force(true);
            return new CheckpointedOutput(t, channel, Journal.create(journalOf(t), identity, Checkpoint.START),
                    policy, Checkpoint.START);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Continues the interrupted run of {@code target} from its last checkpoint.
     *
     * @throws ResumeRefusedException nothing to resume, or the journal belongs to another run
     */
    public static CheckpointedOutput resume(Path target, Map<String, String> identity, CheckpointPolicy policy)
            throws IOException, ResumeRefusedException {
        Path t = target.toAbsolutePath();
        Path journalFile = journalOf(t);
        Path part = partOf(t);
        if (!Files.exists(journalFile)) {
            if (Files.exists(part)) {
                throw new ResumeRefusedException("cannot resume " + target + ": " + part + " has no journal ("
                        + journalFile.getFileName() + "), so how much of it is complete is unknown; run again"
                        + " without --resume");
            }
            throw new ResumeRefusedException("nothing to resume for " + target + ": no " + journalFile.getFileName()
                    + (Files.exists(t) ? " (the output is complete already)" : " (no interrupted run left one)"));
        }
        Journal.Contents contents = Journal.read(journalFile);
        List<String> differences = differences(contents.identity(), identity);
        if (!differences.isEmpty()) {
            throw new ResumeRefusedException("cannot resume " + target + ": " + journalFile.getFileName()
                    + " was written by a different run: " + String.join("; ", differences)
                    + ". Run again without --resume to start over");
        }
        if (!Files.exists(part)) {
            throw new ResumeRefusedException("cannot resume " + target + ": " + part.getFileName()
                    + " is missing although " + journalFile.getFileName() + " exists; run again without --resume");
        }
        Checkpoint last = contents.last();
        FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
        try {
            long size = channel.size();
            if (size < last.bytes()) {
                throw new ResumeRefusedException("cannot resume " + target + ": " + part.getFileName() + " is "
                        + size + " bytes, shorter than the " + last.bytes() + " its journal says were written;"
                        + " run again without --resume");
            }
            channel.truncate(last.bytes());
            channel.position(last.bytes());
            channel.force(true);
            return new CheckpointedOutput(t, channel, Journal.create(journalFile, contents.identity(), last),
                    policy, last);
        } catch (IOException | ResumeRefusedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static List<String> differences(Map<String, String> was, Map<String, String> now) {
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String a = was.get(k);
            String b = now.get(k);
            if (!Objects.equals(a, b)) {
                out.add(k + " was " + (a == null ? "unset" : a) + ", now " + (b == null ? "unset" : b));
            }
        }
        return out;
    }

    /** Where this run starts: {@link Checkpoint#START} for a fresh run. */
    public Checkpoint start() {
        return start;
    }

    /**
     * Consumes from {@code inputs} the records already in the output, so the next one read is the
     * first still to do.
     *
     * @throws ResumeRefusedException the input ends before them: it is not the input of the journal
     */
    public void skipDone(Iterator<?> inputs) throws ResumeRefusedException {
        for (long i = 0; i < start.records(); i++) {
            if (!inputs.hasNext()) {
                throw new ResumeRefusedException("cannot resume " + target + ": the input has " + i
                        + " records but the journal says " + start.records() + " were done already");
            }
            inputs.next();
        }
    }

    /** The part file's bytes; wrap it in the caller's writer. Closing it does nothing: see {@link #commit}. */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Counts one record written to {@link #stream} (through {@code upstream}), and checkpoints when
     * the policy says so: {@code upstream} is flushed, the part forced to disk, then the journal appended.
     */
    public void recordWritten(boolean wasGraded, Flushable upstream) throws IOException {
        records++;
        if (wasGraded) {
            graded++;
        } else {
            errors++;
        }
        long now = System.nanoTime();
        if (policy.due(records - checkpointedRecords, now - checkpointedAt)) {
            checkpoint(upstream);
        }
    }

    /** Checkpoints now. */
    public Checkpoint checkpoint(Flushable upstream) throws IOException {
        upstream.flush();
        channel.force(false);
        Checkpoint c = new Checkpoint(records, channel.position(), graded, errors);
        journal.append(c);
        checkpointedRecords = records;
        checkpointedAt = System.nanoTime();
        return c;
    }

    /** Records, graded and errors so far, including those done before a resume. */
    public Checkpoint progress() throws IOException {
        return new Checkpoint(records, channel.position(), graded, errors);
    }

    /** Flushes {@code upstream}, forces the part to disk, renames it over the target and deletes the journal. */
    public void commit(Flushable upstream) throws IOException {
        upstream.flush();
        channel.force(true);
        close();
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(journal.file());
    }

    /** Closes the files; without {@link #commit}, the part and journal stay for {@code --resume}. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try (journal) {
                channel.close();
            }
        }
    }
}
