package dev.assay.engine.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.rubric.model.QuestionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tuned-weights file {@code tune} writes and {@code grade --weights} reads (JSON). Besides the
 * weights per question kind ({@code weights}) and the calibrated confidence ({@code confidence}) it
 * carries its provenance — data file hash, feature names, engine version, folds, grouping, metrics,
 * date — which this reader keeps as the document but does not interpret. When {@code tune} fitted the
 * nearest-graded-answers model, {@code nearest_graded} holds that model's weights and confidence and
 * the graded training answers it draws on, embedded, so the file alone reproduces what tune reported.
 *
 * <pre>{@code
 * {"format": "assay-weights/2", "id": "...", "weights": {"short_answer": {"_intercept": 0.1, "cosine": 0.4}},
 *  "confidence": {"tolerance": 0.2, "bins": [{"up_to": 0.1, "n": 12, "p": 0.8}, ...]},
 *  "nearest_graded": {"labels": [...], "weights": {...}, "confidence": {...},
 *                     "answers": [{"id": "a1", "question_id": "q1", "text": "...", "grade": 1.5, "label": null}]},
 *  ...provenance}
 * }</pre>
 * Format 1 is format 2 without {@code nearest_graded}; both are read.
 */
public final class WeightsFile {

    public static final String FORMAT = "assay-weights/2";
    private static final List<String> READABLE = List.of("assay-weights/1", FORMAT);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A graded answer the nearest-graded model draws on; {@code grade} on its question's scale, {@code label} may be null. */
    public record TrainingAnswer(String id, String questionId, String text, double grade, String label) {
    }

    /** The nearest-graded model: its weights (with confidence), the label names and the graded answers. */
    public record NearestGraded(ScoringWeights weights, List<String> labels, List<TrainingAnswer> answers) {

        public NearestGraded {
            labels = List.copyOf(labels);
            answers = List.copyOf(answers);
        }
    }

    /**
     * A loaded file: the features-only weights, the nearest-graded model (null when the file has none)
     * and the whole document (provenance, label models).
     */
    public record Loaded(ScoringWeights weights, NearestGraded nearest, JsonNode document) {
    }

    private WeightsFile() {
    }

    public static Loaded read(Path file) throws IOException {
        JsonNode doc;
        try {
            doc = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the parser's own message names its "Source: REDACTED"; the file and place are what a user needs
            var at = e.getLocation();
            throw new IOException(file + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + "); is the file complete? tune writes it whole", e);
        } catch (IOException e) {
            throw new IOException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
        if (doc == null || !doc.isObject() || !doc.path("format").asText().startsWith("assay-weights/")) {
            throw new IOException(file + " is not an Assay weights file (expected \"format\": \"" + FORMAT + "\")");
        }
        String format = doc.get("format").asText();
        if (!READABLE.contains(format)) {
            throw new IOException(file + ": format: unknown version \"" + format + "\" (this Assay reads "
                    + String.join(", ", READABLE) + ")");
        }
        Fields f = new Fields(file);
        String id = f.string(doc, "id", "id");
        Map<QuestionKind, Map<String, Double>> byKind = weights(f, doc, "weights");
        // Kinds the file does not tune keep the default weights.
        ScoringWeights.defaults().byKind().forEach(byKind::putIfAbsent);
        ScoringWeights weights = new ScoringWeights(id, byKind, confidence(f, doc, "confidence"));
        NearestGraded nearest = doc.has("nearest_graded") ? nearest(f, doc.get("nearest_graded"), weights) : null;
        return new Loaded(weights, nearest, doc);
    }

    private static Map<QuestionKind, Map<String, Double>> weights(Fields f, JsonNode parent, String path)
            throws IOException {
        JsonNode weights = f.object(parent, lastOf(path), path);
        if (weights.isEmpty()) {
            throw f.error(path, "has no weights");
        }
        Map<QuestionKind, Map<String, Double>> byKind = new EnumMap<>(QuestionKind.class);
        for (var it = weights.fields(); it.hasNext(); ) {
            var e = it.next();
            String at = path + "." + e.getKey();
            QuestionKind kind;
            try {
                kind = QuestionKind.fromWire(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw f.error(at, ex.getMessage());
            }
            if (!e.getValue().isObject()) { // fields() of a number or an array is empty: no weights at all
                throw f.error(at, "must be an object of feature weights");
            }
            Map<String, Double> w = new LinkedHashMap<>();
            for (var x = e.getValue().fields(); x.hasNext(); ) {
                var term = x.next();
                w.put(term.getKey(), f.number(e.getValue(), term.getKey(), at + "." + term.getKey()));
            }
            byKind.put(kind, w);
        }
        return byKind;
    }

    /** The confidence table at {@code parent.field}; null when the file has none (the heuristic applies). */
    private static ConfidenceTable confidence(Fields f, JsonNode parent, String path) throws IOException {
        if (!parent.has(lastOf(path))) {
            return null;
        }
        JsonNode n = f.object(parent, lastOf(path), path);
        double tolerance = f.number(n, "tolerance", path + ".tolerance");
        ArrayNode bins = f.array(n, "bins", path + ".bins");
        if (bins.isEmpty()) {
            throw f.error(path + ".bins", "has no bins");
        }
        List<ConfidenceTable.Bin> out = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            String at = path + ".bins[" + i + "]";
            JsonNode b = f.object(bins, i, at);
            out.add(new ConfidenceTable.Bin(f.number(b, "up_to", at + ".up_to"), f.integer(b, "n", at + ".n"),
                    f.number(b, "p", at + ".p")));
        }
        return new ConfidenceTable(tolerance, out);
    }

    private static NearestGraded nearest(Fields f, JsonNode n, ScoringWeights base) throws IOException {
        String path = "nearest_graded";
        if (!n.isObject()) {
            throw f.error(path, "must be an object");
        }
        Map<QuestionKind, Map<String, Double>> byKind = weights(f, n, path + ".weights");
        // Kinds without a nearest-graded fit are scored as by the features-only weights, as in tune.
        base.byKind().forEach(byKind::putIfAbsent);
        ConfidenceTable confidence = confidence(f, n, path + ".confidence");
        ScoringWeights weights = new ScoringWeights(base.id(), byKind,
                confidence != null ? confidence : base.confidence());
        List<String> labels = new ArrayList<>();
        if (n.has("labels")) {
            ArrayNode l = f.array(n, "labels", path + ".labels");
            for (int i = 0; i < l.size(); i++) {
                labels.add(f.string(l, i, path + ".labels[" + i + "]"));
            }
        }
        ArrayNode answers = f.array(n, "answers", path + ".answers");
        if (answers.isEmpty()) {
            throw f.error(path + ".answers", "has no graded answers");
        }
        List<TrainingAnswer> out = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            String at = path + ".answers[" + i + "]";
            JsonNode a = f.object(answers, i, at);
            String label = a.path("label").isNull() || a.path("label").isMissingNode() ? null
                    : f.string(a, "label", at + ".label");
            out.add(new TrainingAnswer(f.string(a, "id", at + ".id"), f.string(a, "question_id", at + ".question_id"),
                    f.string(a, "text", at + ".text"), f.number(a, "grade", at + ".grade"), label));
        }
        return new NearestGraded(weights, labels, out);
    }

    private static String lastOf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Typed access to required fields, each failure naming the file and the field's JSON path. */
    private record Fields(Path file) {

        IOException error(String path, String problem) {
            return new IOException(file + ": " + path + " " + problem);
        }

        private JsonNode required(JsonNode n, String path) throws IOException {
            if (n == null || n.isMissingNode()) {
                throw error(path, "is missing");
            }
            return n;
        }

        private static JsonNode at(JsonNode parent, Object key) {
            return key instanceof Integer i ? parent.get(i) : parent.get((String) key);
        }

        double number(JsonNode parent, Object key, String path) throws IOException {
            JsonNode n = required(at(parent, key), path);
            if (!n.isNumber()) {
                throw error(path, "must be a number, not " + n);
            }
            return n.asDouble();
        }

        int integer(JsonNode parent, Object key, String path) throws IOException {
            JsonNode n = required(at(parent, key), path);
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw error(path, "must be an integer, not " + n);
            }
            return n.asInt();
        }

        String string(JsonNode parent, Object key, String path) throws IOException {
            JsonNode n = required(at(parent, key), path);
            if (!n.isTextual()) {
                throw error(path, "must be a string, not " + n);
            }
            return n.asText();
        }

        JsonNode object(JsonNode parent, Object key, String path) throws IOException {
            JsonNode n = required(at(parent, key), path);
            if (!n.isObject()) {
                throw error(path, "must be an object");
            }
            return n;
        }

        ArrayNode array(JsonNode parent, Object key, String path) throws IOException {
            JsonNode n = required(at(parent, key), path);
            if (!n.isArray()) {
                throw error(path, "must be an array");
            }
            return (ArrayNode) n;
        }
    }

    /** The JSON form of a confidence table. */
    public static ObjectNode toJson(ConfidenceTable t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("tolerance", t.tolerance());
        var bins = o.putArray("bins");
        for (ConfidenceTable.Bin b : t.bins()) {
            bins.addObject().put("up_to", b.upTo()).put("n", b.n()).put("p", b.p());
        }
        return o;
    }

    /** The JSON form of weights per kind. */
    public static ObjectNode toJson(Map<QuestionKind, Map<String, Double>> byKind) {
        ObjectNode o = JSON.createObjectNode();
        byKind.forEach((k, w) -> {
            ObjectNode x = o.putObject(k.wireName());
            w.forEach(x::put);
        });
        return o;
    }

    /** The JSON form of the nearest-graded model (without provenance notes). */
    public static ObjectNode toJson(NearestGraded n) {
        ObjectNode o = JSON.createObjectNode();
        o.set("labels", JSON.valueToTree(n.labels()));
        o.set("weights", toJson(n.weights().byKind()));
        if (n.weights().confidence() != null) {
            o.set("confidence", toJson(n.weights().confidence()));
        }
        ArrayNode answers = o.putArray("answers");
        for (TrainingAnswer a : n.answers()) {
            answers.addObject().put("id", a.id()).put("question_id", a.questionId()).put("text", a.text())
                    .put("grade", a.grade()).put("label", a.label());
        }
        return o;
    }

    /** Writes a document (which must carry {@code format}, {@code id} and {@code weights}), atomically. */
    public static void write(ObjectNode document, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static ObjectMapper mapper() {
        return JSON;
    }
}
