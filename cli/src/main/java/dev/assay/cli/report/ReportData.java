package dev.assay.cli.report;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.corpus.read.ReaderOptions;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.rubric.model.Band;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the report shows, joined by answer id: the Evaluations, the answer texts (from the
 * graded input file) and the human grades, with what could not be joined kept for the page to say.
 */
final class ReportData {

    /** One graded answer: its Evaluation, its text when known, its human grade when known. */
    record Entry(Evaluation evaluation, String text, HumanGrades.Grade human) {
        String id() {
            return evaluation.answerId();
        }

        boolean hasHuman() {
            return human != null && !human.raters().isEmpty();
        }
    }

    /**
     * What the report knows of a question: from the bank when given, else from its Evaluations.
     *
     * @param bands    the scale's bands, lowest first (none without a bank)
     * @param concepts concept ids in rubric order (a rater's point {@code n} is the n-th of them)
     */
    record QuestionInfo(String id, String prompt, double min, double max, List<Band> bands, List<String> concepts,
                        boolean fromBank) {
    }

    /** The report's inputs, as given on the command line. */
    record Inputs(Path evaluations, List<Path> grades, Path answers, Path bank, QuestionBank loadedBank,
                  ReaderOptions answerOptions) {
        Inputs {
            grades = grades == null ? List.of() : List.copyOf(grades);
            answerOptions = answerOptions == null ? ReaderOptions.defaults() : answerOptions;
        }
    }

    final Inputs inputs;
    final List<Entry> entries;
    final List<EvaluationsFile.Problem> evaluationProblems;
    final Map<String, QuestionInfo> questions;
    /** Answer ids whose text was not found in the answers file (all of them when none was given). */
    final List<String> missingTexts;
    /** Problems reading the answers file, as printable lines. */
    final List<String> answerProblems;
    /** Ids graded by a human but absent from the evaluations. */
    final List<String> gradesWithoutEvaluation;
    final List<HumanGrades.Problem> gradeProblems;
    final List<String> raters;
    final boolean hasGrades;

    private ReportData(Inputs inputs, List<Entry> entries, List<EvaluationsFile.Problem> evaluationProblems,
                       Map<String, QuestionInfo> questions, List<String> missingTexts, List<String> answerProblems,
                       List<String> gradesWithoutEvaluation, List<HumanGrades.Problem> gradeProblems,
                       List<String> raters, boolean hasGrades) {
        this.inputs = inputs;
        this.entries = List.copyOf(entries);
        this.evaluationProblems = List.copyOf(evaluationProblems);
        this.questions = java.util.Collections.unmodifiableMap(questions);
        this.missingTexts = List.copyOf(missingTexts);
        this.answerProblems = List.copyOf(answerProblems);
        this.gradesWithoutEvaluation = List.copyOf(gradesWithoutEvaluation);
        this.gradeProblems = List.copyOf(gradeProblems);
        this.raters = List.copyOf(raters);
        this.hasGrades = hasGrades;
    }

    /**
     * Reads the files and joins them. Human grades come from the {@code --grades} files; when none is
     * given, from the answers file's own {@code grade} (or the mean of its {@code grades}) if it has them.
     *
     * @throws IOException          the evaluations file (or a grades file) cannot be read at all
     * @throws AnswerFileException  the answers file cannot be opened
     * @throws Report.UnusableInput the evaluations file is not {@code grade}'s JSONL output
     */
    static ReportData load(Inputs in) throws IOException, AnswerFileException, Report.UnusableInput {
        EvaluationsFile.Contents contents = EvaluationsFile.read(in.evaluations());
        String unusable = contents.unusable();
        if (unusable != null) {
            throw new Report.UnusableInput(unusable);
        }
        HumanGrades grades = HumanGrades.read(in.grades());
        Map<String, AnswerRecord> answers = new LinkedHashMap<>();
        List<String> answerProblems = new ArrayList<>();
        if (in.answers() != null) {
            try (AnswerReader reader = AnswerReader.open(in.answers(), in.answerOptions())) {
                while (reader.hasNext()) {
                    ReadResult r = reader.next();
                    if (r instanceof ReadResult.Answer a) {
                        answers.putIfAbsent(a.record().id(), a.record());
                    } else {
                        answerProblems.add(r.toString());
                    }
                }
            }
            if (in.grades().isEmpty()) {
                for (AnswerRecord a : answers.values()) {
                    Double g = a.grade() != null ? a.grade()
                            : a.grades().isEmpty() ? null
                            : a.grades().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                    if (g != null) {
                        grades.addFromAnswers(a.id(), g);
                    }
                }
            }
        }
        return join(in, contents, answers, answerProblems, grades);
    }

    static ReportData join(Inputs in, EvaluationsFile.Contents contents, Map<String, AnswerRecord> answers,
                           List<String> answerProblems, HumanGrades grades) {
        Map<String, HumanGrades.Grade> byId = grades.grades();
        List<Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> evaluated = new LinkedHashSet<>();
        for (Evaluation e : contents.evaluations()) {
            AnswerRecord a = answers.get(e.answerId());
            if (a == null) {
                missing.add(e.answerId());
            }
            entries.add(new Entry(e, a == null ? null : a.text(), byId.get(e.answerId())));
            evaluated.add(e.answerId());
        }
        List<String> orphans = byId.keySet().stream().filter(id -> !evaluated.contains(id)).toList();
        return new ReportData(in, entries, contents.problems(), questions(in.loadedBank(), contents.evaluations()),
                missing, answerProblems, orphans, grades.problems(), grades.raters(), !byId.isEmpty());
    }

    private static Map<String, QuestionInfo> questions(QuestionBank bank, List<Evaluation> evaluations) {
        Map<String, QuestionInfo> out = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        evaluations.forEach(e -> used.add(e.questionId()));
        if (bank != null) {
            for (Question q : bank.questions()) {
                if (used.contains(q.id())) {
                    out.put(q.id(), new QuestionInfo(q.id(), q.prompt(), q.scale().min(), q.scale().max(),
                            q.scale().bands().stream().sorted(Comparator.comparingDouble(Band::min)).toList(),
                            q.concepts().stream().map(Concept::id).toList(), true));
                }
            }
        }
        for (Evaluation e : evaluations) {
            if (!out.containsKey(e.questionId())) {
                List<String> concepts = e.criteria().stream().filter(c -> "concept".equals(c.kind()))
                        .map(Criterion::id).toList();
                out.put(e.questionId(), new QuestionInfo(e.questionId(), null, e.min(), e.max(), List.of(), concepts,
                        false));
            }
        }
        return out;
    }

    List<Entry> graded() {
        return entries.stream().filter(Entry::hasHuman).toList();
    }

    Optional<QuestionInfo> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }
}
