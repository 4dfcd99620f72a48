package dev.assay.cli.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code grade} output file (JSONL): one Evaluation or error record per line. A line that is
 * neither becomes a {@link Problem} with its line number; the rest of the file is still read.
 */
final class EvaluationsFile {

    /** A line of the file that is not an Evaluation: an error record of {@code grade}, or unreadable. */
    record Problem(int line, String answerId, String message, boolean fromGrader) {
    }

    /**
     * What the file held.
     *
     * @param unreadable lines that are neither an Evaluation nor an error record of {@code grade}
     * @param gradeCsv   the file starts with the header of {@code grade}'s CSV output
     */
    record Contents(Path file, List<Evaluation> evaluations, List<Problem> problems, int blankLines, int unreadable,
                    boolean gradeCsv) {
        Contents {
            evaluations = List.copyOf(evaluations);
            problems = List.copyOf(problems);
        }

        /**
         * Why this file cannot be reported on, or null when it can: it is {@code grade}'s CSV output,
         * or most of its lines are not {@code grade}'s JSONL (an empty page would say nothing).
         */
        String unusable() {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (gradeCsv) {
                return name + " is the CSV output of 'assay grade', which leaves out the criteria, evidence and"
                        + " segments the report shows; give --evaluations the JSONL Evaluations instead (assay grade"
                        + " ... --out graded.jsonl)";
            }
            int readable = evaluations.size() + problems.size() - unreadable;
            if (unreadable > readable) {
                Problem first = problems.stream().filter(p -> !p.fromGrader()).findFirst().orElseThrow();
                return name + ": " + unreadable + " of " + (unreadable + readable) + " lines are neither Evaluations"
                        + " nor error records of 'assay grade' (line " + first.line() + ": " + first.message()
                        + "); give --evaluations the JSONL that 'assay grade ... --out graded.jsonl' writes";
            }
            return null;
        }
    }

    /** The first fields of the header of {@code grade}'s CSV output. */
    static final String GRADE_CSV_HEADER = "answer_id,question_id,score,";

    private static final ObjectMapper READER = EvaluationJson.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EvaluationsFile() {
    }

    static Contents read(Path file) throws IOException {
        List<Evaluation> evaluations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int blank = 0;
        int unreadable = 0;
        boolean gradeCsv = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    blank++;
                    continue;
                }
                if (n - blank == 1 && line.replace("\uFEFF", "").startsWith(GRADE_CSV_HEADER)) {
                    gradeCsv = true;
                }
                JsonNode node;
                try {
                    node = READER.readTree(line);
                } catch (IOException e) {
                    problems.add(new Problem(n, null, "not JSON: " + firstLine(e.getMessage()), false));
                    unreadable++;
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.add(new Problem(n, null, "expected a JSON object", false));
                    unreadable++;
                    continue;
                }
                if (node.has("error")) {
                    JsonNode id = node.get("answer_id");
                    problems.add(new Problem(node.path("line").asInt(n), id == null || id.isNull() ? null : id.asText(),
                            node.path("error").asText(""), true));
                    continue;
                }
                String id = node.path("answer_id").isValueNode() ? node.path("answer_id").asText(null) : null;
                Evaluation e = null;
                if (node.hasNonNull("answer_id") && node.hasNonNull("question_id") && node.path("criteria").isArray()) {
                    try {
                        e = READER.treeToValue(node, Evaluation.class);
                    } catch (IOException | IllegalArgumentException | NullPointerException ex) {
                        // The reader's message names Java classes: say which field, in the file's own words.
                        String field = ex instanceof JsonMappingException m ? m.getPath().stream()
                                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                                .reduce((x, y) -> y.startsWith("[") ? x + y : x + "." + y).orElse(null) : null;
                        problems.add(new Problem(n, id, "not an Evaluation: " + (field == null
                                ? "a field is missing or not as 'assay grade' writes it"
                                : "the field " + field + " is not as 'assay grade' writes it"), false));
                        unreadable++;
                        continue;
                    }
                }
                if (e == null || e.answerId() == null || e.questionId() == null || e.criteria() == null) {
                    problems.add(new Problem(n, id, "not an Evaluation: needs answer_id, question_id and criteria",
                            false));
                    unreadable++;
                    continue;
                }
                if (!seen.add(e.answerId())) {
                    problems.add(new Problem(n, id, "repeated answer id: this line is left out, the first kept", false));
                    continue;
                }
                evaluations.add(e);
            }
        }
        return new Contents(file, evaluations, problems, blank, unreadable, gradeCsv);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
