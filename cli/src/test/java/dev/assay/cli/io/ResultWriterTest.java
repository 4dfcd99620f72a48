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
            w.error(3, "a1", "bad");
        }
        StringWriter continued = new StringWriter();
        try (ResultWriter w = ResultWriter.forTarget(Path.of("out.csv"), continued, true)) {
            w.error(4, null, "worse, much");
        }
        assertEquals("answer_id,question_id,score,max,band,label,label_confidence,confidence,flags,credits,feedback,line,error\n"
                + "a1,,,,,,,,,,,3,bad\n", fresh.toString());
        assertEquals(",,,,,,,,,,,4,\"worse, much\"\n", continued.toString());
    }

    @Test
    void jsonlErrorRecords() throws Exception {
        StringWriter out = new StringWriter();
        try (ResultWriter w = ResultWriter.forTarget(Path.of("out.jsonl"), out, true)) {
            w.error(17, null, "invalid JSON");
            w.error(18, "x", "missing required field 'text'");
        }
        assertEquals("{\"line\":17,\"answer_id\":null,\"error\":\"invalid JSON\"}\n"
                + "{\"line\":18,\"answer_id\":\"x\",\"error\":\"missing required field 'text'\"}\n", out.toString());
    }
}
