package dev.assay.engine.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CueLiteralsTest {

    /** The scan finds exactly the literals {@link String#contains} finds, overlapping and nested ones too. */
    @Test
    void theScanFindsWhatContainsFinds() {
        Random random = new Random(7);
        String alphabet = "abc →$%'-";
        List<String> literals = new ArrayList<>(List.of("a", "ab", "bab", "abc", "c", "→ a", "$", "% ", "ba'", "aaa"));
        for (int i = 0; i < 60; i++) {
            literals.add(randomText(random, alphabet, 1 + random.nextInt(5)));
        }
        CueLiterals table = new CueLiterals();
        int[] gates = literals.stream().mapToInt(l -> table.gate(List.of(l))).toArray();
        int pair = table.gate(List.of(literals.get(0), literals.get(3)));
        for (int t = 0; t < 2000; t++) {
            String text = randomText(random, alphabet + "x9", random.nextInt(30));
            CueLiterals.Hits hits = table.scan(text);
            for (int i = 0; i < literals.size(); i++) {
                assertEquals(text.contains(literals.get(i)), hits.open(gates[i]), literals.get(i) + " in \"" + text + "\"");
            }
            assertEquals(text.contains(literals.get(0)) || text.contains(literals.get(3)), hits.open(pair), text);
            assertEquals(text.chars().anyMatch(Character::isDigit), hits.digit, text);
        }
    }

    @Test
    void noGateIsAddedAfterAScan() {
        CueLiterals table = new CueLiterals();
        table.gate(List.of("late"));
        table.scan("too late");
        assertThrows(IllegalStateException.class, () -> table.gate(List.of("early")));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
