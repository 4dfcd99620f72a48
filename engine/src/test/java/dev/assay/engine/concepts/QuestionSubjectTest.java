package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import org.junit.jupiter.api.Test;

/** Whether an answer names its question's subject, which keeps it from being flagged off topic. */
class QuestionSubjectTest {

    private static final Question CHEATING = new Question("Q1", "How do you handle a suspected cheating incident during"
            + " an exam?", "How do you handle a suspected cheating incident during an exam?", null, QuestionKind.PROCEDURAL,
            null, null, null, null, null);

    @Test
    void aGerundOfTheTitleIsASubjectAsTheNounAnAnswerMakesOfIt() {
        // a school exam officer's review: a wrong but relevant answer ("cheating is not tolerated") was flagged off
        // topic, since the title's "cheating" (a gerund, lemma "cheat") was not among its nouns
        QuestionSubject subject = new QuestionSubject();
        assertTrue(subject.named(TextAnalyzer.shared().analyze("I send them out so the others see that cheating is not"
                + " tolerated."), CHEATING));
        assertTrue(subject.named(TextAnalyzer.shared().analyze("I note the time of the incident."), CHEATING));
        assertFalse(subject.named(TextAnalyzer.shared().analyze("I lead everyone out by the nearest fire door."), CHEATING));
    }
}
