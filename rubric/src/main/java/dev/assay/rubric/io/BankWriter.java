package dev.assay.rubric.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a bank as YAML or JSON in the wire form {@link BankReader} reads back to an equal bank. */
public final class BankWriter {

    private BankWriter() {
    }

    public static String toText(QuestionBank bank, BankFormat format) {
        try {
            String text = BankMappers.of(format).writeValueAsString(bank);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this is a programming error.
            throw new IllegalStateException("cannot serialise bank", e);
        }
    }

    /** Writes to {@code path} in the format its extension names, replacing it only once fully written. */
    public static void write(QuestionBank bank, Path path) throws IOException {
        BankFormat format = BankFormat.of(path).filter(f -> f != BankFormat.MARKDOWN).orElseThrow(() ->
                new IllegalArgumentException("write a bank to .yaml, .yml or .json, not " + path.getFileName()));
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toText(bank, format), StandardCharsets.UTF_8);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
