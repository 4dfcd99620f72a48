package dev.assay.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output that appears under its name only when complete: bytes go to a temporary file beside the
 * target, renamed over it by {@link #commit()}. An interrupted run leaves the target untouched.
 */
public final class AtomicOutput {

    private final Path target;
    private final Path temporary;

    public AtomicOutput(Path target) {
        this.target = target.toAbsolutePath();
        this.temporary = this.target.resolveSibling(this.target.getFileName() + ".part");
    }

    public Path temporary() {
        return temporary;
    }

    public OutputStream open() throws IOException {
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        return Files.newOutputStream(temporary);
    }

    public void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
