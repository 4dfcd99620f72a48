package dev.assay.corpus.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each on its own, so invalid UTF-8 spoils only the
 * line it is on (a decoding Reader over the whole stream would fail the rest of the file with it).
 * Memory is bounded by the longest line kept; longer lines are skipped and reported.
 */
final class Utf8LineSource implements AutoCloseable {

    /** One line: its text, or why it has none. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[64 << 10];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1024];
    private int lineNumber;
    private boolean eof;

    Utf8LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        int len = 0;
        long total = 0;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    eof = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = chunkPos;
            int nl = start;
            while (nl < chunkLen && chunk[nl] != '\n') {
                nl++;
            }
            int n = nl - start;
            total += n;
            if (total <= maxLineBytes) {
                ensureCapacity(len + n);
                System.arraycopy(chunk, start, line, len, n);
                len += n;
            }
            if (nl < chunkLen) {
                chunkPos = nl + 1;
                break;
            }
            chunkPos = chunkLen;
        }
        lineNumber++;
        if (total > maxLineBytes) {
            return new Line(lineNumber, null, String.format(java.util.Locale.ROOT,
                    "line is over %,d bytes, longer than any record within the text limit; skipped", maxLineBytes));
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        int from = 0;
        if (lineNumber == 1 && len >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            from = 3; // byte-order mark some editors put at the start of a UTF-8 file
        }
        return decode(from, len);
    }

    private Line decode(int from, int to) {
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        CharBuffer chars = CharBuffer.allocate(to - from); // UTF-8 never has more chars than bytes
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new Line(lineNumber, null, "invalid UTF-8 at byte " + (bytes.position() - from + 1)
                    + " of the line (" + result.length() + " bad byte" + (result.length() == 1 ? "" : "s")
                    + "); if the file is in another encoding (Latin-1, Windows-1252), save the file as UTF-8");
        }
        chars.flip();
        return new Line(lineNumber, chars.toString(), null);
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.max(needed, Math.min(maxLineBytes, line.length * 2)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
