package dev.assay.engine.agreement;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Agreement on nominal labels, as SemEval-2013 Task 7 reports it: accuracy, macro-averaged F1 (each
 * label counts the same) and weighted-average F1 (each label by its share of the human labels).
 */
public record LabelAgreement(int n, double accuracy, double macroF1, double weightedF1) {

    public static LabelAgreement of(List<String> engine, List<String> human) {
        if (engine.size() != human.size()) {
            throw new IllegalArgumentException("engine and human labels differ in length");
        }
        int n = human.size();
        TreeSet<String> labels = new TreeSet<>(human);
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if (human.get(i).equals(engine.get(i))) {
                correct++;
            }
        }
        double macro = 0;
        double weighted = 0;
        for (String l : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < n; i++) {
                boolean e = l.equals(engine.get(i));
                boolean h = l.equals(human.get(i));
                tp += e && h ? 1 : 0;
                fp += e && !h ? 1 : 0;
                fn += !e && h ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            macro += f1 / labels.size();
            weighted += f1 * (tp + fn) / n;
        }
        return new LabelAgreement(n, n == 0 ? Double.NaN : correct / (double) n, macro, weighted);
    }

    public String row(String name) {
        return String.format(Locale.ROOT, "%-28s %5d %8.1f%% %8.3f %11.3f", name, n, 100 * accuracy, macroF1, weightedF1);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-28s %5s %9s %8s %11s", "", "n", "accuracy", "macro-F1", "weighted-F1");
    }
}
