package dev.assay.engine.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.scoring.Scorer;
import dev.assay.engine.tuning.FeatureTable.Row;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.QuestionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

/**
 * Issue #6 experiment, not a test: do trees (Smile gradient boosting, random forest) or a calibration
 * chosen on training folds beat {@code tune}'s ridge / logistic-regression models? Reads the engine's
 * features from a {@code tune --cache} file (whatever engine build wrote it), uses Tuner's folds (same
 * seed, same groups) and Tuner's own fits as the "ridge" baseline, which reproduces tune's figures.
 *
 * <pre>
 * java -Dvariants=ridge,gblend:300:3:0.05:0.5 -cp TEST_CLASSPATH dev.assay.engine.tuning.LearnerExperiment  *     BANK ANSWERS FEATURE_CACHE GROUP_BY FOLDS TRAIN_SPLIT|- LAMBDA [test]
 * </pre>
 * Variants ({@code model:trees:depth:rate:blend}): {@code ridge}; {@code gbt}, {@code rf} (grade model
 * replaced by trees); {@code gblend}, {@code rblend} (blend·ridge + (1−blend)·trees); {@code cgbt},
 * {@code crf}, {@code crfw} (label model: blend·softmax + (1−blend)·tree posteriors; crfw with class
 * weights inverse to frequency); {@code cal:ls|qwk|qwkr} (ridge output stretched around its mean by a
 * factor chosen on inner out-of-fold predictions of the training folds: least squares, best QWK, best
 * QWK with at most 2 % more RMSE); {@code dcal:ls|qwk|qwkr} (the same on the default weights' score,
 * chosen on the training folds themselves, as the defaults fit nothing); {@code dblend} (the mean of
 * ridge and default shares). {@code test}: fit on TRAIN_SPLIT, predict every other split once.
 * {@code -Dextra=true} gives the trees three more engine features (words, verb_ratio, non_answer);
 * {@code -Dconfusion=true} prints the label confusion counts.
 */
public final class LearnerExperiment {

    public static void main(String[] args) throws Exception {
        QuestionBank bank = BankReader.load(Path.of(args[0])).orElseThrow();
        String groupBy = args[3];
        int folds = Integer.parseInt(args[4]);
        String trainSplit = args[5].equals("-") ? null : args[5];
        double lambda = Double.parseDouble(args[6]);
        boolean test = args.length > 7 && args[7].equals("test");
        Map<String, Question> questions = bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        ObjectMapper json = new ObjectMapper();
        List<GradedAnswer> answers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            Question q = questions.get(n.path("question_id").asText());
            String label = n.path("label").isTextual() ? n.get("label").asText() : null;
            Double grade = n.path("grade").isNumber() ? n.get("grade").asDouble() : null;
            if (grade == null && label != null && q != null) {
                grade = q.scale().bands().stream().filter(b -> b.name().equals(label))
                        .map(b -> (double) Math.round((b.min() + b.max()) / 2)).findFirst().orElse(null);
            }
            if (q == null || grade == null) continue;
            String split = n.path("split").isTextual() ? n.get("split").asText() : null;
            String id = n.get("id").asText();
            String group = switch (groupBy) { case "question" -> q.id(); case "answer" -> id; default -> split == null ? "-" : split; };
            answers.add(new GradedAnswer(id, q.id(), n.path("text").asText(""), grade, label, split, group));
        }
        String key = json.readTree(Files.readAllLines(Path.of(args[2])).get(0)).get("key").asText();
        FeatureTable table = FeatureTable.load(Path.of(args[2]), key, answers, questions).orElseThrow();
        boolean nearest = groupBy.equals("answer");
        Tuner tuner = new Tuner(new Tuner.Options(folds, nearest, trainSplit, lambda, 42));

        List<Row> train = table.rows().stream().filter(r -> trainSplit == null || trainSplit.equals(r.answer().split())).toList();
        List<String> labels = train.stream().allMatch(r -> r.answer().label() != null)
                ? List.copyOf(new TreeSet<>(train.stream().map(r -> r.answer().label()).toList())) : List.of();
        List<String> groups = new ArrayList<>(new TreeSet<>(train.stream().map(r -> r.answer().group()).toList()));
        Collections.shuffle(groups, new Random(42));
        int k = Math.max(2, Math.min(folds, groups.size()));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) foldOf.put(groups.get(i), i % k);

        List<String> variants = List.of(System.getProperty("variants", "ridge,gbt,rf,blend").split(","));
        Map<String, Map<Row, Tuner.Prediction>> out = new LinkedHashMap<>();
        variants.forEach(v -> out.put(v, new IdentityHashMap<>()));
        List<List<Row>[]> splits = new ArrayList<>();
        if (test) {
            @SuppressWarnings("unchecked") List<Row>[] s = new List[]{train,
                    table.rows().stream().filter(r -> !trainSplit.equals(r.answer().split())).toList()};
            splits.add(s);
        } else {
            for (int f = 0; f < k; f++) {
                int fold = f;
                @SuppressWarnings("unchecked") List<Row>[] s = new List[]{
                        train.stream().filter(r -> foldOf.get(r.answer().group()) != fold).toList(),
                        train.stream().filter(r -> foldOf.get(r.answer().group()) == fold).toList()};
                splits.add(s);
            }
        }
        for (List<Row>[] s : splits) {
            List<Row> fit = s[0];
            List<Row> held = s[1];
            if (fit.isEmpty() || held.isEmpty()) continue;
            Tuner.Fitted fitted = tuner.fit(fit, labels, nearest);
            Map<String, double[]> cal = new HashMap<>();
            for (String v : variants) if (v.startsWith("cal")) cal.put(v, calibration(tuner, fit, labels, folds, v.split(":")[1]));
            for (String v : variants) if (v.startsWith("dcal")) cal.put(v, defaultCalibration(fit, v.split(":")[1]));
            Map<Row, Map<String, Double>> fx = new IdentityHashMap<>();
            for (List<Row> part : List.of(fit, held)) {
                for (Row r : part) {
                    Map<String, Double> x = new HashMap<>(r.features());
                    if (nearest && fitted.nearest().covers(r.answer().questionId())) {
                        x.putAll(fitted.nearest().features(r.answer().id(), r.answer().questionId(), r.answer().text()));
                    }
                    fx.put(r, x);
                }
            }
            for (QuestionKind kind : QuestionKind.values()) {
                List<Row> of = fit.stream().filter(r -> r.question().kind() == kind).toList();
                List<Row> te = held.stream().filter(r -> r.question().kind() == kind).toList();
                if (te.isEmpty()) continue;
                List<String> names = new ArrayList<>(TuningFeatures.features(kind));
                if (!labels.isEmpty()) { names.add("polarity_mismatch"); names.add("antonym_conflict"); }
                if (Boolean.getBoolean("extra")) names.addAll(List.of("words", "verb_ratio", "non_answer"));
                if (nearest) names.addAll(fitted.nearest().names());
                double[][] xf = matrix(names, of, fx);
                double[][] xt = matrix(names, te, fx);
                double[] y = of.stream().mapToDouble(Row::humanShare).toArray();
                Map<String, double[]> raws = new HashMap<>();
                Map<String, String[]> labs = new HashMap<>();
                for (String v : variants) {
                    smile.math.MathEx.setSeed(42);
                    double[] raw = new double[te.size()];
                    String[] lab = new String[te.size()];
                    for (int i = 0; i < te.size(); i++) {
                        Tuner.Prediction p = Tuner.predict(fitted, te.get(i), nearest);
                        raw[i] = p.raw();
                        lab[i] = p.label();
                    }
                    if (of.size() >= Tuner.MIN_ROWS_PER_KIND) {
                        String[] parts = v.split(":");
                        String model = parts[0];
                        int trees = parts.length > 1 && !model.endsWith("cal") ? Integer.parseInt(parts[1]) : 300;
                        int depth = parts.length > 2 ? Integer.parseInt(parts[2]) : 4;
                        double rate = parts.length > 3 ? Double.parseDouble(parts[3]) : 0.05;
                        double blend = parts.length > 4 ? Double.parseDouble(parts[4]) : 0.5;
                        DataFrame df = DataFrame.of(xf, names.toArray(String[]::new)).merge(DoubleVector.of("y", y));
                        DataFrame dt = DataFrame.of(xt, names.toArray(String[]::new)).merge(DoubleVector.of("y", new double[te.size()]));
                        Formula fm = Formula.lhs("y");
                        double[] tr = null;
                        switch (model) {
                            case "gbt", "gblend", "gbtreg" -> {
                                var m = smile.regression.GradientTreeBoost.fit(fm, df, Loss.ls(), trees, depth, 1 << depth, 5, rate, 0.7);
                                tr = new double[te.size()];
                                for (int i = 0; i < tr.length; i++) tr[i] = m.predict(dt.get(i));
                            }
                            case "rf", "rblend" -> {
                                var m = smile.regression.RandomForest.fit(fm, df, trees, Math.max(1, names.size() / 3), depth, 1 << Math.min(depth, 16), 5, 1.0,
                                        java.util.stream.LongStream.range(0, trees).map(t -> 1000 + t));
                                tr = new double[te.size()];
                                for (int i = 0; i < tr.length; i++) tr[i] = m.predict(dt.get(i));
                            }
                            default -> { }
                        }
                        if (tr != null) {
                            double a = model.endsWith("blend") ? blend : 0;
                            for (int i = 0; i < raw.length; i++) raw[i] = Math.max(0, Math.min(1, a * raw[i] + (1 - a) * tr[i]));
                        }
                        if (!labels.isEmpty() && (model.startsWith("c") || model.equals("gbtreg"))) {
                            int[] yl = of.stream().mapToInt(r -> labels.indexOf(r.answer().label())).toArray();
                            DataFrame dc = DataFrame.of(xf, names.toArray(String[]::new)).merge(IntVector.of("y", yl));
                            DataFrame dct = DataFrame.of(xt, names.toArray(String[]::new)).merge(IntVector.of("y", new int[te.size()]));
                            double[][] post = new double[te.size()][labels.size()];
                            if (model.startsWith("cgbt")) {
                                var m = smile.classification.GradientTreeBoost.fit(fm, dc, trees, depth, 1 << depth, 5, rate, 0.7);
                                for (int i = 0; i < te.size(); i++) m.predict(dct.get(i), post[i]);
                            } else if (model.startsWith("crf")) {
                                int[] cw = new int[labels.size()];
                                Arrays.fill(cw, 1);
                                if (model.equals("crfw")) { for (int c = 0; c < cw.length; c++) { final int cc = c; long cnt = Arrays.stream(yl).filter(q -> q == cc).count(); cw[c] = (int) Math.max(1, Math.round(yl.length / (double) cw.length / cnt * 10)); } }
                                var m = smile.classification.RandomForest.fit(fm, dc, trees, Math.max(1, (int) Math.sqrt(names.size())), smile.base.cart.SplitRule.GINI, depth, 1 << Math.min(depth, 16), 2, 1.0, cw,
                                        java.util.stream.LongStream.range(0, trees).map(t -> 1000 + t));
                                for (int i = 0; i < te.size(); i++) m.predict(dct.get(i), post[i]);
                            }
                            if (model.startsWith("c")) {
                                // blend with softmax probabilities
                                Softmax.Model sm = nearest && fitted.labelsGraded() != null ? fitted.labelsGraded() : fitted.labelsBase();
                                for (int i = 0; i < te.size(); i++) {
                                    if (nearest && !fitted.nearest().covers(te.get(i).answer().questionId())) {
                                        continue; // trees were fitted with nearest-answer features it lacks: keep tune's label
                                    }
                                    double[] ps = sm.probabilities(fx.get(te.get(i)));
                                    int best = 0;
                                    for (int c = 0; c < ps.length; c++) {
                                        double pc = blend * ps[c] + (1 - blend) * post[i][c];
                                        double pb = blend * ps[best] + (1 - blend) * post[i][best];
                                        if (pc > pb) best = c;
                                    }
                                    lab[i] = labels.get(best);
                                }
                            }
                        }
                    }
                    if (v.startsWith("dblend")) for (int i = 0; i < raw.length; i++) raw[i] = 0.5 * raw[i] + 0.5 * Tuner.defaultPrediction(te.get(i)).raw();
                    if (v.startsWith("dcal")) for (int i = 0; i < raw.length; i++) raw[i] = Tuner.defaultPrediction(te.get(i)).raw();
                    double[] c = cal.get(v);
                    if (c != null) for (int i = 0; i < raw.length; i++) raw[i] = Math.max(0, Math.min(1, c[0] + c[1] * (raw[i] - c[2])));
                    for (int i = 0; i < te.size(); i++) {
                        Row r = te.get(i);
                        double score = Math.round(100 * r.question().scale().clamp(
                                r.toScale(Scorer.withFlags(raw[i], r.flags(), r.question().kind(), r.words())))) / 100.0;
                        out.get(v).put(r, new Tuner.Prediction(r, raw[i], score, lab[i]));
                    }
                }
            }
        }
        List<Row> reported = test ? splits.get(0)[1] : train;
        Map<String, List<Row>> bySplit = new TreeMap<>();
        for (Row r : reported) bySplit.computeIfAbsent(test ? r.answer().split() : "cv", x -> new ArrayList<>()).add(r);
        bySplit.forEach((split, rows) -> out.forEach((v, preds) -> {
            Tuner.Evaluated e = Tuner.evaluated(v, rows.stream().map(preds::get).toList(), labels);
            var a = e.agreement();
            System.out.printf(Locale.ROOT, "%-10s %-28s n %5d QWK %.3f r %.3f RMSE %.3f%s%n", split, v, a.n(), a.qwk(), a.pearson(), a.rmse(),
                    e.labels() == null ? "" : String.format(Locale.ROOT, "  acc %.1f%% macroF1 %.3f", 100 * e.labels().accuracy(), e.labels().macroF1()));
            if (e.labels() != null && Boolean.getBoolean("confusion")) {
                Map<String, Integer> m = new TreeMap<>();
                e.predictions().forEach(p -> m.merge(p.row().answer().label() + " -> " + p.label(), 1, Integer::sum));
                System.out.println("           human -> engine: " + m);
            }
        }));
    }

    /** {mh, s, mr}: raw' = mh + s (raw - mr), s chosen on inner out-of-fold ridge predictions of {@code fit}. */
    static double[] calibration(Tuner tuner, List<Row> fit, List<String> labels, int folds, String mode) {
        List<String> groups = new ArrayList<>(new TreeSet<>(fit.stream().map(r -> r.answer().group()).toList()));
        Collections.shuffle(groups, new Random(43));
        int k = Math.max(2, Math.min(folds, groups.size()));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) foldOf.put(groups.get(i), i % k);
        Map<Row, Double> oof = new IdentityHashMap<>();
        for (int f = 0; f < k; f++) {
            int fold = f;
            List<Row> a = fit.stream().filter(r -> foldOf.get(r.answer().group()) != fold).toList();
            List<Row> b = fit.stream().filter(r -> foldOf.get(r.answer().group()) == fold).toList();
            if (a.isEmpty() || b.isEmpty()) continue;
            Tuner.Fitted ft = tuner.fit(a, labels, false);
            for (Row r : b) oof.put(r, Tuner.predict(ft, r, false).raw());
        }
        List<Row> rows = fit.stream().filter(oof::containsKey).toList();
        double mh = rows.stream().mapToDouble(Row::humanShare).average().orElse(0);
        double mr = rows.stream().mapToDouble(oof::get).average().orElse(0);
        double sxy = 0, sxx = 0;
        for (Row r : rows) { sxy += (oof.get(r) - mr) * (r.humanShare() - mh); sxx += (oof.get(r) - mr) * (oof.get(r) - mr); }
        double sls = sxx == 0 ? 1 : sxy / sxx;
        if (mode.equals("ls")) return new double[]{mh, sls, mr};
        double rmseLs = eval(rows, oof, mh, sls, mr).agreement().rmse();
        double best = sls, bestQ = -1;
        for (double s = 0.5; s <= 2.5001; s += 0.05) {
            Tuner.Evaluated e = eval(rows, oof, mh, s, mr);
            if (mode.equals("qwkr") && e.agreement().rmse() > rmseLs * 1.02) continue;
            if (e.agreement().qwk() > bestQ + 1e-9) { bestQ = e.agreement().qwk(); best = s; }
        }
        return new double[]{mh, best, mr};
    }

    /** The default weights' share of the scale, stretched: {mh, s, md} chosen on the training rows (defaults fit nothing). */
    static double[] defaultCalibration(List<Row> fit, String mode) {
        Map<Row, Double> d = new IdentityHashMap<>();
        fit.forEach(r -> d.put(r, Tuner.defaultPrediction(r).raw()));
        double mh = fit.stream().mapToDouble(Row::humanShare).average().orElse(0);
        double md = fit.stream().mapToDouble(d::get).average().orElse(0);
        double sxy = 0, sxx = 0;
        for (Row r : fit) { sxy += (d.get(r) - md) * (r.humanShare() - mh); sxx += (d.get(r) - md) * (d.get(r) - md); }
        double sls = sxx == 0 ? 1 : sxy / sxx;
        if (mode.equals("ls")) return new double[]{mh, sls, md};
        double rmseLs = eval(fit, d, mh, sls, md).agreement().rmse();
        double best = sls, bestQ = -1;
        for (double s = 0.5; s <= 2.5001; s += 0.05) {
            Tuner.Evaluated e = eval(fit, d, mh, s, md);
            if (mode.equals("qwkr") && e.agreement().rmse() > rmseLs * 1.02) continue;
            if (e.agreement().qwk() > bestQ + 1e-9) { bestQ = e.agreement().qwk(); best = s; }
        }
        return new double[]{mh, best, md};
    }

    static Tuner.Evaluated eval(List<Row> rows, Map<Row, Double> oof, double mh, double s, double mr) {
        List<Tuner.Prediction> ps = new ArrayList<>();
        for (Row r : rows) {
            double raw = Math.max(0, Math.min(1, mh + s * (oof.get(r) - mr)));
            double score = Math.round(100 * r.question().scale().clamp(r.toScale(Scorer.withFlags(raw, r.flags(), r.question().kind(), r.words())))) / 100.0;
            ps.add(new Tuner.Prediction(r, raw, score, null));
        }
        return Tuner.evaluated("cal", ps, List.of());
    }

    static double[][] matrix(List<String> names, List<Row> rows, Map<Row, Map<String, Double>> fx) {
        double[][] x = new double[rows.size()][names.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Double> f = fx.get(rows.get(i));
            for (int j = 0; j < names.size(); j++) x[i][j] = f.getOrDefault(names.get(j), 0.0);
        }
        return x;
    }
}
