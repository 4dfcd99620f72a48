package dev.assay.rubric.model;

import java.util.List;
import java.util.Optional;

/** A question bank: the unit a rubric file holds and the unit the engine indexes. */
public record QuestionBank(String title, List<Question> questions) {

    public QuestionBank {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
