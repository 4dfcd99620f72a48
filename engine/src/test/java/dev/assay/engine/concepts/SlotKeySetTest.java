package dev.assay.engine.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotKeySetTest {

    @Test
    void aJoinedPairIsFoundAsTheKeyItSpells() {
        String rollback = "rollback";
        SlotKeySet keys = new SlotKeySet(List.of(rollback, "postmortem", "roll", "é1"));
        assertSame(rollback, keys.joined("roll", "back"));
        assertSame(rollback, keys.joined("rollback", ""));
        assertEquals("postmortem", keys.joined("post", "mortem"));
        assertEquals("é1", keys.joined("é", "1"));
        assertNull(keys.joined("roll", "out"));
        assertNull(keys.joined("", ""));
        assertTrue(keys.contains("roll"));
        assertFalse(keys.contains("back"));
    }

    /** Against a HashSet of the same keys, for every split of random keys and of random non-keys. */
    @Test
    void answersAsAHashSetOfTheJoinedStrings() {
        Random random = new Random(3);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(9); n >= 0; n--) {
                b.append("abcdeé0".charAt(random.nextInt(7)));
            }
            words.add(b.toString());
        }
        java.util.Set<String> set = new java.util.HashSet<>(words.subList(0, 250));
        SlotKeySet keys = new SlotKeySet(set);
        for (String w : words) {
            assertEquals(set.contains(w), keys.contains(w), w);
            for (int cut = 0; cut <= w.length(); cut++) {
                String a = w.substring(0, cut);
                String b = w.substring(cut);
                assertEquals(set.contains(w) ? w : null, keys.joined(a, b), a + "|" + b);
            }
        }
    }
}
