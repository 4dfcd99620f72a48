package dev.assay.corpus.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a large JSONL answer file from a small real one, for batch tests and benchmarks: answer
 * {@code i} is source answer {@code i mod n} with a new id ({@code gen-0000042-ia-042}) and the same
 * question and text. One line in a hundred (lines 42, 142, 242, …) is broken on purpose, cycling
 * through every kind of {@link Breakage}, so a run can be checked to report exactly those lines.
 */
public final class AnswerFileGenerator {

    /** The ways a generated line is broken. */
    public enum Breakage {
        /** The line is cut off inside the text string: not JSON. */
        BAD_JSON,
        /** A well-formed record without {@code text}. */
        MISSING_TEXT,
        /** A well-formed record naming a question the bank does not have. */
        UNKNOWN_QUESTION,
        /** A well-formed record whose text holds a byte that is not UTF-8. */
        INVALID_UTF8,
        /** A well-formed record whose text is one character over the limit. */
        OVERSIZED_TEXT
    }

    /** A line broken on purpose: where, the id an error record can name (null when unreadable), how. */
    public record Broken(int line, String answerId, Breakage kind) {
    }

    /** The question id no bank has. */
    public static final String UNKNOWN_QUESTION_ID = "Q-NOT-IN-BANK";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerFileGenerator() {
    }

    /** Whether generated line {@code line} (1-based) is broken, and how; null when it is not. */
    public static Breakage breakageAt(int line) {
        if (line % 100 != 42) {
            return null;
        }
        return Breakage.values()[(line / 100) % Breakage.values().length];
    }

    /**
     * Writes {@code count} answers built from {@code source} to {@code out}.
     *
     * @param maxTextChars the reader's text limit; {@link Breakage#OVERSIZED_TEXT} lines are one over it
     * @return the broken lines, in order
     */
    public static List<Broken> generate(Path source, Path out, int count, int maxTextChars) throws IOException {
        return generate(source, out, count, maxTextChars, Integer.MAX_VALUE);
    }

    /**
     * As {@link #generate(Path, Path, int, int)}, with each text cut to its sentences within the first
     * {@code keepChars} characters (at least its first sentence): short answers for quick test runs.
     */
    public static List<Broken> generate(Path source, Path out, int count, int maxTextChars, int keepChars)
            throws IOException {
        List<JsonNode> answers = readSource(source);
        List<Broken> broken = new ArrayList<>();
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            for (int line = 1; line <= count; line++) {
                JsonNode a = answers.get((line - 1) % answers.size());
                String id = String.format(Locale.ROOT, "gen-%07d-%s", line, a.get("id").asText());
                String question = a.get("question_id").asText();
                String text = shorten(a.get("text").asText(), keepChars);
                Breakage kind = breakageAt(line);
                byte[] bytes = kind == null ? record(id, question, text) : broken(kind, id, question, text,
                        maxTextChars);
                if (kind != null) {
                    boolean unreadable = kind == Breakage.BAD_JSON || kind == Breakage.INVALID_UTF8;
                    broken.add(new Broken(line, unreadable ? null : id, kind));
                }
                o.write(bytes);
                o.write('\n');
            }
        }
        return broken;
    }

    private static byte[] broken(Breakage kind, String id, String question, String text, int maxTextChars)
            throws IOException {
        return switch (kind) {
            case BAD_JSON -> {
                String whole = new String(record(id, question, text), StandardCharsets.UTF_8);
                yield whole.substring(0, whole.indexOf("\"text\"") + 20).getBytes(StandardCharsets.UTF_8);
            }
            case MISSING_TEXT -> {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", id);
                n.put("question_id", question);
                yield JSON.writeValueAsBytes(n);
            }
            case UNKNOWN_QUESTION -> record(id, UNKNOWN_QUESTION_ID, text);
            case INVALID_UTF8 -> {
                byte[] ok = record(id, question, "MARK" + text);
                String s = new String(ok, StandardCharsets.ISO_8859_1);
                int at = s.indexOf("MARK");
                ok[at] = (byte) 0xFF; // never valid in UTF-8
                ok[at + 1] = (byte) 0xFE;
                yield ok;
            }
            case OVERSIZED_TEXT -> {
                StringBuilder sb = new StringBuilder(maxTextChars + 1);
                while (sb.length() <= maxTextChars) {
                    sb.append(text).append(' ');
                }
                sb.setLength(maxTextChars + 1);
                yield record(id, question, sb.toString());
            }
        };
    }

    static String shorten(String text, int keepChars) {
        if (text.length() <= keepChars) {
            return text;
        }
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                if (cut >= 0 && i + 1 > keepChars) {
                    break;
                }
                cut = i + 1;
            }
        }
        return cut < 0 ? text : text.substring(0, cut);
    }

    private static byte[] record(String id, String question, String text) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("question_id", question);
        n.put("text", text);
        return JSON.writeValueAsBytes(n);
    }

    private static List<JsonNode> readSource(Path source) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    if (n.hasNonNull("id") && n.hasNonNull("question_id") && n.hasNonNull("text")) {
                        out.add(n);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(source + ": no answers with id, question_id and text");
        }
        return out;
    }
}
