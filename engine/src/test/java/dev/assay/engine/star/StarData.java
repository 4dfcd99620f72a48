package dev.assay.engine.star;

import dev.assay.corpus.GoldSegment;
import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.markdown.ImportResult;
import dev.assay.rubric.markdown.MarkdownBankImporter;
import dev.assay.rubric.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The bank's questions by id, imported from {@code bank.md} with the rubric's Markdown importer. */
    static Map<String, Question> bank() throws IOException {
        Path file = datasetDir().resolve("bank.md");
        ImportResult result = MarkdownBankImporter.importBank(file.getFileName().toString(), Files.readString(file));
        Map<String, Question> out = new LinkedHashMap<>();
        for (Question q : result.bank().questions()) {
            out.put(q.id(), q);
        }
        return out;
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
