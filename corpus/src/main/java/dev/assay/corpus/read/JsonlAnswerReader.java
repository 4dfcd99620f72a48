package dev.assay.corpus.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** One JSON object per line. Each line is decoded and parsed on its own, so a bad line stays one error. */
final class JsonlAnswerReader extends LookaheadReader {

    private final Utf8LineSource lines;
    private final Path file;
    private final JsonAnswerMapper mapper;
    private final ObjectReader json;

    JsonlAnswerReader(InputStream in, Path file, ReaderOptions options) {
        this.lines = new Utf8LineSource(in, options.maxLineBytes());
        this.file = file;
        this.mapper = new JsonAnswerMapper(options.maxTextChars());
        // Jackson's own string limit must not undercut ours, or a long text would read as bad JSON.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(StreamReadConstraints.DEFAULT_MAX_STRING_LEN, options.maxLineBytes()))
                        .build())
                .build();
        // Trailing tokens would mean two records, or garbage, on one line: reject rather than drop them.
        this.json = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readerFor(JsonNode.class);
    }

    @Override
    protected ReadResult advance() {
        try {
            Utf8LineSource.Line line;
            while ((line = lines.next()) != null) {
                if (line.problem() != null) {
                    return error(line.number(), null, null, line.problem());
                }
                if (!line.text().isBlank()) {
                    return parse(line.number(), line.text());
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": read failed: " + e.getMessage(), e);
        }
    }

    private ReadResult parse(int number, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return error(number, null, null, "invalid JSON" + at + ": " + e.getOriginalMessage());
        }
        try {
            return new ReadResult.Answer(mapper.toRecord(node, number));
        } catch (InvalidRecord e) {
            return error(number, e.answerId(), JsonAnswerMapper.questionIdOf(node), e.getMessage());
        }
    }

    private ReadResult error(int line, String id, String questionId, String message) {
        return new ReadResult.ReadError(file.toString(), line, id, questionId, message);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
