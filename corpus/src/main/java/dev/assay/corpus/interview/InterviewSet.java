package dev.assay.corpus.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.Datasets;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The interview-answers evaluation set ({@code shared/datasets/interview-answers}): 130 answers to
 * ten questions, gold STAR segments for the behavioural ones, and each rater's grade from
 * {@code grades-<rater>.jsonl}. The project's split is fixed here, by question, so every harness
 * tunes on the same questions and reports on unseen ones.
 */
public final class InterviewSet {

    /** The data set's folder name under {@code shared/datasets}. */
    public static final String NAME = "interview-answers";
    /** Questions for development and tuning, in bank order (a List so iteration is deterministic). */
    public static final List<String> DEV = List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q8");
    /** Held-out questions, for reported figures only. */
    public static final List<String> TEST = List.of("Q6", "Q7", "Q9", "Q34");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<InterviewAnswer> answers;

    private InterviewSet(List<InterviewAnswer> answers) {
        this.answers = List.copyOf(answers);
    }

    public static boolean isTest(String questionId) {
        return TEST.contains(questionId);
    }

    public static boolean isDev(String questionId) {
        return DEV.contains(questionId);
    }

    /** Loads the set from the shared folder ({@link Datasets#dataset(String)}). */
    public static InterviewSet load() throws IOException {
        return load(Datasets.dataset(NAME));
    }

    /**
     * Loads {@code answers.jsonl} and every {@code grades-*.jsonl} of a folder. The set is curated,
     * so any bad record, unknown id or repeated grade fails the load rather than being skipped.
     */
    public static InterviewSet load(Path datasetDir) throws IOException {
        Path answersFile = datasetDir.resolve("answers.jsonl");
        Map<String, AnswerRecord> byId = new LinkedHashMap<>();
        try (AnswerReader reader = AnswerReader.open(answersFile)) {
            while (reader.hasNext()) {
                ReadResult r = reader.next();
                if (r instanceof ReadResult.ReadError e) {
                    throw new AnswerFileException(answersFile, e.toString());
                }
                AnswerRecord record = ((ReadResult.Answer) r).record();
                if (byId.putIfAbsent(record.id(), record) != null) {
                    throw new AnswerFileException(answersFile, "line " + record.line() + ": repeated id " + record.id());
                }
            }
        }
        Map<String, Map<String, RaterGrade>> grades = new LinkedHashMap<>();
        for (Path gradesFile : gradeFiles(datasetDir)) {
            readGrades(gradesFile, byId.keySet(), grades);
        }
        List<InterviewAnswer> out = new ArrayList<>(byId.size());
        for (AnswerRecord record : byId.values()) {
            out.add(new InterviewAnswer(record, grades.getOrDefault(record.id(), Map.of())));
        }
        return new InterviewSet(out);
    }

    private static List<Path> gradeFiles(Path dir) throws IOException {
        Map<String, Path> sorted = new TreeMap<>(); // rater order: C before D, whatever the directory order
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "grades-*.jsonl")) {
            files.forEach(f -> sorted.put(f.getFileName().toString(), f));
        }
        return List.copyOf(sorted.values());
    }

    private static void readGrades(Path file, Set<String> ids, Map<String, Map<String, RaterGrade>> into)
            throws IOException {
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode n = it.nextValue();
                int line = it.getCurrentLocation().getLineNr();
                String id = n.path("id").asText(null);
                String rater = n.path("rater").asText(null);
                if (id == null || rater == null || !n.path("score").isInt()) {
                    throw new AnswerFileException(file, "line " + line + ": needs string 'id', 'rater' and integer 'score'");
                }
                if (!ids.contains(id)) {
                    throw new AnswerFileException(file, "line " + line + ": grade for unknown answer " + id);
                }
                List<String> points = new ArrayList<>();
                n.path("points").forEach(p -> points.add(p.asText())); // 1 and "S" alike become strings
                RaterGrade g = new RaterGrade(rater, n.get("score").intValue(), points, n.path("note").asText(null));
                if (into.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(rater, g) != null) {
                    throw new AnswerFileException(file, "line " + line + ": second grade of " + id + " by rater " + rater);
                }
            }
        }
    }

    /** All answers, in file order. */
    public List<InterviewAnswer> answers() {
        return answers;
    }

    public InterviewAnswer answer(String id) {
        return answers.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no answer " + id + " in " + NAME));
    }

    /** Answers to the development questions. */
    public List<InterviewAnswer> dev() {
        return answers.stream().filter(a -> isDev(a.questionId())).toList();
    }

    /** Answers to the held-out test questions. */
    public List<InterviewAnswer> test() {
        return answers.stream().filter(a -> isTest(a.questionId())).toList();
    }

    /** Answers to one question, in file order. */
    public List<InterviewAnswer> question(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).toList();
    }

    /** Rater names, in the order of their grade files. */
    public List<String> raters() {
        return answers.stream().flatMap(a -> a.grades().keySet().stream()).distinct().toList();
    }
}
