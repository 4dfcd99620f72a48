package dev.assay.engine.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Grader;
import dev.assay.engine.batch.OrderedPool;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Flag;
import dev.assay.rubric.model.Question;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's findings for every graded answer, computed once (CoreNLP is the slow part) and then
 * reused by every fold and every fit: features, flags, and the score and confidence of the default
 * weights. Can be saved to and loaded from a cache file keyed by the data, bank and engine.
 */
public final class FeatureTable {

    /** One graded answer with what the engine found. */
    public record Row(GradedAnswer answer, Question question, Map<String, Double> features, Set<Flag> flags,
                      double defaultScore, double defaultConfidence) {

        /** The human grade as a share of the question's scale, 0–1 (NaN when there is none). */
        public double humanShare() {
            double span = question.scale().max() - question.scale().min();
            return span <= 0 ? Double.NaN : (answer.grade() - question.scale().min()) / span;
        }

        /** The answer's length in words, for the too-short cap (unknown in an old cache: no cap). */
        public double words() {
            return features.getOrDefault(dev.assay.engine.features.Features.WORDS, Double.POSITIVE_INFINITY);
        }

        public double toScale(double share) {
            return question.scale().min() + share * (question.scale().max() - question.scale().min());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Row> rows;

    public FeatureTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Grades every answer once with {@code grader} (default weights), on {@code threads} workers, in order. */
    public static FeatureTable extract(Grader grader, List<GradedAnswer> answers, int threads) throws InterruptedException {
        List<Row> out = new ArrayList<>(answers.size());
        try (OrderedPool pool = new OrderedPool(threads)) {
            pool.run(answers.iterator(), a -> {
                Question q = grader.bank().question(a.questionId()).orElseThrow(() ->
                        new IllegalArgumentException("answer " + a.id() + ": no question " + a.questionId() + " in the bank"));
                Evaluation e = grader.grade(a.id(), a.questionId(), a.text());
                Set<Flag> flags = e.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(e.flags());
                return new Row(a, q, e.features(), flags, e.score(), e.confidence());
            }, out::add);
        }
        return new FeatureTable(out);
    }

    /** Writes the table's engine findings (not the answers) with {@code key} on the first line. */
    public void save(Path file, String key) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(JSON.writeValueAsString(JSON.createObjectNode().put("key", key)));
            w.write('\n');
            for (Row r : rows) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", r.answer().id());
                o.set("features", JSON.valueToTree(r.features()));
                o.set("flags", JSON.valueToTree(r.flags().stream().map(Flag::name).toList()));
                o.put("default_score", r.defaultScore());
                o.put("default_confidence", r.defaultConfidence());
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The table from a cache file, when it exists, has the same key and holds every answer. */
    public static Optional<FeatureTable> load(Path file, String key, List<GradedAnswer> answers,
                                              Map<String, Question> questions) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, JsonNode> byId = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || !key.equals(JSON.readTree(first).path("key").asText())) {
                return Optional.empty();
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = JSON.readTree(line);
                byId.put(n.get("id").asText(), n);
            }
        }
        List<Row> out = new ArrayList<>(answers.size());
        for (GradedAnswer a : answers) {
            JsonNode n = byId.get(a.id());
            Question q = questions.get(a.questionId());
            if (n == null || q == null) {
                return Optional.empty();
            }
            Map<String, Double> f = new LinkedHashMap<>();
            n.get("features").fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue().asDouble()));
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            n.get("flags").forEach(x -> flags.add(Flag.valueOf(x.asText())));
            out.add(new Row(a, q, f, flags, n.get("default_score").asDouble(), n.get("default_confidence").asDouble()));
        }
        return Optional.of(new FeatureTable(out));
    }
}
