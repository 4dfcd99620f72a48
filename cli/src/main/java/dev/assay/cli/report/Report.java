package dev.assay.cli.report;

import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.ReaderOptions;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The report's entry point for the command: read and join the files, compute, render one HTML page. */
public final class Report {

    /**
     * What to report on.
     *
     * @param evaluations the output of {@code assay grade} (JSONL)
     * @param grades      human grades files, one per rater; empty for a batch without grades
     * @param answers     the graded answers file, for the texts (and its own grades when no grades file is given); may be null
     * @param bank        the bank's path, named on the page; may be null
     * @param loadedBank  the bank itself, for prompts, scales, bands and concept order; may be null
     * @param title       the page's title
     * @param answerOptions how to read the answers file (its CSV column names)
     */
    public record Request(Path evaluations, List<Path> grades, Path answers, Path bank, QuestionBank loadedBank,
                          String title, ReaderOptions answerOptions) {
        public Request {
            grades = grades == null ? List.of() : List.copyOf(grades);
            answerOptions = answerOptions == null ? ReaderOptions.defaults() : answerOptions;
        }

        /** A request whose answers file, if CSV, has the default column names. */
        public Request(Path evaluations, List<Path> grades, Path answers, Path bank, QuestionBank loadedBank,
                       String title) {
            this(evaluations, grades, answers, bank, loadedBank, title, null);
        }
    }

    /** The page and what the command tells the user about it. */
    public record Rendered(String html, int answers, int errorRecords, int humanGraded, int gradesWithoutEvaluation,
                           int missingTexts) {
    }

    /** An input the report refuses, with the message for the user: the evaluations are not grade's JSONL. */
    public static final class UnusableInput extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableInput(String message) {
            super(message);
        }
    }

    private Report() {
    }

    public static Rendered render(Request r) throws IOException, AnswerFileException, UnusableInput {
        ReportData data = ReportData.load(new ReportData.Inputs(r.evaluations(), r.grades(), r.answers(), r.bank(),
                r.loadedBank(), r.answerOptions()));
        String html = ReportPage.render(data, r.title());
        return new Rendered(html, data.entries.size(), data.evaluationProblems.size(), data.graded().size(),
                data.gradesWithoutEvaluation.size(), r.answers() == null ? 0 : data.missingTexts.size());
    }
}
