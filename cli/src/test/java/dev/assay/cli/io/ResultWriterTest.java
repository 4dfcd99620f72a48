package dev.assay.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResultWriterTest {

    @Test
    void aContinuedCsvHasNoSecondHeader() throws Exception {
        StringWriter fresh = new StringWriter();
        try (ResultWriter w = ResultWriter.forTarget(Path.of("out.csv"), fresh, false)) {
            w.error(3, "a1", "Q9", "bad");
        }
        StringWriter continued = new StringWriter();
        try (ResultWriter w = ResultWriter.forTarget(Path.of("out.csv"), continued, true)) {
            w.error(4, null, null, "worse, much");
        }
        assertEquals("answer_id,question_id,score,max,band,label,label_confidence,confidence,flags,credits,feedback,line,error\n"
                + "a1,Q9,,,,,,,,,,3,bad\n", fresh.toString());
        assertEquals(",,,,,,,,,,,4,\"worse, much\"\n", continued.toString());
    }

    @Test
    void jsonlErrorRecords() throws Exception {
        StringWriter out = new StringWriter();
        try (ResultWriter w = ResultWriter.forTarget(Path.of("out.jsonl"), out, true)) {
            w.error(17, null, null, "invalid JSON");
            w.error(18, "x", null, "missing required field 'text'");
            w.error(19, "y", "Q99", "unknown question id 'Q99'");
        }
        assertEquals("{\"line\":17,\"answer_id\":null,\"error\":\"invalid JSON\"}\n"
                + "{\"line\":18,\"answer_id\":\"x\",\"error\":\"missing required field 'text'\"}\n"
                + "{\"line\":19,\"answer_id\":\"y\",\"question_id\":\"Q99\",\"error\":\"unknown question id 'Q99'\"}\n",
                out.toString());
    }
}
