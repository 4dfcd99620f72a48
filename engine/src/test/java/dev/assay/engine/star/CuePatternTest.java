package dev.assay.engine.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.corpus.interview.InterviewAnswer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CuePatternTest {

    @Test
    void literalPrefixStopsAtTheFirstOperatorAndDropsAnOptionalLastCharacter() {
        assertEquals("came back", CuePattern.literalPrefix("came back"));
        assertEquals("stakeholder", CuePattern.literalPrefix("stakeholders?"));
        assertEquals("leverag", CuePattern.literalPrefix("leverag\\w*"));
        assertEquals("", CuePattern.literalPrefix("(was|were) back"));
        assertEquals("i", CuePattern.literalPrefix("i('ve)? learned"));
        assertEquals("cut ", CuePattern.literalPrefix("cut (\\w+ )?(by|in half)"));
    }

    @Test
    void necessaryLiteralsComeFromTheMostSelectiveRequiredElement() {
        assertEquals(Set.of("from "), CuePattern.necessary("\\bfrom (about |around |~)?[\\w.$~]+ ?(%|ms)? to "));
        assertEquals(Set.of("year", "month"), CuePattern.necessary("^\\W*(so\\s+)?(last|one)\\s+(year|month)\\b"));
        assertEquals(Set.of(" back"), CuePattern.necessary("\\b(?:(was|were) back)\\b"));
        assertEquals(Set.of("owned", "own"), CuePattern.necessary("\\b(i|we) (owned|own)\\b"));
        assertEquals(Set.of("a", "b"), CuePattern.necessary("\\b(a|b\\w*)"));
        assertEquals(Set.of("x"), CuePattern.necessary("(a|\\d)x"));
        assertEquals(Set.of("week"), CuePattern.necessary("weeks? (from|before)"));
        assertEquals(Set.of(), CuePattern.necessary("\\d+\\s?[%$]"));
        assertEquals(Set.of("$"), CuePattern.necessary("\\$\\s?\\d"));
        assertEquals(Set.of("ab"), CuePattern.necessary("ab+c"));
        assertEquals(Set.of("sure", "that's my "), CuePattern.necessary("^\\W*sure\\b|that's my (war )?story"));
        assertEquals(Set.of(), CuePattern.necessary("^\\W*sure\\b|\\d+"));
        assertEquals(Set.of(" s"), CuePattern.necessary("[\\w-]+ {0,2} s"));
    }

    @Test
    void normaliseIsTheRegexVersionInOnePass() {
        for (String t : List.of("", " ", "  A  b\t\tC\n", "I’m\u000B\fhere\r\n", "\u00a0x\u2028y ", " x ’ ", "ÀB  ç")) {
            assertEquals(t.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim(),
                    StarFeatures.normalise(t), t);
        }
    }

    @Test
    void topLevelAlternativesAndAGroupOfAlternativesAreSplit() {
        assertTrue(CuePattern.compile("\\b(a|b)\\b").isSplit());
        assertFalse(CuePattern.compile("\\b(a|b)?c").isSplit());
        assertTrue(CuePattern.compile("x(a|b)|y").isSplit());
        assertTrue(CuePattern.compile("\\d+|(a|b)").isSplit());
        assertFalse(CuePattern.compile("[(](a|b)").isSplit());
    }

    @Test
    void aDigitIsNeededOnlyWhenEveryAlternativeRequiresOne() {
        assertTrue(CuePattern.needsDigit("\\d+\\s?(%|percent|x\\b)|\\$\\s?\\d|\\b\\d+k\\b"));
        assertTrue(CuePattern.needsDigit("\\b(?:\\d+ (minutes|hours))\\b"));
        assertTrue(CuePattern.needsDigit("a(\\d|\\d\\d)"));
        assertFalse(CuePattern.needsDigit("\\d?x"));
        assertFalse(CuePattern.needsDigit("\\d*x"));
        assertFalse(CuePattern.needsDigit("\\d{0,2}x"));
        assertFalse(CuePattern.needsDigit("(\\d+)?x"));
        assertFalse(CuePattern.needsDigit("\\d+|x"));
        assertFalse(CuePattern.needsDigit("[\\d]x"));
        assertFalse(CuePattern.needsDigit("\\D"));
    }

    @Test
    void anAnchoredCueIsFoundOnlyAtTheStart() {
        CuePattern p = CuePattern.compile("^\\W*(me|my role)\\s*:|^\\W*sure\\b");
        assertTrue(p.find("- me: x"));
        assertTrue(p.find("sure, so"));
        assertFalse(p.find("and me: x"));
        assertFalse(p.find("not sure"));
    }

    @Test
    void anAlternativeTriedWhereItsLiteralStartsStillSeesTheWordBoundaryBeforeIt() {
        CuePattern p = CuePattern.compile("\\b(back|up)\\b");
        assertFalse(p.find("comeback"));
        assertTrue(p.find("comeback, then back"));
        assertTrue(p.find("x-up"));
        assertFalse(p.find("upon a backup"));
        assertTrue(CuePattern.compile("(→|->)x").find("a → b ->x"));
    }

    /** Every cue gives the regex engine's own answer on every sentence and word window of the answers. */
    @Test
    void everyCueAnswersAsItsWholeExpressionOnTheInterviewAnswers() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "so last year, at my old job", "from 40% to 5%", "→ done",
                "it took about two weeks", "the stakeholders", "days later", "i've since learned", "$ 5 and 20k"));
        for (InterviewAnswer a : StarData.load().answers()) {
            String lower = a.answer().text().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
            for (String sentence : lower.split("(?<=[.!?]) ")) {
                texts.add(sentence);
                String[] w = sentence.split(" ");
                for (int i = 0; i < w.length; i += 3) {
                    texts.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, Math.min(w.length, i + 8))));
                }
            }
        }
        int split = 0;
        int found = 0;
        List<CuePattern> all = new ArrayList<>(StarFeatures.cuePatterns());
        all.addAll(StarFeatures.storyPatterns());
        for (CuePattern c : all) {
            Pattern whole = Pattern.compile(c.regex());
            split += c.isSplit() ? 1 : 0;
            for (String t : texts) {
                boolean expected = whole.matcher(t).find();
                found += expected ? 1 : 0;
                assertEquals(expected, c.find(t), () -> c.regex() + " on \"" + t + "\"");
            }
        }
        assertTrue(split >= 20, "most cues are split: " + split);
        assertTrue(found > 500, "the texts exercise the cues: " + found);
    }
}
