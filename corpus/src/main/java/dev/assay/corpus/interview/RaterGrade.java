package dev.assay.corpus.interview;

import java.util.List;
import java.util.Objects;

/**
 * One rater's grade of one answer.
 *
 * @param rater  the rater's name ({@code C}, {@code D})
 * @param score  holistic score, 0–5
 * @param points what the rater found covered: expected point numbers ({@code "1"}, {@code "2"}, …)
 *               for listed questions, STAR parts ({@code "S"}, {@code "T"}, {@code "A"}, {@code "R"})
 *               for STAR questions; kept as strings because the two kinds share the field
 * @param note   the rater's one-sentence reason
 */
public record RaterGrade(String rater, int score, List<String> points, String note) {

    public RaterGrade {
        Objects.requireNonNull(rater, "rater");
        points = points == null ? List.of() : List.copyOf(points);
    }
}
