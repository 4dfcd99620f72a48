package dev.assay.rubric.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a bank file may be in, chosen by file extension. */
public enum BankFormat {
    YAML, JSON, MARKDOWN;

    public static Optional<BankFormat> of(Path path) {
        Path name = path.getFileName();
        return name == null ? Optional.empty() : ofName(name.toString());
    }

    public static Optional<BankFormat> ofName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }
}
