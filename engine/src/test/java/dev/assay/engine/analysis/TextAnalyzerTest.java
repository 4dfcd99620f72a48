package dev.assay.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void tokensCarryLemmaPosAndOffsetsIntoTheOriginalText() {
        String text = "I rolled back the deploy → checked logs.\n- Scaled the pool by 20%";
        Analysis a = TextAnalyzer.shared().analyze(text);
        assertEquals(2, a.sentences().size(), "a line break ends a unit");
        for (Token t : a.tokens()) {
            assertEquals(t.word(), text.substring(t.begin(), t.end()));
        }
        Token rolled = a.sentences().get(0).tokens().get(1);
        assertEquals("roll", rolled.lemma());
        assertEquals("VBD", rolled.pos());
        assertTrue(a.tokens().stream().anyMatch(t -> t.word().equals("→")));
    }

    @Test
    void thePipelineIsLoadedOnce() {
        assertSame(TextAnalyzer.shared(), TextAnalyzer.shared());
    }

    @Test
    void emptyAndPunctuationOnlyTextAnalyseWithoutError() {
        assertEquals(0, TextAnalyzer.shared().analyze("").sentences().size());
        assertEquals(0, TextAnalyzer.shared().analyze("?!...").wordCount());
    }
}
