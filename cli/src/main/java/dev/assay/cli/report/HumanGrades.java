package dev.assay.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Human grades from one or more JSONL files, one object per line with {@code id} and a number in
 * {@code grade} or {@code score}; optional {@code rater}, {@code points} (what the rater found
 * covered) and {@code note}. Each file is one rater (named by its {@code rater} field, else by the
 * file name); when several files grade an answer, its human grade is the mean of their grades —
 * the interview set's two raters ({@code grades-C.jsonl}, {@code grades-D.jsonl}) are read this way.
 */
final class HumanGrades {

    /** One rater's grade of one answer. */
    record RaterScore(String rater, double score, List<String> points, boolean hasPoints, String note) {
        RaterScore {
            points = List.copyOf(points);
        }
    }

    /** Every rater's grade of one answer, in the order the files were given. */
    record Grade(String answerId, List<RaterScore> raters) {
        Grade {
            raters = List.copyOf(raters);
        }

        /** The mean of the raters' grades: the human grade the report compares with. */
        double mean() {
            return raters.stream().mapToDouble(RaterScore::score).average().orElse(Double.NaN);
        }
    }

    /** A line that could not be used. */
    record Problem(Path file, int line, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<RaterScore>> byId = new LinkedHashMap<>();
    private final List<String> raters = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Reads every file; bad lines become problems, never exceptions. */
    static HumanGrades read(List<Path> files) throws IOException {
        HumanGrades g = new HumanGrades();
        for (Path f : files) {
            g.readFile(f);
        }
        return g;
    }

    /** Grades that came with the answers file itself ({@code grade}, or the mean of {@code grades}). */
    void addFromAnswers(String answerId, double grade) {
        if (!byId.containsKey(answerId)) {
            byId.put(answerId, new ArrayList<>(List.of(new RaterScore("answers file", grade, List.of(), false, null))));
            if (!raters.contains("answers file")) {
                raters.add("answers file");
            }
        }
    }

    private void readFile(Path file) throws IOException {
        String fallbackRater = file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        Map<String, Boolean> inThisFile = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    problems.add(new Problem(file, n, "not JSON"));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.add(new Problem(file, n, "expected a JSON object"));
                    continue;
                }
                JsonNode idNode = node.get("id");
                if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isBlank()) {
                    problems.add(new Problem(file, n, "needs an 'id'"));
                    continue;
                }
                String id = idNode.asText().strip();
                JsonNode v = node.has("grade") ? node.get("grade") : node.get("score");
                Double score = v == null ? null
                        : v.isNumber() ? Double.valueOf(v.doubleValue())
                        : v.isTextual() ? parse(v.textValue()) : null;
                if (score == null || !Double.isFinite(score)) {
                    problems.add(new Problem(file, n, "answer " + id + ": needs a number in 'grade' or 'score'"));
                    continue;
                }
                if (inThisFile.putIfAbsent(id, Boolean.TRUE) != null) {
                    problems.add(new Problem(file, n, "answer " + id + " graded twice in this file: the first grade is kept"));
                    continue;
                }
                String rater = node.path("rater").isTextual() ? node.get("rater").textValue() : fallbackRater;
                if (!raters.contains(rater)) {
                    raters.add(rater);
                }
                List<String> points = new ArrayList<>();
                node.path("points").forEach(p -> points.add(p.asText()));
                String note = node.path("note").isTextual() ? node.get("note").textValue() : null;
                byId.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new RaterScore(rater, score, points, node.has("points"), note));
            }
        }
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** All graded answer ids, in the order first seen. */
    Map<String, Grade> grades() {
        Map<String, Grade> out = new LinkedHashMap<>();
        byId.forEach((id, scores) -> out.put(id, new Grade(id, scores)));
        return Collections.unmodifiableMap(out);
    }

    List<String> raters() {
        return List.copyOf(raters);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
