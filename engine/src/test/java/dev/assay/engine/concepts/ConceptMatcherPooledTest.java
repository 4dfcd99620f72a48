package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pooled point words ({@link PointPool}, {@link PointAligner}) and the reading of abstract point
 * headings, on paraphrases written for these tests.
 */
class ConceptMatcherPooledTest {

    private static final Question Q = new Question("P1", "An upset client", "How do you handle an upset client?",
            null, QuestionKind.PROCEDURAL, null,
            List.of(new Concept("esc", "Involve senior support if needed", 1,
                            List.of("escalate complex issues"), false, null),
                    new Concept("upd", "Communicate status", 1, List.of("provide updates regularly"), false, null),
                    new Concept("ack", "Acknowledge impact", 1, List.of("affecting your business"), false, null),
                    new Concept("listen", "Listen actively", 1, List.of("understand their concern"), false, null)),
            List.of(), new Structure(List.of(), List.of()), List.of());

    private static final ConceptMatcher M =
            new ConceptMatcher(null, ConceptMatcher.Settings.DEFAULT.withoutSoftMatch());

    private static ConceptMatch match(String text) {
        return M.match(TextAnalyzer.shared().analyze(text), Q);
    }

    @Test
    void aHeadingWordAndADescriptionWordTogetherCoverThePoint() {
        ConceptMatch m = match("When a case is beyond me I escalate it to a senior engineer.");
        assertTrue(M.covered(m, "esc"), "coverage " + m.coverage("esc"));
        ConceptHit h = m.best("esc").orElseThrow();
        assertTrue(h.pooled(), h.phrasing());
        assertTrue(h.phrasing().contains("escalate") && h.phrasing().contains("senior"), h.phrasing());
        assertEquals("escalate it to a senior", h.matchedText());
    }

    @Test
    void oneWordOrWordsFarApartAreNoPooledEvidence() {
        assertTrue(match("I talk to a senior engineer.").hits().stream().noneMatch(ConceptHit::pooled));
        ConceptMatch far = match("I escalate the ticket when the queue keeps growing for a whole night and the "
                + "morning shift still has no senior engineer.");
        assertTrue(far.hits().stream().noneMatch(ConceptHit::pooled), far.hits().toString());
    }

    @Test
    void negatedPooledWordsEarnNothing() {
        ConceptMatch m = match("I never escalate to a senior engineer.");
        assertFalse(M.covered(m, "esc"), "coverage " + m.coverage("esc"));
    }

    @Test
    void pooledEvidenceIsAnAlternativeNotAnAddition() {
        // the phrasing's own window and the pool read the same words: coverage is the larger, not both combined
        ConceptMatch m = match("I provide regular updates.");
        double phrasingOnly = m.hits().stream().filter(h -> h.conceptId().equals("upd") && !h.pooled())
                .mapToDouble(ConceptHit::strength).max().orElse(0);
        double pooledOnly = m.hits().stream().filter(h -> h.conceptId().equals("upd") && h.pooled())
                .mapToDouble(ConceptHit::strength).max().orElse(0);
        assertEquals(Math.max(phrasingOnly, pooledOnly), m.coverage("upd"), 1e-9);
    }

    @Test
    void aHeadingsOpeningImperativeIsReadAsAVerb() {
        Phrase ack = M.phrases(Q).stream().filter(p -> p.text().equals("Acknowledge impact")).findFirst().orElseThrow();
        assertTrue(ack.slots().get(0).keys().containsKey("admit"), ack.slots().get(0).keys().toString());
        assertTrue(M.covered(match("I admit the impact this has on them."), "ack"));
    }

    @Test
    void mannerAdverbsWeighLessAndMatchTheirAdjective() {
        Phrase listen = M.phrases(Q).stream().filter(p -> p.text().equals("Listen actively")).findFirst().orElseThrow();
        Phrase.Slot verb = listen.slots().get(0);
        Phrase.Slot adverb = listen.slots().get(1);
        assertTrue(adverb.keys().containsKey("active"), adverb.keys().toString());
        assertTrue(adverb.weight() < verb.weight() * 1.5, adverb.weight() + " vs " + verb.weight());
        // with the adverb at full weight "listen" alone would hold less than half the phrasing
        assertTrue(match("I listen carefully before I say anything.").best("listen").isPresent());
    }

    @Test
    void preventingAnObjectIsSatisfiedByTheObjectNegated() {
        Question q = new Question("P2", "After an incident", "What do you do after an incident?", null,
                QuestionKind.PROCEDURAL, null,
                List.of(new Concept("prevent", "Prevent recurrence", 1, List.of(), false, null)),
                List.of(), new Structure(List.of(), List.of()), List.of());
        ConceptMatch m = M.match(TextAnalyzer.shared().analyze("We fixed the alerting so that it will not recur."), q);
        assertTrue(m.best("prevent").isPresent(), m.hits().toString());
        assertFalse(m.best("prevent").orElseThrow().negated());
        ConceptMatch plain = M.match(TextAnalyzer.shared().analyze("It may recur."), q);
        assertTrue(plain.best("prevent").map(h -> h.strength() < m.coverage("prevent")).orElse(true));
    }

    @Test
    void commonMultiwordVerbsMatchTheirOneWordEquivalent() {
        assertTrue(Lexicon.related("ensure", "VB").containsKey("makesure"));
        assertTrue(Lexicon.related("involve", "VB").containsKey("bringin"));
        assertTrue(Lexicon.related("recurrence", "NN").containsKey("happenagain"));
        assertTrue(Lexicon.related("min", "NN").containsKey("minute"));
        assertTrue(match("For the hard cases I bring in a senior engineer.").hits().stream()
                .anyMatch(h -> h.conceptId().equals("esc")));
    }

    @Test
    void aNounMatchesItsAttributeAdjectives() {
        assertTrue(Lexicon.related("size", "NN").containsKey("big"), Lexicon.related("size", "NN").toString());
        assertTrue(Lexicon.related("actively", "RB").containsKey("active"));
    }
}
