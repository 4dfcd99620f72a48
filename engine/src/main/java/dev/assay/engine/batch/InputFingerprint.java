package dev.assay.engine.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What identifies an input file cheaply: its absolute path, its size and a SHA-256 of its first
 * {@value #HEAD_BYTES} bytes. Enough to tell, before resuming, that the file is not the one an
 * interrupted run was reading, without hashing gigabytes.
 */
public record InputFingerprint(String path, long size, String headSha256) {

    public static final int HEAD_BYTES = 1 << 20;

    public static InputFingerprint of(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 << 10];
            int left = HEAD_BYTES;
            int n;
            while (left > 0 && (n = in.read(buf, 0, Math.min(buf.length, left))) > 0) {
                sha.update(buf, 0, n);
                left -= n;
            }
        }
        return new InputFingerprint(file.toAbsolutePath().normalize().toString(), size,
                "sha256:" + HexFormat.of().formatHex(sha.digest()));
    }

    /** As journal identity entries: {@code input}, {@code input_size}, {@code input_head_sha256}. */
    public Map<String, String> asIdentity() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("input", path);
        m.put("input_size", Long.toString(size));
        m.put("input_head_sha256", headSha256);
        return m;
    }
}
