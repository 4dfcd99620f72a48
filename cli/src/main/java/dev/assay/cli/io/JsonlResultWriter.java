package dev.assay.cli.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line: an Evaluation, or {@code {"line":…,"answer_id":…,"question_id":…,"error":…}}
 * (question_id when the record had one). */
final class JsonlResultWriter implements ResultWriter {

    private final Writer out;

    JsonlResultWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void evaluation(Evaluation e) throws IOException {
        out.write(EvaluationJson.line(e));
        out.write('\n');
    }

    @Override
    public void error(int line, String answerId, String questionId, String message) throws IOException {
        ObjectNode node = EvaluationJson.mapper().createObjectNode();
        node.put("line", line);
        if (answerId == null) {
            node.putNull("answer_id");
        } else {
            node.put("answer_id", answerId);
        }
        if (questionId != null) {
            node.put("question_id", questionId); // the record named one, known to the bank or not
        }
        node.put("error", message);
        out.write(EvaluationJson.mapper().writeValueAsString(node));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
