package dev.assay.rubric.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rubric.SharedFiles;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.LoadResult;
import dev.assay.rubric.io.Problem;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import dev.assay.rubric.model.Step;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownBankImporterTest {

    private static QuestionBank load(java.nio.file.Path path) {
        LoadResult r = BankReader.load(path);
        assertTrue(r.problems().isEmpty(), () -> "expected a clean import, got:\n"
                + String.join("\n", r.problems().stream().map(Problem::format).toList()));
        return r.orElseThrow();
    }

    private static List<String> lower(List<String> phrasings) {
        return phrasings.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void allTenQuestionsOfTheInterviewBankImportAndValidateClean() {
        QuestionBank bank = load(SharedFiles.interviewBank());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q34"),
                bank.questions().stream().map(Question::id).toList());
        bank.questions().forEach(q -> assertEquals(Scale.DEFAULT, q.scale(), q.id()));
    }

    @Test
    void q1IsBehavioralWithFourSectionsAndAModelAnswer() {
        Question q1 = load(SharedFiles.interviewBank()).question("Q1").orElseThrow();
        assertEquals(QuestionKind.BEHAVIORAL, q1.kind());
        assertEquals("Describe a critical production incident you handled. Use the STAR method", q1.prompt());
        assertEquals("Behavioral question testing problem-solving and communication.", q1.context());
        List<StarSection> star = q1.structure().star();
        assertEquals(StarLabel.STORY, star.stream().map(StarSection::label).toList());
        assertEquals(1.0, star.stream().mapToDouble(StarSection::weight).sum(), 1e-9);
        assertEquals(List.of("What was the context?", "Black Friday traffic spike"), star.get(0).cues());
        assertEquals("I was on-call for infrastructure", star.get(1).example());

        ModelAnswer answer = q1.modelAnswers().get(0);
        assertTrue(answer.text().contains("connection pool"), answer.text());
        assertTrue(answer.text().startsWith("Payment service was returning 500 errors"), answer.text());
        assertEquals(4, answer.sections().size());
        assertTrue(answer.sections().get(StarLabel.R).startsWith("Restored service in 15 minutes"));
    }

    @Test
    void q2HasOneConceptPerNumberedPointWithShortPhrasings() {
        Question q2 = load(SharedFiles.interviewBank()).question("Q2").orElseThrow();
        assertEquals(QuestionKind.PROCEDURAL, q2.kind());
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), q2.concepts().stream().map(Concept::id).toList());
        Concept first = q2.concepts().get(0);
        assertEquals("Immediate recovery", first.label());
        assertEquals(1.0, first.weight());
        assertTrue(lower(first.phrasings()).contains("rollback"), first.phrasings().toString());
        assertTrue(lower(first.phrasings()).contains("stabilize service"), first.phrasings().toString());

        List<String> process = lower(q2.concepts().get(1).phrasings());
        assertTrue(process.containsAll(List.of("schedule meeting within 24 hours", "gather timeline of events",
                "document what went wrong")), process.toString());
        assertTrue(process.contains("not single person"), process.toString());
        assertTrue(lower(q2.concepts().get(2).phrasings()).contains("not human error"));
        // Only the good example of "good" vs "bad" is kept.
        List<String> blameless = lower(q2.concepts().get(2).phrasings());
        assertTrue(blameless.contains("better testing would have caught this"), blameless.toString());
        assertFalse(blameless.stream().anyMatch(p -> p.contains("careless")), blameless.toString());
        // ... and the bad one is what the bank warns against: a misconception of its own
        assertEquals(1, q2.misconceptions().size(), q2.misconceptions().toString());
        assertEquals("QA was careless", q2.misconceptions().get(0).label());
        assertEquals(List.of("QA was careless"), q2.misconceptions().get(0).phrasings());
        assertTrue(q2.misconceptions().get(0).feedback().contains("Better testing would have caught this"));
        assertTrue(lower(q2.concepts().get(3).phrasings()).containsAll(List.of("update runbooks", "update documentation")));

        for (Concept c : q2.concepts()) {
            for (String p : c.phrasings()) {
                int words = p.split("\\s+").length;
                assertTrue(words >= 1 && words <= PhrasingExtractor.MAX_WORDS, c.id() + ": " + p);
            }
            assertTrue(c.feedback().startsWith("Cover \"" + c.label() + "\""), c.feedback());
        }
        assertEquals("Cover \"Immediate recovery\": Rollback, stabilize service.", first.feedback());
        assertEquals(List.of(new Step(1, "c1"), new Step(2, "c2"), new Step(3, "c3"), new Step(4, "c4"),
                new Step(5, "c5")), q2.structure().steps());
    }

    @Test
    void q8HasEightConceptsAndEightSteps() {
        Question q8 = load(SharedFiles.interviewBank()).question("Q8").orElseThrow();
        assertEquals(8, q8.concepts().size());
        assertEquals(8, q8.structure().steps().size());
        assertEquals("Mitigate first", q8.concepts().get(2).label());
        assertTrue(lower(q8.concepts().get(2).phrasings()).containsAll(List.of("roll back", "shed load", "scale out",
                "fail over")), q8.concepts().get(2).phrasings().toString());
        // e.g. examples become phrasings: naming the alert type is evidence of following up.
        assertTrue(q8.concepts().get(7).phrasings().contains("SLO burn-rate on latency"));
    }

    @Test
    void q9SecondConceptTakesPhrasingsFromItsSubBullets() {
        Question q9 = load(SharedFiles.interviewBank()).question("Q9").orElseThrow();
        Concept c2 = q9.concepts().get(1);
        assertEquals("c2", c2.id());
        List<String> p = lower(c2.phrasings());
        assertTrue(p.containsAll(List.of("make it backward compatible", "add new columns first", "add new tables first",
                "remove the old schema")), p.toString());
        assertFalse(p.stream().anyMatch(s -> s.contains("never")), "negated advice is phrased with not: " + p);
        assertTrue(p.containsAll(List.of("not rename in the same release", "not drop in the same release")), p.toString());
        assertTrue(p.containsAll(List.of("expand/contract", "backfill in small throttled batches")), p.toString());
        assertFalse(p.contains("contract"), p.toString());
        List<String> assess = lower(q9.concepts().get(0).phrasings());
        assertTrue(assess.containsAll(List.of("services read the tables", "services write the tables")), assess.toString());
        List<String> rollback = lower(q9.concepts().get(3).phrasings());
        assertTrue(rollback.containsAll(List.of("take a backup", "verify that it restores", "write the down migration",
                "test the down migration")), rollback.toString());
        List<String> run = lower(q9.concepts().get(4).phrasings());
        assertTrue(run.containsAll(List.of("gh-ost", "pt-online-schema-change", "watch replication lag")), run.toString());
    }

    @Test
    void seedBankImportsQ34WithSevenConcepts() {
        QuestionBank seed = load(SharedFiles.seedBank());
        assertEquals(List.of("Q1", "Q2", "Q34"), seed.questions().stream().map(Question::id).toList());
        Question q34 = seed.question("Q34").orElseThrow();
        assertEquals(QuestionKind.PROCEDURAL, q34.kind());
        assertEquals(7, q34.concepts().size());
        assertEquals("Customer-facing role; tests communication and empathy.", q34.context());
        assertTrue(lower(q34.concepts().get(4).phrasings()).contains("involve senior support"));
        assertTrue(lower(q34.concepts().get(1).phrasings()).contains("i understand your service is down"));
    }

    @Test
    void unseenBankInTheSameStyleImports() {
        String md = """
                # Platform questions

                ## Q7a: What is a race condition?
                **Context:** Concurrency basics.

                ### Answer:
                **Example answer:**
                "Two threads read and write shared state without synchronisation,
                so the result depends on timing."

                ## Q12: How would you rotate a leaked secret?
                ### Answer:
                - **Revoke:** disable the old key/token immediately
                - **Rotate:** issue a new secret or certificate
                  - update every consumer (e.g., CI, k8s secrets)

                **Red flags:**
                - "Just delete the commit"

                ## Q13: Tell me about a time you mentored someone
                ### Answer:
                **Expected structure (STAR):**
                - **Situation:** Who and why
                - **Task:** Your goal
                - **Action:** How you taught
                - **Result:** What changed
                """;
        ImportResult r = MarkdownBankImporter.importBank("platform.md", md);
        assertEquals(List.of(), r.problems());
        QuestionBank bank = r.bank();
        assertEquals("Platform questions", bank.title());

        Question race = bank.questions().get(0);
        assertEquals("Q7a", race.id());
        assertEquals(QuestionKind.SHORT_ANSWER, race.kind());
        assertEquals("Two threads read and write shared state without synchronisation, so the result depends on timing.",
                race.modelAnswers().get(0).text());

        Question secret = bank.questions().get(1);
        assertEquals(QuestionKind.PROCEDURAL, secret.kind());
        assertTrue(secret.structure().steps().isEmpty(), "bulleted points carry no order");
        List<String> revoke = lower(secret.concepts().get(0).phrasings());
        assertTrue(revoke.containsAll(List.of("disable the old key immediately", "disable the old token immediately")),
                revoke.toString());
        List<String> rotate = lower(secret.concepts().get(1).phrasings());
        assertTrue(rotate.containsAll(List.of("issue a new secret", "issue a new certificate", "update every consumer",
                "ci", "k8s secrets")), rotate.toString());
        assertEquals("Just delete the commit", secret.misconceptions().get(0).phrasings().get(0));
        assertEquals(0.2, secret.misconceptions().get(0).penalty());

        Question mentor = bank.questions().get(2);
        assertEquals(QuestionKind.BEHAVIORAL, mentor.kind());
        assertTrue(mentor.modelAnswers().isEmpty());
        assertNull(mentor.structure().star().get(0).example());
    }

    @Test
    void variantSpellingsOfTheStyleImportWithoutWarnings() {
        String md = """
                ## Q10 - What is idempotency and why does it matter for retries?
                Why we ask: retries are everywhere.

                ### Answer
                **Key points:**
                - Same request applied twice has the same effect as once
                - Use idempotency keys / request ids stored server-side

                ### Example answer
                An idempotent operation can be repeated safely.
                Retries after a timeout then cannot double-charge.

                **Common mistakes:**
                - **Retrying blindly:** "just retry until it works"
                """;
        ImportResult r = MarkdownBankImporter.importBank("b.md", md);
        assertEquals(List.of(), r.problems());
        Question q = r.bank().questions().get(0);
        assertEquals("Q10", q.id());
        assertEquals("What is idempotency and why does it matter for retries?", q.prompt());
        assertEquals("Why we ask: retries are everywhere.", q.context());
        assertEquals(QuestionKind.PROCEDURAL, q.kind());
        Concept first = q.concepts().get(0);
        assertEquals("Same request applied twice", first.label());
        assertEquals("Cover this point: Same request applied twice has the same effect as once.", first.feedback());
        // A spaced slash separates phrases, not words.
        assertEquals(List.of("use idempotency keys", "request ids stored server-side"), q.concepts().get(1).phrasings());
        assertEquals("An idempotent operation can be repeated safely. Retries after a timeout then cannot double-charge.",
                q.modelAnswers().get(0).text());
        assertEquals(List.of("just retry until it works"), q.misconceptions().get(0).phrasings());
    }

    @Test
    void unrecognisedLinesAreWarnedWithTheirLineNumber() {
        String md = "## Q1: Prompt\n### Answer:\n1. **Point:** text\n\n| a | table |\n### Notes\n";
        ImportResult r = MarkdownBankImporter.importBank("bank.md", md);
        assertEquals(List.of("bank.md:5: warning: unrecognised line, ignored: | a | table |",
                        "bank.md:6: warning: unrecognised line, ignored: ### Notes"),
                r.problems().stream().map(Problem::format).toList());
        assertEquals(1, r.bank().questions().get(0).concepts().size());
    }

    @Test
    void aQuestionHeadingAtAnotherLevelIsReadAsAQuestionWithAWarning() {
        // a teacher's typo, "# Q2", merged Q2 into Q1 and surfaced as a step-order error in Q1
        String md = "## Q1: First\n### Answer:\n1. **A:** one\n2. **B:** two\n\n# Q2: Second\n### Answer:\n"
                + "1. **C:** three\n2. **D:** four\n";
        ImportResult r = MarkdownBankImporter.importBank("bank.md", md);
        assertEquals(List.of("bank.md:6: warning: a question heading is \"## \" (two #, then a space): read \"# Q2: Second\""
                        + " as \"## Q2: …\""),
                r.problems().stream().map(Problem::format).toList());
        assertEquals(List.of("Q1", "Q2"), r.bank().questions().stream().map(q -> q.id()).toList());
        assertEquals(2, r.bank().questions().get(1).concepts().size());
    }

    @Test
    void loneGenericNounsAndPronounClausesAreNoPhrasings() {
        // a school exam officer's bank: "Note the time and what you saw" gave "you saw" (then credited for "I saw"),
        // "seat number, time and witnesses" a lone "time"
        String md = "## Q1: How do you handle a suspected cheating incident?\n### Answer:\n"
                + "1. **Collect evidence:** Confiscate the notes\n   - Note the time and what you saw\n"
                + "2. **Record the incident:** Write a signed report with the seat number, time and witnesses\n";
        var concepts = MarkdownBankImporter.importBank("bank.md", md).bank().questions().get(0).concepts();
        assertFalse(concepts.get(0).phrasings().contains("you saw"), concepts.get(0).phrasings().toString());
        assertTrue(concepts.get(0).phrasings().contains("note the time"), concepts.get(0).phrasings().toString());
        assertFalse(concepts.get(1).phrasings().contains("time"), concepts.get(1).phrasings().toString());
        assertTrue(concepts.get(1).phrasings().contains("witnesses"), concepts.get(1).phrasings().toString());
    }

    @Test
    void aQuestionHeadingWithoutItsSpaceIsReadAsAQuestionWithAWarning() {
        // a school exam officer's typo, "##Q2:", was ignored, merged Q2 into Q1 and surfaced as seven step-order errors
        String md = "## Q1: First\n### Answer:\n1. **A:** one\n2. **B:** two\n\n##Q2: Second\n### Answer:\n"
                + "1. **C:** three\n2. **D:** four\n";
        ImportResult r = MarkdownBankImporter.importBank("bank.md", md);
        assertEquals(List.of("bank.md:6: warning: a question heading is \"## \" (two #, then a space): read \"##Q2: Second\""
                        + " as \"## Q2: …\""),
                r.problems().stream().map(Problem::format).toList());
        assertEquals(List.of("Q1", "Q2"), r.bank().questions().stream().map(q -> q.id()).toList());
    }

    @Test
    void anUnclosedBoldIsWarnedWithItsLineAndColumn() {
        String md = "## Q1: Prompt\n### Answer:\n1. **Check the address: the kernel checks it\n2. **Next:** more\n";
        ImportResult r = MarkdownBankImporter.importBank("bank.md", md);
        assertEquals(List.of("bank.md:3:4: warning: unclosed ** (bold): close it after the point's label, as in "
                        + "\"**Label:** description\""),
                r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void unterminatedExampleQuoteIsAnErrorOnItsLine() {
        String md = "## Q1: Tell me\n### Answer:\n**Example answer:**\n- **Situation:** \"We were down\n- **Task:** \"Fix it\"\n";
        LoadResult r = BankReader.read("bank.md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dev.assay.rubric.io.BankFormat.MARKDOWN);
        assertFalse(r.isOk());
        assertEquals(List.of("bank.md:4: unterminated quote in example answer: \"We were down"),
                r.problems().stream().map(Problem::format).toList());
    }

    @Test
    void misconceptionsKeepTheirWholeTextAndArePhrasedByTheirCoreClaim() {
        String md = """
                ## Q1: How do you find a deadlock?
                ### Answer:
                1. **Take thread dumps:** jstack, a few seconds apart

                **Misconceptions:**
                - Rust programs cannot deadlock because the compiler checks ownership
                - Restarting the stuck service fixes the deadlock for good
                - Escalating to the vendor as the very first move
                - Calling Thread.stop() ends a deadlock

                **Red flags:**
                - No thread dump taken before the restart
                """;
        ImportResult r = MarkdownBankImporter.importBank("b.md", md);
        assertEquals(List.of(), r.problems());
        List<dev.assay.rubric.model.Misconception> mc = r.bank().questions().get(0).misconceptions();
        assertEquals(List.of("Rust programs cannot deadlock because the compiler checks ownership",
                        "Restarting the stuck service fixes the deadlock for good",
                        "Escalating to the vendor as the very first move",
                        "Calling Thread.stop() ends a deadlock",
                        "No thread dump taken before the restart"),
                mc.stream().map(dev.assay.rubric.model.Misconception::label).toList());
        assertEquals("Avoid: \"Escalating to the vendor as the very first move\"", mc.get(2).feedback());
        assertEquals(List.of("rust programs cannot deadlock"), mc.get(0).phrasings());
        assertEquals(List.of("restarting the stuck service"), mc.get(1).phrasings());
        assertEquals(List.of("escalating to the vendor as the very first move"), mc.get(2).phrasings());
        // a short claim keeps its verb
        assertEquals(List.of("calling thread.stop ends a deadlock"), mc.get(3).phrasings());
        // a red flag worded as a noun phrase is not a negated point
        assertEquals(List.of("no thread dump taken before the restart"), mc.get(4).phrasings());
        // "Thinking that X": the claim is X, not "thinking that" and X's subject
        String thinking = "## Q1: Q\n### Answer:\n- **P:** p\n\n**Misconceptions:**\n"
                + "- Thinking that a thread dump pauses every thread for seconds\n";
        assertEquals(List.of("thread dump pauses every thread for seconds"), MarkdownBankImporter.importBank("b.md", thinking)
                .bank().questions().get(0).misconceptions().get(0).phrasings());
    }

    @Test
    void aScoringGuideSetsTheScaleAndItsLevelsAreNeverConcepts() {
        String md = """
                ## Q1: How does a bloom filter answer membership?
                ### Answer:
                1. **Hash k times:** set k bits
                2. **False positives:** never false negatives

                **Scoring (0–10):**
                - 10: both points with the trade-off
                - 0: no answer

                **Red flags:**
                - Thinking a bloom filter stores the keys

                ## Q2: What is a write-ahead log?
                ### Answer:
                - **Log before apply:** append the change first

                **Scoring guide:**
                - full marks: mentions durability
                """;
        ImportResult r = MarkdownBankImporter.importBank("b.md", md);
        assertEquals(List.of("b.md:6: warning: scoring guide \"Scoring (0–10)\": scale set to 0–10; its levels are not "
                        + "imported (the score comes from the expected points)",
                        "b.md:17: warning: scoring guide \"Scoring guide\" skipped (no range like \"0–10\" in its label, "
                        + "scale stays 0–5); its levels are not imported"),
                r.problems().stream().map(Problem::format).toList());
        Question q1 = r.bank().questions().get(0);
        assertEquals(List.of("Hash k times", "False positives"), q1.concepts().stream().map(Concept::label).toList());
        assertEquals(1, q1.misconceptions().size());
        assertEquals(0, q1.scale().min());
        assertEquals(10, q1.scale().max());
        assertEquals("strong", q1.scale().bandOf(8).orElseThrow().name());
        Question q2 = r.bank().questions().get(1);
        assertEquals(List.of("Log before apply"), q2.concepts().stream().map(Concept::label).toList());
        assertEquals(Scale.DEFAULT, q2.scale());
        // the imported bank validates with its 0–10 scale
        LoadResult loaded = BankReader.read("b.md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                dev.assay.rubric.io.BankFormat.MARKDOWN);
        assertTrue(loaded.isOk(), loaded.problems().toString());
    }
}
