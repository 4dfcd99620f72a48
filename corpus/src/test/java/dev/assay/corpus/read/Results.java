package dev.assay.corpus.read;

import dev.assay.corpus.AnswerRecord;
import java.util.ArrayList;
import java.util.List;

/** A whole (small) test file's results, split into answers and errors. */
record Results(List<AnswerRecord> answers, List<ReadResult.ReadError> errors, long blankRows) {

    static Results readAll(AnswerReader reader) throws Exception {
        List<AnswerRecord> answers = new ArrayList<>();
        List<ReadResult.ReadError> errors = new ArrayList<>();
        long blankRows;
        try (reader) {
            while (reader.hasNext()) {
                ReadResult r = reader.next();
                if (r instanceof ReadResult.Answer a) {
                    answers.add(a.record());
                } else {
                    errors.add((ReadResult.ReadError) r);
                }
            }
            blankRows = reader.blankRowsSkipped();
        }
        return new Results(answers, errors, blankRows);
    }

    List<String> ids() {
        return answers.stream().map(AnswerRecord::id).toList();
    }

    List<Integer> errorLines() {
        return errors.stream().map(ReadResult.ReadError::line).toList();
    }

    ReadResult.ReadError errorAt(int line) {
        return errors.stream().filter(e -> e.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no error at line " + line + " in " + errors));
    }
}
