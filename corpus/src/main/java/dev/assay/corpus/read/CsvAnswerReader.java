package dev.assay.corpus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.assay.corpus.AnswerRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV with a header row; Jackson does the quoting (embedded commas, quotes, newlines).
 * Rows are read as plain string arrays and matched to the header here, so a row with too many or
 * too few fields becomes one error instead of a parser failure or a silently shifted record.
 */
final class CsvAnswerReader extends LookaheadReader {

    private static final CsvMapper CSV = new CsvMapper();
    private static final char REPLACEMENT = '\uFFFD';

    private final CsvParser parser;
    private final Path file;
    private final ReaderOptions options;
    private final List<String> header;
    private final int idCol;
    private final int questionCol;
    private final int textCol;
    private final int gradeCol;
    private final int labelCol;
    private final int splitCol;
    private int rowLine; // first line of the row being read, for errors the parser throws mid-row

    CsvAnswerReader(InputStream in, Path file, ReaderOptions options) throws AnswerFileException {
        this.file = file;
        this.options = options;
        // Records span lines, so bytes cannot be decoded line by line as in JSONL: bad bytes become
        // U+FFFD here and the record holding one is rejected (see row()).
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        try {
            this.parser = CSV.getFactory().createParser(reader);
            parser.setSchema(CsvSchema.emptySchema()); // no columns: each row comes as an array
            Row first = readRow();
            if (first == null) {
                throw new AnswerFileException(file, "empty file; a CSV answer file needs a header row");
            }
            List<String> names = new ArrayList<>(first.fields().size());
            for (String h : first.fields()) {
                names.add(h.replace("\uFEFF", "").strip()); // Excel writes a byte-order mark
            }
            this.header = List.copyOf(names);
        } catch (JsonProcessingException e) {
            throw new AnswerFileException(file, "unreadable CSV header: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AnswerFileException(file, "cannot read: " + e, e);
        }
        this.idCol = required(options.idColumn());
        this.questionCol = required(options.questionColumn());
        this.textCol = required(options.textColumn());
        this.gradeCol = header.indexOf(options.gradeColumn());
        this.labelCol = header.indexOf("label");
        this.splitCol = header.indexOf("split");
    }

    private int required(String column) throws AnswerFileException {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new AnswerFileException(file, "the CSV header has no column '" + column + "' (header: "
                    + String.join(", ", header) + "); if it has another name, say which (assay: --id-column,"
                    + " --question-column, --text-column)");
        }
        return i;
    }

    private record Row(int line, List<String> fields) {
    }

    /** The next row, or null at the end of the input. */
    private Row readRow() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new IllegalStateException("CSV parser gave " + t + " where a row should start");
        }
        int line = -1;
        rowLine = parser.currentLocation().getLineNr();
        List<String> fields = new ArrayList<>();
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (line < 0) {
                line = parser.currentTokenLocation().getLineNr(); // the row's first line
                rowLine = line;
            }
            fields.add(parser.getText());
        }
        return new Row(line, fields);
    }

    @Override
    protected ReadResult advance() {
        try {
            Row row;
            while ((row = readRow()) != null) {
                if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                    continue; // blank line
                }
                try {
                    return new ReadResult.Answer(toRecord(row));
                } catch (InvalidRecord e) {
                    return new ReadResult.ReadError(file.toString(), row.line(), e.answerId(), questionOf(row),
                            e.getMessage());
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            // A broken quote leaves the parser with no reliable place to resume: report it and stop.
            finish();
            String at = e.getLocation() == null ? "" : " (parser gave up at line " + e.getLocation().getLineNr() + ")";
            return new ReadResult.ReadError(file.toString(), rowLine, null, null,
                    "malformed CSV, reading stopped here: " + e.getOriginalMessage() + at);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": read failed: " + e.getMessage(), e);
        }
    }

    private AnswerRecord toRecord(Row row) throws InvalidRecord {
        List<String> f = row.fields();
        String id = idCol < f.size() && !f.get(idCol).isBlank() ? f.get(idCol).strip() : null;
        if (f.size() > header.size()) {
            throw new InvalidRecord(id, "row has " + f.size() + " fields but the header has " + header.size()
                    + " (an unquoted comma in a field?)");
        }
        // Only the columns read are checked: a Latin-1 name in a column nobody reads spoils nothing.
        for (int i : new int[] {idCol, questionCol, textCol, gradeCol, labelCol, splitCol}) {
            if (i >= 0 && i < f.size() && f.get(i).indexOf(REPLACEMENT) >= 0) {
                throw new InvalidRecord(i == idCol ? null : id, "column '" + header.get(i)
                        + "' holds invalid UTF-8 bytes (or the replacement character U+FFFD); if the file is in"
                        + " another encoding (Latin-1, Windows-1252), save the file as UTF-8");
            }
        }
        if (id == null) {
            throw new InvalidRecord(null, "missing value for column '" + options.idColumn() + "'");
        }
        String question = value(f, questionCol);
        if (question == null || question.isBlank()) {
            throw new InvalidRecord(id, "missing value for column '" + options.questionColumn() + "'");
        }
        String text = value(f, textCol);
        if (text == null) {
            throw new InvalidRecord(id, "missing value for column '" + options.textColumn() + "'");
        }
        JsonAnswerMapper.checkLength(text, options.textColumn(), options.maxTextChars(), id);
        String grade = value(f, gradeCol);
        return new AnswerRecord(id, question.strip(), text,
                grade == null ? null : JsonAnswerMapper.parseNumber(grade, options.gradeColumn(), id),
                List.of(), blankToNull(value(f, labelCol)), blankToNull(value(f, splitCol)), List.of(), row.line());
    }

    /** The row's question id for its error record, when the column holds a readable one. */
    private String questionOf(Row row) {
        String q = blankToNull(value(row.fields(), questionCol));
        return q == null || q.indexOf(REPLACEMENT) >= 0 ? null : q;
    }

    private static String value(List<String> fields, int col) {
        return col >= 0 && col < fields.size() ? fields.get(col) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
