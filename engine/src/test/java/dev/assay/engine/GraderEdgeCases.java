package dev.assay.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.engine.evaluation.Flag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Odd answers get an Evaluation with the right flag, never an exception (except an unknown question),
 * in each mode: {@link GraderEdgeCasesTest} (default), {@link SemanticEdgeCasesTest} (semantic).
 */
abstract class GraderEdgeCases {

    Grader grader;

    /** The grader under test; built once per mode and shared. */
    abstract Grader grader();

    @BeforeEach
    void load() {
        grader = grader();
    }

    @Test
    void anEmptyAnswerIsFlaggedEmptyAndScoresTheMinimum() {
        Evaluation e = grader.grade("e1", "Q1", "");
        assertEquals(java.util.List.of(Flag.EMPTY), e.flags());
        assertEquals(0.0, e.score());
        assertFalse(e.feedback().isEmpty());
    }

    @Test
    void aStockPhraseForNoAnswerIsEmpty() {
        for (String none : java.util.List.of("not answered", "NO ANSWER", "I don't know.", "n/a")) {
            Evaluation e = grader.grade("n", "Q2", none);
            assertTrue(e.flags().contains(Flag.EMPTY), none);
            assertEquals(0.0, e.score(), none);
        }
        assertFalse(grader.grade("n", "Q2", "I don't know the root cause yet, so I roll back first.").flags()
                .contains(Flag.EMPTY));
    }

    @Test
    void pureWhitespaceAndPunctuationAreEmpty() {
        assertTrue(grader.grade("e2", "Q2", "   \n\t ").flags().contains(Flag.EMPTY));
        assertTrue(grader.grade("e3", "Q2", "?!... --- ;;").flags().contains(Flag.EMPTY));
    }

    @Test
    void emojiAloneIsEmptyAndEmojiInTextDoNotBreakOffsets() {
        assertTrue(grader.grade("e4", "Q1", "🔥🔥🚀").flags().contains(Flag.EMPTY));
        String text = "Payments were failing 🔥 during checkout. I was on call. I rolled back the release 🚀 and"
                + " errors dropped from 30% to 0 within 10 minutes.";
        Evaluation e = grader.grade("e5", "Q1", text);
        e.segments().forEach(s -> assertTrue(s.end() <= text.length() && s.start() < s.end()));
        EvaluationJson.line(e); // serialises
    }

    @Test
    void invisibleCharactersAloneOrOnALineOfTheirOwnAreHarmless() {
        // a soft hyphen, a zero-width joiner, a combining mark: CoreNLP keeps such a "sentence"
        for (String odd : new String[] {"\u00AD", "\u200D", "\u0301", "\u00AD\n\u200D"}) {
            assertTrue(grader.grade("i", "Q2", odd).flags().contains(Flag.EMPTY), odd);
        }
        String text = "We rolled back the release within five minutes.\n\u00AD\n"
                + "Then we held a blameless post-mortem and agreed action items with owners.";
        Evaluation e = grader.grade("i", "Q2", text);
        assertTrue(e.score() > 1, e.score() + " " + e.flags());
    }

    @Test
    void anAnswerInAnotherLanguageIsNotGraded() {
        Evaluation e = grader.grade("e6", "Q2", "Primero revertimos el despliegue y luego organizamos una reunión"
                + " para entender qué pasó, sin culpar a nadie del equipo.");
        assertTrue(e.flags().contains(Flag.NOT_ENGLISH), e.flags().toString());
        assertEquals(0.0, e.score());
        assertTrue(e.feedback().get(0).contains("English"), e.feedback().toString());
        // a story told in another language is not read either (a reviewer's STAR answer in Spanish scored 3 of 5)
        Evaluation story = grader.grade("e6b", "Q1", "En mi evaluación anual, mi jefe me dijo que mis documentos de"
                + " diseño eran demasiado largos. Le pedí ejemplos, puse la decisión en la primera página y el diseño"
                + " se aprobó en una sola reunión.");
        assertTrue(story.flags().contains(Flag.NOT_ENGLISH), story.flags().toString());
        assertEquals(0.0, story.score());
    }

    @Test
    void aShortAnswerNamingItsQuestionsSubjectIsGradedNotOffTopic() {
        // a reviewer's unseen bank: "I would check the database metrics and then upgrade to a bigger instance"
        // was told it "does not address the question" on a database capacity question
        Evaluation onTopic = grader.grade("e9", "Q9", "I would check the database metrics first and then do it at night.");
        assertFalse(onTopic.flags().contains(Flag.OFF_TOPIC), onTopic.flags().toString());
        Evaluation elsewhere = grader.grade("e10", "Q9", "I would resolve the conflict with my teammate by talking to"
                + " them directly over coffee and agreeing on the design together.");
        assertTrue(elsewhere.flags().contains(Flag.OFF_TOPIC), elsewhere.flags().toString());
    }

    @Test
    void anAnswerThatDeclinesToTellAStoryEarnsNoStory() {
        Evaluation e = grader.grade("e11", "Q4", "I can't really think of a time I missed a deadline. I'm very"
                + " organised and I plan carefully. When things slip it is usually because the requirements changed.");
        assertTrue(e.segments().stream().allMatch(s -> s.label().equals("O")), e.segments().toString());
        // declined, and nothing else earns credit: no answer (0), not a poor one (the scale's floor, 1)
        assertEquals(java.util.List.of(Flag.EMPTY), e.flags());
        assertEquals(0.0, e.score(), e.toString());
    }

    @Test
    void anAnswerThatDeclinesAKnowledgeQuestionIsNoAnswerButAHedgeInAGoodOneIsNot() {
        // after a reviewer's answer (r9-20, expected 0): "I haven't actually done qPCR myself …"
        Evaluation e = grader.grade("e11d", "Q9", "I haven't actually done a database migration myself, our DBA team"
                + " always ran them for us, so I'm not really sure. I'd probably ask them how they do it.");
        assertEquals(java.util.List.of(Flag.EMPTY), e.flags(), e.toString());
        assertEquals(0.0, e.score());
        Evaluation hedged = grader.grade("e11e", "Q9", "I'm not sure there is one right way, but I start by checking"
                + " table sizes and locks, test the migration on a copy of production data, take a backup and verify"
                + " the restore, use expand and contract with the old and new columns side by side, run it at a quiet"
                + " hour while watching replication lag, and drop the old columns in a later release.");
        assertFalse(hedged.flags().contains(Flag.EMPTY), hedged.toString());
        assertTrue(hedged.score() > 2.5, hedged.toString());
    }

    @Test
    void aGenericAnswerAboutTheQuestionEarnsTheScalesFloor() {
        // the interview raters' 1: "generic buzzwords with no concrete story"; shown as its own line
        Evaluation e = grader.grade("e11f", "Q3", "Conflict is natural in high-performing teams, and I see it as an"
                + " opportunity for growth. I leverage active listening and empathy to find win-win solutions and I"
                + " always assume positive intent and focus on outcomes, not egos.");
        assertEquals(1.0, e.score(), e.toString());
        assertTrue(e.criteria().stream().anyMatch(c -> c.id().equals("floor") && c.kind().equals("rule")), e.toString());
    }

    @Test
    void anAnswerThatTellsAHabitInsteadOfAnOccasionEarnsNoStory() {
        // a fifth reviewer's answer (expected 1.5 of 5 for "no specific story") scored 3.0 as S, A and R
        Evaluation e = grader.grade("e11b", "Q4", "In my experience, deadlines slip on most projects. When this happens"
                + " I usually talk to the stakeholders early, cut scope and agree a new date. I prefer small releases,"
                + " and I document the risks so we can revisit them later. This approach has worked well for me.");
        assertTrue(e.segments().stream().allMatch(s -> s.label().equals("O")), e.segments().toString());
        // the same deeds told as one occasion are a story
        Evaluation story = grader.grade("e11c", "Q4", "Last spring our billing migration slipped two weeks. I was the"
                + " lead, so I told the stakeholders early, cut the reporting scope and agreed a new date. We shipped"
                + " on the new date with no incidents.");
        assertTrue(story.segments().stream().anyMatch(s -> s.label().equals("A")), story.segments().toString());
    }

    @Test
    void termsStrungTogetherWithoutPunctuationEarnLittle() {
        // a reviewer's answer, "feature flag feature flag rollout kill switch default audit cleanup …", scored 3.58
        Evaluation e = grader.grade("e12", "Q8", "latency spike dashboards traces rollback feature flag scale failover"
                + " alerts metrics logs rollback traces");
        assertTrue(e.score() <= 1.0, e.score() + " " + e.flags());
    }

    @Test
    void englishKeywordListsAndJargonAreReadAsEnglish() {
        Evaluation e = grader.grade("e6c", "Q2", "Rollback, stabilize, post-mortem, 24 hours, timeline, root cause,"
                + " blameless, action items, runbooks, automation, p99, SLO.");
        assertFalse(e.flags().contains(Flag.NOT_ENGLISH), e.flags().toString());
    }

    @Test
    void aVeryShortAnswerIsTooShort() {
        Evaluation e = grader.grade("e7", "Q8", "I would roll back.");
        assertTrue(e.flags().contains(Flag.TOO_SHORT));
    }

    @Test
    void aKeywordListIsStuffingAndCapped() {
        Evaluation e = grader.grade("e8", "Q8", "p99, p50, latency, dashboards, traces, deploy, rollback, feature flag,"
                + " scale out, failover, CPU, memory, GC, connection pool, thread pool, queue depth, slow query, locks.");
        assertTrue(e.flags().contains(Flag.KEYWORD_STUFFING));
        assertTrue(e.score() <= 1.0);
    }

    @Test
    void aCopiedModelAnswerIsFlaggedAndCapped() {
        String copy = BundledBanks.interview().question("Q3").orElseThrow().modelAnswers().get(0).text();
        Evaluation e = grader.grade("e9", "Q3", copy);
        assertTrue(e.flags().contains(Flag.COPIED_REFERENCE));
        assertTrue(e.score() <= 1.0);
    }

    @Test
    void aLongAnswerIsGraded() {
        String sentence = "I checked the dashboards and rolled back the deploy, and latency fell from 900 ms to 120 ms. ";
        Evaluation e = grader.grade("e10", "Q8", sentence.repeat(1200)); // ~110k characters
        assertEquals("Q8", e.questionId());
        assertTrue(e.score() >= 0 && e.score() <= 5);
    }

    @Test
    void anUnknownQuestionIsTheCallersErrorWithTheIdInTheMessage() {
        UnknownQuestionException ex = assertThrows(UnknownQuestionException.class,
                () -> grader.grade("e11", "Q99", "text"));
        assertTrue(ex.getMessage().contains("Q99"));
        assertTrue(ex.getMessage().endsWith("(its 10 ids begin Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, …)"), ex.getMessage());
        // a case or spacing slip, as a spreadsheet makes it, is named
        UnknownQuestionException slip = assertThrows(UnknownQuestionException.class,
                () -> grader.grade("e11", "q1 ", "text"));
        assertTrue(slip.getMessage().endsWith("(did you mean 'Q1'?)"), slip.getMessage());
    }

    @Test
    void theSameAnswerGradesToTheSameBytes() {
        String text = "Our API was timing out. I was on call, so I rolled back and paged the database team;"
                + " errors went from 12% to 0.";
        assertEquals(EvaluationJson.line(grader.grade("a", "Q1", text)), EvaluationJson.line(grader.grade("a", "Q1", text)));
    }
}
