package dev.assay.engine.concepts;

import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.rubric.markdown.MarkdownBankImporter;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shared/datasets/interview-answers} for concept agreement: the bank through the rubric
 * module's Markdown importer (one concept per top-level numbered point, in order), the answers and
 * both raters' points through the corpus module's {@link InterviewSet}.
 */
final class InterviewAnswersData {

    /** Procedural questions of the project's split (README of the data set). */
    static final List<String> DEV_PROCEDURAL = List.of("Q2", "Q8");
    static final List<String> TEST_PROCEDURAL = List.of("Q9", "Q34");

    final QuestionBank bank;
    final InterviewSet set;

    private InterviewAnswersData(QuestionBank bank, InterviewSet set) {
        this.bank = bank;
        this.set = set;
    }

    static Path dir() {
        return Path.of(System.getProperty("assay.shared", "../shared"), "datasets", "interview-answers");
    }

    /** The shared set for a test class; the class is skipped (not failed) where ../shared is absent. */
    static InterviewAnswersData loadOrSkip() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir()), "shared data set not found: " + dir());
        return load(dir());
    }

    static InterviewAnswersData load(Path dir) {
        try {
            QuestionBank bank = MarkdownBankImporter.importBank("bank.md",
                    Files.readString(dir.resolve("bank.md"), StandardCharsets.UTF_8)).bank();
            return new InterviewAnswersData(bank, InterviewSet.load(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items of the given questions; points are compared only where C and D agree. */
    List<ConceptEvaluation.Item> items(List<String> questionIds) {
        List<ConceptEvaluation.Item> out = new ArrayList<>();
        for (InterviewAnswer a : set.answers()) {
            if (!questionIds.contains(a.questionId())) {
                continue;
            }
            Question q = bank.question(a.questionId()).orElseThrow();
            out.add(ConceptEvaluation.Item.fromPoints(q, a.id(), a.answer().text(),
                    List.of(numbers(a, "C"), numbers(a, "D"))));
        }
        return out;
    }

    private static List<Integer> numbers(InterviewAnswer a, String rater) {
        return a.grade(rater).orElseThrow().points().stream()
                .filter(p -> p.matches("\\d+")).map(Integer::valueOf).toList();
    }
}
