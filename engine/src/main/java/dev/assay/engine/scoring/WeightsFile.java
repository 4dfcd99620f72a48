package dev.assay.engine.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
 * date — which this reader keeps as the document but does not interpret.
 *
 * <pre>{@code
 * {"format": "assay-weights/1", "id": "...", "weights": {"short_answer": {"_intercept": 0.1, "cosine": 0.4}},
 *  "confidence": {"tolerance": 0.2, "bins": [{"up_to": 0.1, "n": 12, "p": 0.8}, ...]}, ...provenance}
 * }</pre>
 */
public final class WeightsFile {

    public static final String FORMAT = "assay-weights/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A loaded file: the weights the scorer uses and the whole document (provenance, label model). */
    public record Loaded(ScoringWeights weights, JsonNode document) {
    }

    private WeightsFile() {
    }

    public static Loaded read(Path file) throws IOException {
        JsonNode doc;
        try {
            doc = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
        if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
            throw new IOException(file + " is not an Assay weights file (expected \"format\": \"" + FORMAT + "\")");
        }
        Map<QuestionKind, Map<String, Double>> byKind = new EnumMap<>(QuestionKind.class);
        JsonNode weights = doc.path("weights");
        if (!weights.isObject() || weights.isEmpty()) {
            throw new IOException(file + ": no \"weights\" object");
        }
        for (var it = weights.fields(); it.hasNext(); ) {
            var e = it.next();
            QuestionKind kind;
            try {
                kind = QuestionKind.fromWire(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IOException(file + ": weights." + e.getKey() + ": " + ex.getMessage());
            }
            if (!e.getValue().isObject()) { // fields() of a number or an array is empty: no weights at all
                throw new IOException(file + ": weights." + e.getKey() + " must be an object of feature weights");
            }
            Map<String, Double> w = new LinkedHashMap<>();
            for (var f = e.getValue().fields(); f.hasNext(); ) {
                var x = f.next();
                if (!x.getValue().isNumber()) {
                    throw new IOException(file + ": weights." + e.getKey() + "." + x.getKey() + " is not a number");
                }
                w.put(x.getKey(), x.getValue().asDouble());
            }
            byKind.put(kind, w);
        }
        // Kinds the file does not tune keep the default weights.
        ScoringWeights.defaults().byKind().forEach(byKind::putIfAbsent);
        return new Loaded(new ScoringWeights(doc.path("id").asText("tuned"), byKind, confidence(doc.path("confidence"))),
                doc);
    }

    private static ConfidenceTable confidence(JsonNode n) {
        if (!n.isObject() || !n.path("bins").isArray() || n.path("bins").isEmpty()) {
            return null;
        }
        List<ConfidenceTable.Bin> bins = new ArrayList<>();
        n.path("bins").forEach(b -> bins.add(new ConfidenceTable.Bin(b.path("up_to").asDouble(), b.path("n").asInt(),
                b.path("p").asDouble())));
        return new ConfidenceTable(n.path("tolerance").asDouble(0.2), bins);
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
