package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Structure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Embedding soft matches, with a small hand-made vector table and with CoreNLP's own. */
class ConceptMatcherSoftMatchTest {

    /** "caller" near "customer" (cos 0.8), "database" far from it (cos 0). */
    private static final Embeddings TOY = Embeddings.of(Map.of(
            "customer", new double[] {1, 0, 0},
            "caller", new double[] {0.8, 0.6, 0},
            "database", new double[] {0, 0, 1},
            "reassure", new double[] {0, 1, 0},
            "calm", new double[] {0.1, 0.9, 0}));

    private static final ConceptMatcher.Settings SOFT = new ConceptMatcher.Settings(0.5, 3, 1.0, 3.0, 0.15, 0.1, 4,
            0.1, 0.55, 0.7, 0.5, 0.0);

    private static final Question Q = new Question("S1", "A hard conversation", "How do you handle it?", null,
            QuestionKind.PROCEDURAL, null,
            List.of(new Concept("reassure", "Reassure the customer", 1, List.of("reassure the customer"), false, null)),
            List.of(new Misconception("ignore", "Ignore the customer", List.of("ignore the customer"), 0.2, null)),
            new Structure(List.of(), List.of()), List.of());

    private static ConceptMatch match(ConceptMatcher m, String text) {
        return m.match(TextAnalyzer.shared().analyze(text), Q);
    }

    @Test
    void aNearWordFillsASlotWithLowCredit() {
        ConceptMatcher soft = new ConceptMatcher(null, SOFT, TOY);
        ConceptMatcher off = new ConceptMatcher(null, SOFT.withoutSoftMatch(), TOY);
        double exact = match(soft, "I would reassure the customer.").coverage("reassure");
        double near = match(soft, "I would reassure the caller.").coverage("reassure");
        double without = match(off, "I would reassure the caller.").coverage("reassure");
        assertTrue(near > without, near + " vs " + without);
        assertTrue(near < exact, near + " vs " + exact);
        ConceptHit h = match(soft, "I would reassure the caller.").best("reassure").orElseThrow();
        assertEquals("reassure the caller", h.matchedText());
    }

    @Test
    void aFarWordEarnsNothing() {
        ConceptMatcher soft = new ConceptMatcher(null, SOFT, TOY);
        double far = match(soft, "I would reassure the database.").coverage("reassure");
        double none = match(soft, "I would reassure them.").coverage("reassure");
        assertEquals(none, far, 1e-9);
    }

    @Test
    void softMatchesAloneDoNotMakeAHit() {
        // "calm the caller": both slots only near → credit 0.5 each, below the exact phrasing's strength
        ConceptMatcher soft = new ConceptMatcher(null, SOFT, TOY);
        double c = match(soft, "I would calm the caller.").coverage("reassure");
        assertFalse(soft.covered(match(soft, "I would calm the caller."), "reassure"), "coverage " + c);
    }

    @Test
    void lightSlotsAndMisconceptionsGetNoSoftMatch() {
        ConceptMatcher heavyOnly = new ConceptMatcher(null, new ConceptMatcher.Settings(0.5, 3, 1.0, 3.0, 0.15, 0.1,
                4, 0.1, 0.55, 0.7, 0.5, 100.0), TOY);
        ConceptMatcher off = new ConceptMatcher(null, SOFT.withoutSoftMatch(), TOY);
        assertEquals(match(off, "I would reassure the caller.").coverage("reassure"),
                match(heavyOnly, "I would reassure the caller.").coverage("reassure"), 1e-9);
        ConceptMatcher soft = new ConceptMatcher(null, SOFT, TOY);
        assertTrue(match(soft, "I would ignore the caller.").misconceptions().stream()
                .noneMatch(h -> h.matchedText().contains("caller")));
    }

    @Test
    void coreNlpTableLoadsOnceAndRanksNearWordsAboveFarOnes() {
        Embeddings e = Embeddings.shared();
        assertTrue(e == Embeddings.shared());
        assertFalse(e.isEmpty(), "CoreNLP embeddings not found on the class path");
        assertTrue(e.similarity("client", "customer") > e.similarity("database", "customer"));
        assertTrue(Double.isNaN(e.similarity("client", "qqqzzzxx")));
    }

    @Test
    void aLoneSlashedPairNeedsBothWords() {
        Question q = new Question("S2", "Schema change", "How do you change a schema?", null, QuestionKind.PROCEDURAL,
                null, List.of(new Concept("pattern", "Backward compatible", 1, List.of("expand/contract"), false, null)),
                List.of(), new Structure(List.of(), List.of()), List.of());
        ConceptMatcher m = new ConceptMatcher(null, SOFT.withoutSoftMatch(), TOY);
        double both = m.match(TextAnalyzer.shared().analyze("We use expand and contract."), q).coverage("pattern");
        double one = m.match(TextAnalyzer.shared().analyze("We renegotiate the contract."), q).coverage("pattern");
        assertTrue(one < both, one + " vs " + both);
    }
}
