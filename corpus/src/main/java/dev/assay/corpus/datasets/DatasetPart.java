package dev.assay.corpus.datasets;

import dev.assay.rubric.model.QuestionBank;
import java.util.List;
import java.util.Objects;

/**
 * One question bank of an imported data set with the graded answers to its questions. Mohler and
 * SAF are one part each; SemEval is one part per corpus ({@code beetle}, {@code sciEntsBank}).
 *
 * @param name    short name, used in file names when a set has several parts
 * @param bank    the questions, with reference answers and derived concepts
 * @param answers the graded answers, in the set's order (split, then file, then position)
 */
public record DatasetPart(String name, QuestionBank bank, List<ImportedAnswer> answers) {

    public DatasetPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bank, "bank");
        answers = List.copyOf(answers);
    }
}
