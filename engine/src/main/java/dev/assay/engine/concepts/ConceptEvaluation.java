package dev.assay.engine.concepts;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Agreement of "concept covered" with human raters: micro precision, recall and F1 over
 * (answer, concept) pairs. A pair is positive when every rater marked the concept, negative when
 * none did; pairs the raters disagree on are left out.
 */
public final class ConceptEvaluation {

    /**
     * One graded answer.
     *
     * @param positive ids of concepts all raters marked
     * @param negative ids of concepts no rater marked
     */
    public record Item(Question question, String answerId, String text, Set<String> positive, Set<String> negative) {

        public Item {
            positive = Set.copyOf(positive);
            negative = Set.copyOf(negative);
        }

        /**
         * An item from raters' point lists: points are 1-based positions in {@code question.concepts()}
         * (the bank's top-level numbered points, in order).
         */
        public static Item fromPoints(Question question, String answerId, String text,
                                      List<? extends Collection<Integer>> raters) {
            Set<String> pos = new LinkedHashSet<>();
            Set<String> neg = new LinkedHashSet<>();
            List<Concept> cs = question.concepts();
            for (int i = 0; i < cs.size(); i++) {
                int point = i + 1;
                long marked = raters.stream().filter(r -> r.contains(point)).count();
                if (marked == raters.size()) {
                    pos.add(cs.get(i).id());
                } else if (marked == 0) {
                    neg.add(cs.get(i).id());
                }
            }
            return new Item(question, answerId, text, pos, neg);
        }
    }

    /** An item with the matcher's coverage of each judged concept. */
    public record Scored(Item item, Map<String, Double> coverage, ConceptMatch match) {
    }

    /** Confusion counts and the micro figures derived from them. */
    public record Counts(int tp, int fp, int fn, int tn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int positives() {
            return tp + fn;
        }

        public int negatives() {
            return fp + tn;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d tn=%d; %d pos, %d neg)",
                    precision(), recall(), f1(), tp, fp, fn, tn, positives(), negatives());
        }
    }

    private ConceptEvaluation() {
    }

    /** Analyses and matches every item once. */
    public static List<Scored> score(ConceptMatcher matcher, List<Item> items) {
        return score(items, it -> matcher.match(TextAnalyzer.shared().analyze(it.text()), it.question()));
    }

    /** Every item read once by {@code read} (a matcher, or a whole grader's trace). */
    public static List<Scored> score(List<Item> items, java.util.function.Function<Item, ConceptMatch> read) {
        List<Scored> out = new ArrayList<>(items.size());
        for (Item it : items) {
            ConceptMatch m = read.apply(it);
            Map<String, Double> cov = new LinkedHashMap<>();
            for (Concept c : it.question().concepts()) {
                cov.put(c.id(), m.coverage(c.id()));
            }
            out.add(new Scored(it, cov, m));
        }
        return out;
    }

    /** Counts at a coverage threshold. */
    public static Counts counts(List<Scored> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Scored s : scored) {
            for (Map.Entry<String, Double> e : s.coverage().entrySet()) {
                boolean said = e.getValue() >= threshold;
                if (s.item().positive().contains(e.getKey())) {
                    if (said) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else if (s.item().negative().contains(e.getKey())) {
                    if (said) {
                        fp++;
                    } else {
                        tn++;
                    }
                }
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    /**
     * The threshold in [from, to] (step {@code step}) with the best micro-F1; on a tie, the middle of
     * the best run, which keeps the choice away from the edge of what the data supports.
     */
    public static double bestThreshold(List<Scored> scored, double from, double to, double step) {
        double bestF1 = -1;
        List<Double> best = new ArrayList<>();
        int steps = (int) Math.round((to - from) / step);
        for (int i = 0; i <= steps; i++) {
            double t = Math.round((from + i * step) * 1e6) / 1e6;
            double f1 = counts(scored, t).f1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best.clear();
                best.add(t);
            } else if (Math.abs(f1 - bestF1) <= 1e-12 && !best.isEmpty()
                    && Math.abs(best.get(best.size() - 1) + step - t) < 1e-9) {
                best.add(t);
            }
        }
        return best.get(best.size() / 2);
    }
}
