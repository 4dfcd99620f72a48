package dev.assay.engine.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.assay.engine.similarity.SimilarityReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The Evaluation's wire form: one JSON object per line, snake_case, fields in a fixed order. */
public final class EvaluationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private EvaluationJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * One line of JSON, no trailing newline: the bytes {@code mapper().writeValueAsString(e)} gives
     * (EvaluationJsonTest compares them), written field by field with the mapper's own generator,
     * so every string and number is escaped and formatted by the same code. Data binding looked up
     * and called each record accessor by reflection, for every answer.
     */
    public static String line(Evaluation e) {
        BufferRecycler recycler = FACTORY._getBufferRecycler(); // as ObjectMapper.writeValueAsString does
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                write(g, e);
            }
            return out.getAndClear();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an Evaluation could not be written as JSON", ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // an in-memory writer does not throw
        } finally {
            recycler.releaseToPool();
        }
    }

    private static void write(JsonGenerator g, Evaluation e) throws IOException {
        g.writeStartObject();
        g.writeStringField("answer_id", e.answerId());
        g.writeStringField("question_id", e.questionId());
        g.writeFieldName("score");
        number(g, e.score());
        g.writeFieldName("min");
        number(g, e.min());
        g.writeFieldName("max");
        number(g, e.max());
        g.writeStringField("band", e.band());
        if (e.label() != null) { // as @JsonInclude(NON_NULL) has it: weights tuned on labels only
            g.writeStringField("label", e.label());
        }
        if (e.labelConfidence() != null) {
            g.writeFieldName("label_confidence");
            number(g, e.labelConfidence());
        }
        g.writeFieldName("confidence");
        number(g, e.confidence());
        g.writeArrayFieldStart("flags");
        for (Flag f : e.flags()) {
            g.writeString(f.wireName());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("criteria");
        for (Criterion c : e.criteria()) {
            criterion(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("segments");
        for (SegmentView s : e.segments()) {
            g.writeStartObject();
            g.writeStringField("label", s.label());
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeFieldName("confidence");
            number(g, s.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("similarity");
        similarity(g, e.similarity());
        g.writeFieldName("features");
        numbers(g, e.features());
        g.writeArrayFieldStart("feedback");
        for (String line : e.feedback()) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeFieldName("versions");
        Versions v = e.versions();
        if (v == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("engine", v.engine());
            g.writeStringField("rubric_hash", v.rubricHash());
            g.writeStringField("weights", v.weights());
            if (v.encoder() != null) { // as @JsonInclude(NON_NULL) has it: the semantic mode only
                g.writeStringField("encoder", v.encoder());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void criterion(JsonGenerator g, Criterion c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("label", c.label());
        g.writeStringField("kind", c.kind());
        g.writeFieldName("weight");
        number(g, c.weight());
        g.writeFieldName("credit");
        number(g, c.credit());
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : c.evidence()) {
            g.writeStartObject();
            g.writeNumberField("sentence", ev.sentence());
            g.writeNumberField("start", ev.start());
            g.writeNumberField("end", ev.end());
            g.writeStringField("text", ev.text());
            g.writeFieldName("strength");
            number(g, ev.strength());
            g.writeBooleanField("negated", ev.negated());
            if (ev.meaning() != null) { // as @JsonInclude(NON_NULL) has it: the semantic mode only
                g.writeStringField("meaning", ev.meaning());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void similarity(JsonGenerator g, SimilarityReport s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("best_model_answer", s.bestModelAnswer());
        g.writeFieldName("cosine");
        number(g, s.cosine());
        g.writeFieldName("bm25");
        number(g, s.bm25());
        g.writeFieldName("bm25_normalized");
        number(g, s.bm25Normalized());
        g.writeFieldName("copy_overlap");
        number(g, s.copyOverlap());
        g.writeFieldName("own_topic");
        number(g, s.ownTopic());
        g.writeStringField("nearest_other_question", s.nearestOtherQuestion());
        g.writeFieldName("nearest_other_topic");
        number(g, s.nearestOtherTopic());
        g.writeEndObject();
    }

    /**
     * What {@code writeNumber(double)} writes: for a finite double, {@code Double.toString} as a raw
     * number ({@link DecimalText} has the common ones); anything else goes to the generator itself.
     */
    private static void number(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(DecimalText.of(d));
        } else {
            g.writeNumber(d);
        }
    }

    private static void numbers(JsonGenerator g, Map<String, Double> values) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Double> v : values.entrySet()) {
            g.writeFieldName(v.getKey());
            if (v.getValue() == null) {
                g.writeNull();
            } else {
                number(g, v.getValue());
            }
        }
        g.writeEndObject();
    }
}
