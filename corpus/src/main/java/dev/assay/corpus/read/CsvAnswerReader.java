package dev.assay.corpus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.assay.corpus.AnswerRecord;
import java.io.BufferedReader;
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
    /** What spreadsheets export with: Excel where ',' is the decimal comma writes ';'. Comma first: the default. */
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int HEADER_PEEK = 1 << 16;

    private final CsvParser parser;
    private final char separator;
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
    private long blankRows;

    CsvAnswerReader(InputStream in, Path file, ReaderOptions options) throws AnswerFileException {
        this.file = file;
        this.options = options;
        // Records span lines, so bytes cannot be decoded line by line as in JSONL: bad bytes become
        // U+FFFD here and the record holding one is rejected (see toRecord()).
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), HEADER_PEEK);
        List<String> required = List.of(options.idColumn(), options.questionColumn(), options.textColumn());
        try {
            this.separator = separator(reader, required);
            this.parser = CSV.getFactory().createParser(reader);
            // no columns: each row comes as an array
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            Row first = readRow();
            if (first == null) {
                throw new AnswerFileException(file, "empty file; a CSV answer file needs a header row");
            }
            List<String> names = new ArrayList<>(first.fields().size());
            for (String h : first.fields()) {
                names.add(headerName(h));
            }
            this.header = List.copyOf(names);
        } catch (JsonProcessingException e) {
            throw new AnswerFileException(file, "unreadable CSV header: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AnswerFileException(file, "cannot read: " + e, e);
        }
        List<String> missing = required.stream().filter(c -> !header.contains(c)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new AnswerFileException(file, missingColumns(missing));
        }
        this.idCol = header.indexOf(options.idColumn());
        this.questionCol = header.indexOf(options.questionColumn());
        this.textCol = header.indexOf(options.textColumn());
        this.gradeCol = header.indexOf(options.gradeColumn());
        this.labelCol = header.indexOf("label");
        this.splitCol = header.indexOf("split");
    }

    /**
     * The separator of the header line: of comma, semicolon and tab, the one that splits it into the
     * most fields among those that give every required column; when none does, the one giving the most
     * fields, so the error lists the columns as the file has them. Comma wins a tie. The line is only
     * peeked at: the parser reads it again.
     */
    private static char separator(BufferedReader in, List<String> required) throws IOException {
        in.mark(HEADER_PEEK);
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int c = in.read(); c >= 0 && line.length() < HEADER_PEEK - 1; c = in.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                break;
            }
            line.append((char) c);
        }
        in.reset();
        char best = SEPARATORS[0];
        int bestFields = 0;
        boolean bestComplete = false;
        for (char sep : SEPARATORS) {
            List<String> names = split(line, sep);
            boolean complete = names.containsAll(required);
            if (complete && !bestComplete || complete == bestComplete && names.size() > bestFields) {
                best = sep;
                bestFields = names.size();
                bestComplete = complete;
            }
        }
        return best;
    }

    /** A header line's names at {@code sep}, quotes honoured. */
    private static List<String> split(CharSequence line, char sep) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                name.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                names.add(headerName(name.toString()));
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(headerName(name.toString()));
        return names;
    }

    private static String headerName(String h) {
        return h.replace("\uFEFF", "").strip(); // Excel writes a byte-order mark
    }

    /** Every required column the header lacks, in one message, with the columns it has. */
    private String missingColumns(List<String> missing) {
        String last = "'" + missing.get(missing.size() - 1) + "'";
        String list = missing.size() == 1 ? last
                : "'" + String.join("', '", missing.subList(0, missing.size() - 1)) + "' or " + last;
        String columns = header.size() == 1
                ? "header: one column, '" + header.get(0) + "'; Assay reads columns separated by commas, semicolons"
                        + " or tabs"
                : "header" + (separator == ',' ? "" : ", " + separatorName() + "-separated") + ": "
                        + String.join(", ", header);
        return "the CSV header has no column " + list + " (" + columns + "); if "
                + (missing.size() == 1 ? "it has another name, give it" : "they have other names, give them")
                + " with --id-column, --question-column, --text-column";
    }

    private String separatorName() {
        return switch (separator) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
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
                if (row.fields().stream().allMatch(String::isBlank)) {
                    blankRows++; // an empty line, or a spreadsheet's empty row (",,,,,"): no answer in it
                    continue;
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
                    + " (an unquoted " + separatorName() + " in a field?)");
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
    public long blankRowsSkipped() {
        return blankRows;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
