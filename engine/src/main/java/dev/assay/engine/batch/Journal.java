package dev.assay.engine.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The progress log of a resumable batch: a header naming the run (input, bank, settings) and then
 * one line per checkpoint, each appended and forced to disk.
 *
 * <pre>
 * assay-journal 1 {"input":"/data/answers.jsonl","input_size":"123456",…}
 * checkpoint 256 1048576 250 6
 * checkpoint 512 2093051 499 13
 * </pre>
 *
 * A line cut short by a crash (no newline, or unparsable) is ignored: the last complete checkpoint
 * wins. The header is written with the first checkpoint in one atomic replace, so a journal on disk
 * always has both.
 */
public final class Journal implements Closeable {

    private static final String MAGIC = "assay-journal 1 ";
    private static final String CHECKPOINT = "checkpoint ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** What a journal on disk says. */
    public record Contents(Map<String, String> identity, Checkpoint last) {
    }

    /** Writes a new journal (replacing any) holding {@code identity} and {@code start}, open for appending. */
    public static Journal create(Path file, Map<String, String> identity, Checkpoint start) throws IOException {
        Objects.requireNonNull(identity, "identity");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        String text = MAGIC + JSON.writeValueAsString(identity) + "\n" + line(start);
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(c, text);
            c.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Journal(file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /**
     * Reads a journal.
     *
     * @throws ResumeRefusedException the file is not a journal, or holds no complete checkpoint
     */
    public static Contents read(Path file) throws IOException, ResumeRefusedException {
        List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        // split keeps a last element after the final '\n': empty for a clean file, a cut line after a crash
        if (lines.size() < 2 || !lines.get(0).startsWith(MAGIC)) {
            throw new ResumeRefusedException(file + " is not an assay journal (its first line should start with '"
                    + MAGIC.strip() + "')");
        }
        Map<String, String> identity;
        try {
            identity = JSON.readValue(lines.get(0).substring(MAGIC.length()),
                    new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new ResumeRefusedException(file + " line 1: unreadable journal header: " + e.getOriginalMessage());
        }
        Checkpoint last = null;
        for (int i = 1; i < lines.size() - 1; i++) { // the last element has no newline after it: never complete
            Checkpoint c = parse(lines.get(i));
            if (c != null) {
                last = c;
            }
        }
        if (last == null) {
            throw new ResumeRefusedException(file + " holds no complete checkpoint");
        }
        return new Contents(identity, last);
    }

    /** Appends a checkpoint and forces it to disk before returning. */
    public void append(Checkpoint c) throws IOException {
        writeFully(channel, line(c));
        channel.force(false);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static String line(Checkpoint c) {
        return CHECKPOINT + c.records() + " " + c.bytes() + " " + c.graded() + " " + c.errors() + "\n";
    }

    private static Checkpoint parse(String line) {
        if (!line.startsWith(CHECKPOINT)) {
            return null;
        }
        String[] f = line.substring(CHECKPOINT.length()).split(" ");
        if (f.length != 4) {
            return null;
        }
        try {
            return new Checkpoint(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]));
        } catch (IllegalArgumentException e) { // NumberFormatException, or an inconsistent checkpoint
            return null;
        }
    }

    private static void writeFully(FileChannel c, String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            c.write(b);
        }
    }
}
