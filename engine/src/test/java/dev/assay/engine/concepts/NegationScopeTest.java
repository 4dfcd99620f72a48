package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegationScopeTest {

    @Test
    void perAnalysisScopesAreThoseOfEachSentence() {
        Analysis a = analysis("It is not connected , but the bulb is on .", "There is no gap .", "Without a path it fails .");
        boolean[][] scopes = NegationScope.of(a);
        assertEquals(3, scopes.length);
        for (int s = 0; s < scopes.length; s++) {
            assertArrayEquals(NegationScope.of(a.sentences().get(s).tokens()), scopes[s]);
        }
        assertArrayEquals(new boolean[] {false, false, true, true, false, false, false, false, false, false, false},
                scopes[0]);
    }

    /** Kept for the analysis last asked about (by identity); an equal analysis is worked out again. */
    @Test
    void keepsTheLastAnalysisOnly() {
        Analysis a = analysis("It is not here .");
        Analysis equal = analysis("It is not here .");
        Analysis b = analysis("It never works .");
        boolean[][] first = NegationScope.of(a);
        assertSame(first, NegationScope.of(a));
        boolean[][] other = NegationScope.of(equal);
        assertNotSame(first, other);
        assertArrayEquals(first, other);
        NegationScope.of(b);
        boolean[][] again = NegationScope.of(a);
        assertNotSame(first, again);
        assertArrayEquals(first, again);
    }

    private static Analysis analysis(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            int begin = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String w : s.split(" ")) {
                int at = text.length();
                text.append(w).append(' ');
                tokens.add(new Token(w, w.toLowerCase(), "NN", at, at + w.length()));
            }
            out.add(new Sentence(out.size(), begin, text.length() - 1, tokens));
        }
        return new Analysis(text.toString(), out);
    }

    @Test
    void aDismissedSubjectIsNegated() {
        // a reviewer's answers earned "check design" and "respond promptly" from these
        assertNegated("Naming and readability don't matter.", "Naming", "readability");
        assertNegated("Responding promptly isn't a priority for me.", "Responding", "promptly");
        boolean[] kept = NegationScope.of(dev.assay.engine.analysis.TextAnalyzer.shared()
                .analyze("We wrote the tests, but speed did not improve.").tokens());
        org.junit.jupiter.api.Assertions.assertFalse(kept[2], "'tests' is in another clause, not dismissed");
    }

    @Test
    void skippingSomethingIsNotDoingIt() {
        // a reviewer's answer earned "update runbooks" by meaning from "We'd skip the runbooks"
        assertNegated("We'd skip the runbooks this time.", "runbooks");
    }

    private static void assertNegated(String text, String... words) {
        var tokens = dev.assay.engine.analysis.TextAnalyzer.shared().analyze(text).tokens();
        boolean[] neg = NegationScope.of(tokens);
        for (String w : words) {
            int at = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).word().equals(w)) {
                    at = k;
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(at >= 0 && neg[at], w + " in: " + text);
        }
    }
}
