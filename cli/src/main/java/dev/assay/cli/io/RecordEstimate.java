package dev.assay.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A quick estimate of how many records an answer file holds, for a progress bar's total: its
 * non-empty lines (less the header for CSV, whose quoted fields may span lines, so the count may run high).
 */
public final class RecordEstimate {

    private RecordEstimate() {
    }

    /** The estimate, or -1 when the file cannot be read. */
    public static long of(Path file, boolean csv) {
        long lines = 0;
        boolean inLine = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (inLine) {
                            lines++;
                        }
                        inLine = false;
                    } else if (buf[i] != '\r') {
                        inLine = true;
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        if (inLine) {
            lines++;
        }
        return csv ? Math.max(0, lines - 1) : lines;
    }
}
