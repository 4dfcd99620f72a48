package dev.assay.engine.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.assay.engine.lexicon.WordVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReferenceDotsTest {

    /** Each dot product is the one WordVectors.dot gives, to the bit, in either order of its arguments. */
    @Test
    void dotsAreTheTablesInBothDirections() {
        Random rnd = new Random(11);
        Map<String, float[]> table = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            table.put("w" + i, unit(rnd, 50));
        }
        List<float[][]> refs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            float[][] ref = new float[5 + r][];
            for (int j = 0; j < ref.length; j++) {
                ref[j] = j == 2 ? null : table.get("w" + rnd.nextInt(200)); // an unknown reference word
            }
            refs.add(ref);
        }
        refs.add(new float[0][]); // a reference with no words
        ReferenceDots dots = new ReferenceDots(table::get, refs);
        for (int i = 0; i < 250; i++) { // w200.. are unknown
            String word = "w" + i;
            ReferenceDots.Word w = dots.of(word);
            assertSame(table.get(word), w.vector());
            assertEquals(refs.size(), w.dots().length);
            for (int r = 0; r < refs.size(); r++) {
                assertEquals(refs.get(r).length, w.dots()[r].length);
                for (int j = 0; j < refs.get(r).length; j++) {
                    double expected = WordVectors.dot(refs.get(r)[j], table.get(word));
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(w.dots()[r][j]));
                }
            }
        }
        assertNull(dots.of("w999").vector());
    }

    @Test
    void computesAWordOnceAndKeepsAtMostMaxWords() {
        int[] lookups = {0};
        ReferenceDots dots = new ReferenceDots(w -> {
            lookups[0]++;
            return null;
        }, List.<float[][]>of(new float[][] {{1f}}));
        ReferenceDots.Word first = dots.of("a");
        assertSame(first, dots.of(new String("a")));
        assertEquals(1, lookups[0]);
        for (int i = 0; i < ReferenceDots.MAX_WORDS + 100; i++) {
            dots.of("x" + i);
        }
        assertEquals(ReferenceDots.MAX_WORDS, dots.size());
        assertEquals(0.0, dots.of("y").dots()[0][0]);
    }

    private static float[] unit(Random rnd, int n) {
        float[] v = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
            norm += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < n; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
