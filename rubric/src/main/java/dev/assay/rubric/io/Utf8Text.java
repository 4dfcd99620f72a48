package dev.assay.rubric.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes a bank file strictly as UTF-8, so a Latin-1 file is reported instead of garbled. */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text (without a byte-order mark), or empty with {@code problem[0]} set to where decoding failed. */
    static Optional<String> decode(String file, byte[] bytes, Problem[] problem) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problem[0] = Problem.error(file, line, bad - lineStart + 1, "",
                    String.format("file is not UTF-8: invalid byte 0x%02X; save it as UTF-8", bytes[bad] & 0xff));
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
