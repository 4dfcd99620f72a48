package dev.assay.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.concepts.ConceptHit;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.ConceptMatcher;
import dev.assay.rubric.markdown.MarkdownBankImporter;
import dev.assay.rubric.model.Question;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The semantic reading on a question written for this test, with the real encoder. */
class SemanticReaderTest {

    private static final String BANK = """
            ## Q1: How do you onboard a new engineer to your team?
            **Why ask:** Tests care for people.

            ### Answer:
            **Expected approach:**
            1. **Prepare before day one:** Laptop, accounts and access ready when they arrive
            2. **Assign a buddy:** One named person to ask anything
            3. **Small first task:** Ship a real change in the first week
            4. **Regular check-ins:** Weekly one-on-ones during the first months
            """;

    private static Question question;
    private static SemanticReader reader;
    private static ConceptMatcher matcher;

    @BeforeAll
    static void load() {
        question = MarkdownBankImporter.importBank("onboarding.md", BANK).bank().questions().get(0);
        reader = new SemanticReader(SentenceEncoder.shared(), SemanticReader.Settings.DEFAULT,
                ConceptMatcher.Settings.DEFAULT);
        matcher = new ConceptMatcher();
    }

    private static List<ConceptHit> read(String text) {
        Analysis a = TextAnalyzer.shared().analyze(text);
        ConceptMatch lexical = matcher.match(a, question);
        return reader.read(a, question, lexical).hits();
    }

    @Test
    void aParaphraseTheRubricNeverListsIsEvidenceForItsPoint() {
        // no content word of "Assign a buddy: One named person to ask anything"
        List<ConceptHit> hits = read("Someone on the team is their go-to person for questions.");
        assertEquals(1, hits.size(), hits.toString());
        ConceptHit h = hits.get(0);
        assertEquals("c2", h.conceptId());
        assertTrue(h.semantic());
        assertFalse(h.negated());
        assertTrue(h.strength() >= 0.55, "counts as covered: " + h);
        assertEquals(0, h.begin());
    }

    @Test
    void aSentenceWithANegationGivesNoEvidenceByMeaning() {
        assertEquals(List.of(), read("Their machine and logins are never set up before they start."));
    }

    @Test
    void aSentenceOnlyOnTheTopicIsEvidenceForNothing() {
        assertEquals(List.of(), read("Onboarding matters a lot to me and to the team."));
    }

    @Test
    void eachSentenceIsEvidenceForItsNearestPointOnly() {
        List<ConceptHit> hits = read("Their machine and logins are set up before they start. "
                + "Someone on the team is their go-to person for questions.");
        assertEquals(List.of("c1", "c2"), hits.stream().map(ConceptHit::conceptId).toList(), hits.toString());
        assertEquals(List.of(0, 1), hits.stream().map(ConceptHit::sentence).toList());
    }

    @Test
    void strengthRisesLinearlyFromTheFloorToFull() {
        SemanticReader r = new SemanticReader(SentenceEncoder.shared(), new SemanticReader.Settings(0.2, 0.6, 0.05),
                ConceptMatcher.Settings.DEFAULT);
        assertEquals(0, r.strength(0.1), 1e-9);
        assertEquals(0.5, r.strength(0.4), 1e-9);
        assertEquals(1, r.strength(0.9), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new SemanticReader.Settings(0.5, 0.5, 0.05));
    }

    @Test
    void aTextWithNoLetterOrDigitHasNoVectorAndTheOthersKeepTheirPlaces() {
        SentenceEncoder e = SentenceEncoder.shared();
        // a soft hyphen, a zero-width joiner and a combining mark: CoreNLP keeps them, the tokenizer drops them
        for (String nothing : new String[] {"", " ", "\u00AD", "\u200D", "\u0301", "?!...", "\uD83D\uDD25", null}) {
            assertEquals(null, e.encode(nothing), String.valueOf(nothing));
        }
        List<float[]> vs = e.encodeAll(java.util.Arrays.asList("\u00AD", "We rolled back.", "\u200D"));
        assertEquals(3, vs.size());
        assertEquals(null, vs.get(0));
        assertArrayEquals(e.encode("We rolled back."), vs.get(1));
        assertEquals(null, vs.get(2));
    }

    @Test
    void anAnswerWithAStraySoftHyphenLineIsReadAroundIt() {
        List<ConceptHit> hits = read("Someone on the team is their go-to person for questions.\n\u00AD\n"
                + "Their machine and logins are set up before they start.");
        assertEquals(List.of("c2", "c1"), hits.stream().map(ConceptHit::conceptId).toList(), hits.toString());
    }

    @Test
    void theEncoderIsDeterministicAndUnitLength() {
        SentenceEncoder e = SentenceEncoder.shared();
        float[] a = e.encode("We rolled the release back within minutes.");
        float[] b = e.encodeAll(List.of("x", "We rolled the release back within minutes.")).get(1);
        assertArrayEquals(a, b);
        assertEquals(384, a.length);
        assertEquals(1.0, SentenceEncoder.cosine(a, a), 1e-5);
    }
}
