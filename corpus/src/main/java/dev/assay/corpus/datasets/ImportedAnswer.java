package dev.assay.corpus.datasets;

import dev.assay.corpus.AnswerRecord;
import java.util.Objects;

/**
 * One graded answer of a public data set: the {@link AnswerRecord} every reader of answer files
 * yields, plus what some sets carry beyond it.
 *
 * @param record    id, question id, text, grade or label, split; {@code line} is where the answer
 *                  starts in its source file (the raw file for Mohler, the XML member for SemEval/SAF)
 * @param label2way SemEval's 2-way label ({@code correct}/{@code incorrect}), else null
 * @param feedback  the tutor's written feedback (SAF {@code response_feedback}), else null
 */
public record ImportedAnswer(AnswerRecord record, String label2way, String feedback) {

    public ImportedAnswer {
        Objects.requireNonNull(record, "record");
    }
}
