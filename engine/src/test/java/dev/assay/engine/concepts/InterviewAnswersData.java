package dev.assay.engine.concepts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Step;
import dev.assay.rubric.model.Structure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-side reader of {@code shared/datasets/interview-answers}: a minimal parse of bank.md (until the
 * rubric module's Markdown importer lands) and the answers and both raters' points.
 *
 * <p>For a question whose Answer is a numbered list, each top-level item becomes a concept: label =
 * the bold lead term, phrasings = the text after the colon and each sub-bullet, one step per item.
 */
final class InterviewAnswersData {

    static final List<String> DEV_PROCEDURAL = List.of("Q2", "Q8");
    static final List<String> TEST_PROCEDURAL = List.of("Q9", "Q34");

    private static final Pattern HEADING = Pattern.compile("^## (Q\\d+): (.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. \\*\\*(.+?):?\\*\\*:?\\s*(.*)$");
    private static final Pattern SUB = Pattern.compile("^\\s+[-*] (.*)$");

    record Answer(String id, String questionId, String text) {
    }

    final QuestionBank bank;
    final List<Answer> answers;
    final Map<String, List<Integer>> pointsC;
    final Map<String, List<Integer>> pointsD;

    private InterviewAnswersData(QuestionBank bank, List<Answer> answers, Map<String, List<Integer>> c,
                                 Map<String, List<Integer>> d) {
        this.bank = bank;
        this.answers = answers;
        this.pointsC = c;
        this.pointsD = d;
    }

    static Path dir() {
        String shared = System.getProperty("assay.shared", "../shared");
        return Path.of(shared, "datasets", "interview-answers");
    }

    static InterviewAnswersData load(Path dir) {
        try {
            return new InterviewAnswersData(parseBank(Files.readString(dir.resolve("bank.md"), StandardCharsets.UTF_8)),
                    readAnswers(dir.resolve("answers.jsonl")), readPoints(dir.resolve("grades-C.jsonl")),
                    readPoints(dir.resolve("grades-D.jsonl")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ConceptEvaluation.Item> items(List<String> questionIds) {
        List<ConceptEvaluation.Item> out = new ArrayList<>();
        for (Answer a : answers) {
            if (!questionIds.contains(a.questionId())) {
                continue;
            }
            Question q = bank.question(a.questionId()).orElseThrow();
            out.add(ConceptEvaluation.Item.fromPoints(q, a.id(), a.text(),
                    List.of(pointsC.get(a.id()), pointsD.get(a.id()))));
        }
        return out;
    }

    static QuestionBank parseBank(String md) {
        List<Question> qs = new ArrayList<>();
        String id = null;
        String title = null;
        List<String[]> items = new ArrayList<>(); // label, text
        List<List<String>> subs = new ArrayList<>();
        for (String line : (md + "\n## END: end").split("\n")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches() || line.startsWith("## END")) {
                if (id != null && !items.isEmpty()) {
                    List<Concept> cs = new ArrayList<>();
                    List<Step> steps = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        List<String> ph = new ArrayList<>();
                        if (!items.get(i)[1].isBlank()) {
                            ph.add(items.get(i)[1]);
                        }
                        ph.addAll(subs.get(i));
                        String cid = "c" + (i + 1);
                        cs.add(new Concept(cid, items.get(i)[0], 1.0, ph, false, null));
                        steps.add(new Step(i + 1, cid));
                    }
                    qs.add(new Question(id, title, title, null, QuestionKind.PROCEDURAL, null, cs, List.of(),
                            new Structure(List.of(), steps), List.of()));
                }
                if (h.matches()) {
                    id = h.group(1);
                    title = h.group(2);
                    items = new ArrayList<>();
                    subs = new ArrayList<>();
                }
                continue;
            }
            Matcher it = ITEM.matcher(line);
            if (it.matches()) {
                items.add(new String[] {it.group(2).replaceAll(":$", ""), it.group(3)});
                subs.add(new ArrayList<>());
                continue;
            }
            Matcher sub = SUB.matcher(line);
            if (sub.matches() && !items.isEmpty()) {
                subs.get(subs.size() - 1).add(sub.group(1).trim());
            }
        }
        return new QuestionBank("interview-answers", qs);
    }

    private static List<Answer> readAnswers(Path p) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Answer> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = om.readTree(line);
            out.add(new Answer(n.get("id").asText(), n.get("question_id").asText(), n.get("text").asText()));
        }
        return out;
    }

    private static Map<String, List<Integer>> readPoints(Path p) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = om.readTree(line);
            List<Integer> pts = new ArrayList<>();
            for (JsonNode x : n.get("points")) {
                if (x.isInt()) {
                    pts.add(x.asInt());
                }
            }
            out.put(n.get("id").asText(), pts);
        }
        return out;
    }
}
