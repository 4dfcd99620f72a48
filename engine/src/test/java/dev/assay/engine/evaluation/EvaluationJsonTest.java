package dev.assay.engine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.engine.similarity.SimilarityReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EvaluationJson#line} writes what data binding ({@code mapper().writeValueAsString}) writes. */
class EvaluationJsonTest {

    private static final String[] STRINGS = {"", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r",
            "\u0000\u0001\u001f\u007f", "caf\u00e9 \u2014 \u2028 \u20ac", "\ud83d\ude00 emoji", "\ud800 lone", "</script>",
            "a/b", "  spaced  "};
    private static final double[] NUMBERS = {0.0, -0.0, 1.0, 0.5, 0.125, 1e-7, 123456789.0, 1e21, -3.25,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2,
            0.155, 0.07, 0.001, 0.999, 34.0, 1000.0, 1000.001, 5.0};

    @Test
    void writesWhatDataBindingWrites() throws Exception {
        Random r = new Random(11);
        for (int i = 0; i < 500; i++) {
            Evaluation e = random(r);
            assertEquals(EvaluationJson.mapper().writeValueAsString(e), EvaluationJson.line(e));
        }
    }

    @Test
    void writesNullsAsDataBindingDoes() throws Exception {
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("words", null);
        features.put("cosine", 0.5);
        Evaluation e = new Evaluation(null, null, 0, 0, 5, null, 1, List.of(), List.of(), List.of(), null,
                features, List.of(), null);
        assertEquals(EvaluationJson.mapper().writeValueAsString(e), EvaluationJson.line(e));
    }

    private static Evaluation random(Random r) {
        List<Criterion> criteria = new ArrayList<>();
        for (int c = r.nextInt(4); c > 0; c--) {
            List<Evidence> evidence = new ArrayList<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                // a meaning only in the semantic mode: null (omitted) or a text
                evidence.add(new Evidence(r.nextInt(9), r.nextInt(500), r.nextInt(500) - 1, text(r), number(r),
                        r.nextBoolean(), r.nextBoolean() ? null : text(r)));
            }
            criteria.add(new Criterion(text(r), text(r), text(r), number(r), number(r), evidence));
        }
        List<SegmentView> segments = new ArrayList<>();
        for (int s = r.nextInt(3); s > 0; s--) {
            segments.add(new SegmentView(text(r), r.nextInt(), r.nextInt(), number(r)));
        }
        Map<String, Double> features = new LinkedHashMap<>();
        for (int f = r.nextInt(6); f > 0; f--) {
            features.put(text(r) + f, number(r));
        }
        List<Flag> flags = new ArrayList<>(Arrays.asList(Flag.values()).subList(0, r.nextInt(Flag.values().length + 1)));
        SimilarityReport sim = r.nextInt(10) == 0 ? null : new SimilarityReport(text(r), number(r), number(r),
                number(r), number(r), number(r), text(r), number(r));
        Versions versions = r.nextInt(10) == 0 ? null : new Versions(text(r), text(r), text(r),
                r.nextBoolean() ? null : text(r));
        return new Evaluation(text(r), text(r), number(r), number(r), number(r), text(r), number(r), flags, criteria,
                segments, sim, features, List.of(STRINGS[r.nextInt(STRINGS.length)]), versions,
                r.nextBoolean() ? null : text(r), // a predicted label only with weights tuned on labels
                r.nextBoolean() ? null : number(r));
    }

    private static String text(Random r) {
        return r.nextInt(12) == 0 ? null : STRINGS[r.nextInt(STRINGS.length)];
    }

    private static double number(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> NUMBERS[r.nextInt(NUMBERS.length)];
            case 1 -> Math.round(r.nextDouble() * 1000) / 1000.0;
            default -> Math.round(r.nextGaussian() * 1e6) / 1000.0;
        };
    }
}
