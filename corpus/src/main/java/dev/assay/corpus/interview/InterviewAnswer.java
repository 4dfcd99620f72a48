package dev.assay.corpus.interview;

import dev.assay.corpus.AnswerRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer of the interview set with its human grades.
 *
 * @param answer the answer, with gold STAR segments for the behavioural questions
 * @param grades each rater's grade, keyed by rater name, in rater order
 */
public record InterviewAnswer(AnswerRecord answer, Map<String, RaterGrade> grades) {

    public InterviewAnswer {
        Objects.requireNonNull(answer, "answer");
        grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }

    public String id() {
        return answer.id();
    }

    public String questionId() {
        return answer.questionId();
    }

    public Optional<RaterGrade> grade(String rater) {
        return Optional.ofNullable(grades.get(rater));
    }

    /** The raters' mean score: the reference the set's README says to grade against. NaN if ungraded. */
    public double meanScore() {
        return grades.values().stream().mapToInt(RaterGrade::score).average().orElse(Double.NaN);
    }
}
