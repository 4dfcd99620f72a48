package dev.assay.corpus.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.GoldSegment;
import dev.assay.rubric.model.StarLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one parsed JSON object into an {@link AnswerRecord}, checking each field's presence and type
 * so that the message says which field is wrong and how. Unknown fields are ignored.
 */
final class JsonAnswerMapper {

    private final int maxTextChars;

    JsonAnswerMapper(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    AnswerRecord toRecord(JsonNode node, int line) throws InvalidRecord {
        if (!node.isObject()) {
            throw new InvalidRecord(null, "expected a JSON object, found " + describe(node));
        }
        String id = identifier(node, "id", null);
        String questionId = identifier(node, "question_id", id);
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new InvalidRecord(id, "missing required field 'text'");
        }
        if (!textNode.isTextual()) {
            throw new InvalidRecord(id, "field 'text' must be a string, found " + describe(textNode));
        }
        String text = checkLength(textNode.textValue(), "text", maxTextChars, id);
        return new AnswerRecord(id, questionId, text,
                number(node.get("grade"), "grade", id),
                numbers(node.get("grades"), id),
                optionalString(node, "label", id),
                optionalString(node, "split", id),
                segments(node.get("segments"), text, id),
                line);
    }

    /** The object's question id as {@link #toRecord} would read it, or null: for the error record of a bad one. */
    static String questionIdOf(JsonNode node) {
        JsonNode v = node.isObject() ? node.get("question_id") : null;
        if (v == null || !(v.isTextual() || v.isIntegralNumber()) || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }

    static String checkLength(String text, String field, int max, String id) throws InvalidRecord {
        if (text.length() > max) {
            throw new InvalidRecord(id, String.format(Locale.ROOT,
                    "field '%s' is %,d characters, over the limit of %,d (ReaderOptions.maxTextChars)",
                    field, text.length(), max));
        }
        return text;
    }

    /** Ids may be written as strings or integers (some exports number their rows); nothing else. */
    private static String identifier(JsonNode node, String field, String id) throws InvalidRecord {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new InvalidRecord(id, "missing required field '" + field + "'");
        }
        if (!v.isTextual() && !v.isIntegralNumber()) {
            throw new InvalidRecord(id, "field '" + field + "' must be a string, found " + describe(v));
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            throw new InvalidRecord(id, "field '" + field + "' is empty");
        }
        return s;
    }

    private static String optionalString(JsonNode node, String field, String id) throws InvalidRecord {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidRecord(id, "field '" + field + "' must be a string, found " + describe(v));
        }
        return v.textValue();
    }

    /** Numbers, or strings holding one: spreadsheets and LMS exports often quote their grades. */
    private static Double number(JsonNode v, String field, String id) throws InvalidRecord {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (!Double.isFinite(d)) { // 1e400 parses as Infinity: as unusable as the string "Infinity"
                throw new InvalidRecord(id, "field '" + field + "' must be a finite number, found number " + v.asText());
            }
            return d;
        }
        if (v.isTextual()) {
            return parseNumber(v.textValue(), field, id);
        }
        throw new InvalidRecord(id, "field '" + field + "' must be a number, found " + describe(v));
    }

    static Double parseNumber(String s, String field, String id) throws InvalidRecord {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRecord(id, "field '" + field + "' must be a number, found \"" + abbreviate(s) + "\"");
    }

    private static List<Double> numbers(JsonNode v, String id) throws InvalidRecord {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidRecord(id, "field 'grades' must be an array of numbers, found " + describe(v));
        }
        List<Double> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            Double d = number(v.get(i), "grades[" + i + "]", id);
            if (d == null) {
                throw new InvalidRecord(id, "field 'grades[" + i + "]' is null");
            }
            out.add(d);
        }
        return out;
    }

    private static List<GoldSegment> segments(JsonNode v, String text, String id) throws InvalidRecord {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidRecord(id, "field 'segments' must be an array, found " + describe(v));
        }
        List<GoldSegment> out = new ArrayList<>(v.size());
        int previousEnd = 0;
        for (int i = 0; i < v.size(); i++) {
            JsonNode s = v.get(i);
            String where = "segments[" + i + "]";
            if (!s.isObject()) {
                throw new InvalidRecord(id, "'" + where + "' must be an object, found " + describe(s));
            }
            int start = offset(s, where, "start", id);
            int end = offset(s, where, "end", id);
            JsonNode label = s.get("label");
            if (label == null || !label.isTextual()) {
                throw new InvalidRecord(id, "'" + where + ".label' must be one of S, T, A, R, O");
            }
            StarLabel starLabel;
            try {
                starLabel = StarLabel.valueOf(label.textValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidRecord(id, "'" + where + ".label' must be one of S, T, A, R, O, found \""
                        + abbreviate(label.textValue()) + "\"");
            }
            // Offsets index into the text; a span outside it or out of order means the file is corrupt.
            if (end < start || end > text.length()) {
                throw new InvalidRecord(id, String.format(Locale.ROOT,
                        "'%s' [%d, %d) does not lie within the text (length %d)", where, start, end, text.length()));
            }
            if (start < previousEnd) {
                throw new InvalidRecord(id, "'" + where + "' overlaps or precedes the previous segment");
            }
            previousEnd = end;
            out.add(new GoldSegment(start, end, starLabel));
        }
        return out;
    }

    private static int offset(JsonNode s, String where, String field, String id) throws InvalidRecord {
        JsonNode v = s.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
            throw new InvalidRecord(id, "'" + where + "." + field + "' must be a non-negative integer, found "
                    + (v == null ? "nothing" : describe(v)));
        }
        return v.intValue();
    }

    private static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "string \"" + abbreviate(v.textValue()) + "\"";
            case NUMBER -> "number " + v.asText();
            case BOOLEAN -> "boolean " + v.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
