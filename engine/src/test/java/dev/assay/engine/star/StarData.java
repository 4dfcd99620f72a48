package dev.assay.engine.star;

import dev.assay.corpus.GoldSegment;
import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import dev.assay.rubric.model.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test-side access to the interview-answers set and its STAR questions. */
final class StarData {

    /** STAR development and test questions of the fixed split. */
    static final Set<String> DEV = Set.of("Q1", "Q3", "Q4", "Q5");
    static final Set<String> TEST = Set.of("Q6", "Q7");

    private StarData() {
    }

    static Path datasetDir() {
        String shared = System.getProperty("assay.shared");
        Path dir = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared");
        Path d = dir.resolve("datasets").resolve(InterviewSet.NAME);
        if (!Files.isDirectory(d)) {
            // run from a module folder: the repository root is one level up
            d = Path.of("..", "..", "shared", "datasets", InterviewSet.NAME);
        }
        return d;
    }

    static InterviewSet load() throws IOException {
        return InterviewSet.load(datasetDir());
    }

    static List<Segment> gold(InterviewAnswer a) {
        List<Segment> out = new ArrayList<>();
        for (GoldSegment g : a.answer().segments()) {
            out.add(new Segment(g.label(), g.start(), g.end(), 1.0));
        }
        return out;
    }

    private static final Pattern HEADING = Pattern.compile("^## (Q\\w+):\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile(
            "^- \\*\\*(Situation|Task|Action|Result):\\*\\*\\s*(.*)$");

    /**
     * The bank's STAR questions, read with a minimal stand-in for the rubric importer: the
     * "Expected structure" bullets become section cues and the quoted example bullets become the
     * sections' example text and a sectioned model answer.
     */
    static Map<String, Question> bank() throws IOException {
        Map<String, Question> out = new LinkedHashMap<>();
        String id = null;
        String title = null;
        Map<StarLabel, String> cues = new EnumMap<>(StarLabel.class);
        Map<StarLabel, String> examples = new EnumMap<>(StarLabel.class);
        List<String> lines = new ArrayList<>(Files.readAllLines(datasetDir().resolve("bank.md")));
        lines.add("## Qend: end");
        for (String line : lines) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                if (id != null && !cues.isEmpty()) {
                    out.put(id, question(id, title, cues, examples));
                }
                id = h.group(1);
                title = h.group(2);
                cues = new EnumMap<>(StarLabel.class);
                examples = new EnumMap<>(StarLabel.class);
                continue;
            }
            Matcher s = SECTION.matcher(line.strip().startsWith("- **") ? line.strip() : "");
            if (s.matches()) {
                StarLabel l = StarLabel.valueOf(s.group(1).substring(0, 1));
                String body = s.group(2).strip();
                if (body.startsWith("\"")) {
                    examples.put(l, body.replace("\"", ""));
                } else {
                    cues.put(l, body);
                }
            }
        }
        return out;
    }

    private static Question question(String id, String title, Map<StarLabel, String> cues,
            Map<StarLabel, String> examples) {
        List<StarSection> sections = new ArrayList<>();
        for (StarLabel l : StarLabel.STORY) {
            if (cues.containsKey(l)) {
                sections.add(new StarSection(l, 0.25, List.of(cues.get(l)), examples.get(l)));
            }
        }
        List<ModelAnswer> models = examples.isEmpty() ? List.of()
                : List.of(new ModelAnswer(id + "-example", String.join(" ", examples.values()), null, examples));
        return new Question(id, title, title, null, QuestionKind.BEHAVIORAL, null, List.of(), List.of(),
                new Structure(sections, List.of()), models);
    }

    /** Runs the segmenter on the STAR answers of some questions and accumulates agreement. */
    static StarEvaluation evaluate(StarSegmenter segmenter, InterviewSet set, Set<String> questions,
            Map<String, Question> bank) {
        StarEvaluation total = new StarEvaluation();
        for (InterviewAnswer a : set.answers()) {
            if (!questions.contains(a.questionId())) {
                continue;
            }
            String text = a.answer().text();
            List<Segment> predicted = segmenter.segment(TextAnalyzer.shared().analyze(text),
                    bank == null ? null : bank.get(a.questionId()));
            total.add(text, gold(a), predicted);
        }
        return total;
    }
}
