package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.rubric.model.QuestionBank;
import org.junit.jupiter.api.Test;

/**
 * Concept evidence on questions the matcher was never shaped on: one-sentence paraphrases of each
 * expected point of four new procedural questions ({@code concepts/procedural-probe-bank.md}), written
 * before the matcher was run on them. A regression table, like the agreement tests: recall is what
 * it was when recorded (about 0.7, as on the interview set's test questions, against 0.95 on its
 * development questions), give or take one probe, and no more than one other point is wrongly covered.
 */
class ProceduralProbeTest {

    @Test
    void recallOnNewQuestionsIsAsRecorded() throws Exception {
        QuestionBank bank = ParaphraseProbeMain.proceduralProbeBank();
        ConceptMatcher m = new ConceptMatcher(bank);
        ParaphraseProbeMain.Result guide = ParaphraseProbeMain.run(m, bank, "/concepts/procedural-probes.tsv", 0);
        ParaphraseProbeMain.Result heldOut = ParaphraseProbeMain.run(m, bank, "/concepts/procedural-probes-heldout.tsv", 0);
        assertEquals(24, guide.probes());
        assertEquals(24, heldOut.probes());
        assertEquals(17, guide.covered(), 1);
        assertEquals(0, guide.othersCovered(), 1);
        assertEquals(16, heldOut.covered(), 1);
        assertEquals(2, heldOut.othersCovered(), 1);
    }
}
