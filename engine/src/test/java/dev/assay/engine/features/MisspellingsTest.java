package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MisspellingsTest {

    @Test
    void oneEditOrASwapIsAMisspelling() {
        assertTrue(Misspellings.isMisspelling("recusion", "recursion"));
        assertTrue(Misspellings.isMisspelling("pointr", "pointer"));
        assertTrue(Misspellings.isMisspelling("stakc", "stack"));
        assertTrue(Misspellings.isMisspelling("constuctr", "constructor")); // long word: two edits
    }

    @Test
    void shortWordsOtherFirstLettersAndTwoEditsOfShortWordsAreNot() {
        assertFalse(Misspellings.isMisspelling("bat", "cat"));
        assertFalse(Misspellings.isMisspelling("node", "code"));
        assertFalse(Misspellings.isMisspelling("stackes", "stack"));
    }

    @Test
    void distanceCountsASwapOnce() {
        assertEquals(1, Misspellings.distance("ab", "ba", 2));
        assertEquals(3, Misspellings.distance("abc", "xyz", 2)); // capped at cap + 1
    }

    @Test
    void fuzzyShareCountsLemmasAndMisspeltWords() {
        Set<String> ref = Set.of("recursion", "base", "case");
        assertEquals(2 / 3.0, ReferenceOverlap.fuzzyShare(ref, Set.of("base"), Set.of("recusion", "base"), w -> false), 1e-9);
        assertEquals(0.0, ReferenceOverlap.fuzzyShare(Set.of(), Set.of("base"), Set.of("base"), w -> false));
    }

    @Test
    void aRealWordIsNotAMisspellingOfAnother() {
        Set<String> known = Set.of("stick", "tree");
        assertEquals(0.0, ReferenceOverlap.fuzzyShare(Set.of("stack", "three"), Set.of("stick", "tree"),
                Set.of("stick", "tree"), known::contains));
    }
}
