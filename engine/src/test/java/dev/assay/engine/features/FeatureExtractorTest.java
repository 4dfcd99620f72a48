package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    @Test
    void whitespaceWordsCountsAsTrimAndSplitDo() {
        for (String t : List.of("", " ", "\t\n", "one", " one ", "one two", "one  two\tthree\nfour\r\n",
                "a\u000Bb\fc", "\u0001x\u0001", "x\u0001 y", " \u00a0 ", "a\u00a0b c", "→ done → fixed")) {
            int expected = t.trim().isEmpty() ? 0 : t.trim().split("\\s+").length;
            assertEquals(expected, FeatureExtractor.whitespaceWords(t), () -> "\"" + t + "\"");
        }
    }
}
