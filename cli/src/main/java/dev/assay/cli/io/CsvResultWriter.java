package dev.assay.cli.io;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Flag;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A flat CSV (RFC 4180) for spreadsheets: one row per answer with the score, band, predicted label
 * (empty unless the weights were tuned on labels), flags, feedback
 * and each criterion's credit; error rows carry the answer and question ids when the record had them, the line and the error, and
 * leave the rest empty.
 */
final class CsvResultWriter implements ResultWriter {

    private static final String[] COLUMNS = {"answer_id", "question_id", "score", "max", "band", "label",
        "label_confidence", "confidence", "flags", "credits", "feedback", "line", "error"};

    private final SequenceWriter rows;

    CsvResultWriter(Writer out, boolean header) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(header);
        Arrays.stream(COLUMNS).forEach(schema::addColumn);
        this.rows = new CsvMapper().writer(schema.build()).writeValues(out);
    }

    @Override
    public void evaluation(Evaluation e) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("answer_id", e.answerId());
        row.put("question_id", e.questionId());
        row.put("score", e.score());
        row.put("max", e.max());
        row.put("band", e.band());
        row.put("label", e.label());
        row.put("label_confidence", e.labelConfidence());
        row.put("confidence", e.confidence());
        row.put("flags", e.flags().stream().map(Flag::wireName).collect(Collectors.joining(";")));
        row.put("credits", e.criteria().stream().map(c -> c.id() + "=" + c.credit())
                .collect(Collectors.joining(";")));
        row.put("feedback", String.join(" ", e.feedback()));
        row.put("line", null);
        row.put("error", null);
        rows.write(row);
    }

    @Override
    public void error(int line, String answerId, String questionId, String message) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : COLUMNS) {
            row.put(c, null);
        }
        row.put("answer_id", answerId);
        row.put("question_id", questionId);
        row.put("line", line);
        row.put("error", message);
        rows.write(row);
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
