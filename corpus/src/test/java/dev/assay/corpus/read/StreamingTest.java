package dev.assay.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The readers must stream: a record comes out after reading only a little of the input, and the
 * input is generated on the fly, so nothing but the reader could hold it whole.
 */
class StreamingTest {

    private static final int LINES = 200_000;

    /** Generates answer records on demand and counts the bytes handed out. */
    private static final class GeneratedAnswers extends InputStream {
        private final boolean csv;
        private int nextLine;
        private byte[] current = new byte[0];
        private int pos;
        long served;
        boolean closed;

        GeneratedAnswers(boolean csv) {
            this.csv = csv;
            if (csv) {
                current = "id,question_id,text\n".getBytes(StandardCharsets.UTF_8);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == current.length) {
                if (nextLine == LINES) {
                    return -1;
                }
                int i = ++nextLine;
                String text = "Answer " + i + ": I checked the dashboards, found the pool exhausted, killed it.";
                current = (csv ? "g" + i + ",Q1,\"" + text + "\"\n"
                        : "{\"id\": \"g" + i + "\", \"question_id\": \"Q1\", \"text\": \"" + text + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            served += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void jsonlReadsAsItGoes() throws Exception {
        check(AnswerReader.Format.JSONL);
    }

    @Test
    void csvReadsAsItGoes() throws Exception {
        check(AnswerReader.Format.CSV);
    }

    private static void check(AnswerReader.Format format) throws Exception {
        GeneratedAnswers in = new GeneratedAnswers(format == AnswerReader.Format.CSV);
        try (AnswerReader reader = AnswerReader.open(in, format, "generated", ReaderOptions.defaults())) {
            Iterator<ReadResult> it = reader;
            ReadResult first = it.next();
            assertEquals("g1", ((ReadResult.Answer) first).record().id());
            // ~20 MB in all; the first record must come after a buffer's worth, not the whole input.
            assertTrue(in.served < 256 * 1024, "read " + in.served + " bytes before the first record");
            int count = 1;
            int lastLine = first.line();
            while (it.hasNext()) {
                ReadResult r = it.next();
                assertTrue(r instanceof ReadResult.Answer, r::toString);
                assertTrue(r.line() > lastLine);
                lastLine = r.line();
                count++;
            }
            assertEquals(LINES, count);
            assertTrue(in.served > 15_000_000, "served " + in.served);
        }
        assertTrue(in.closed);
    }

    @Test
    void closingTheStreamClosesTheInput() throws Exception {
        GeneratedAnswers in = new GeneratedAnswers(false);
        try (Stream<ReadResult> s = AnswerReader.open(in, AnswerReader.Format.JSONL, "generated",
                ReaderOptions.defaults()).stream()) {
            assertEquals(10, s.limit(10).count());
        }
        assertTrue(in.closed);
    }
}
