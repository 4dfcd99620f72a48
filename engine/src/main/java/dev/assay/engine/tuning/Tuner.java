package dev.assay.engine.tuning;

import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.agreement.LabelAgreement;
import dev.assay.engine.scoring.ConfidenceTable;
import dev.assay.engine.scoring.Scorer;
import dev.assay.engine.scoring.ScoringWeights;
import dev.assay.engine.tuning.FeatureTable.Row;
import dev.assay.rubric.model.Band;
import dev.assay.rubric.model.QuestionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;

/**
 * Fits the combination of the engine's features to human grades and measures it honestly: out-of-fold
 * predictions from folds that never split a group (question, assignment or answer), and, with a
 * training split, predictions on every other split from a model fitted on the training split only.
 * Works on a {@link FeatureTable}, so the engine runs once per answer whatever the number of folds.
 */
public final class Tuner {

    /** A kind needs this many training answers to get its own weights; fewer keep the defaults. */
    static final int MIN_ROWS_PER_KIND = 20;
    /** Share of the scale counted as agreement for the confidence table (one point on 0–5). */
    public static final double TOLERANCE = 0.2;
    static final int CONFIDENCE_BINS = 10;

    /**
     * @param folds      number of folds (capped at the number of groups)
     * @param nearest    add the nearest-graded-answers features where the question has training answers
     * @param trainSplit fit on this split only and report every other split; null: all answers are training
     * @param lambda     ridge penalty
     * @param prior      what the ridge penalty shrinks toward
     */
    public record Options(int folds, boolean nearest, String trainSplit, double lambda, long seed, Prior prior) {

        public Options(int folds, boolean nearest, String trainSplit, double lambda, long seed) {
            this(folds, nearest, trainSplit, lambda, seed, Prior.AUTO);
        }
    }

    /** What the ridge penalty shrinks the weights toward. */
    public enum Prior {
        /** The built-in weights for behavioural and procedural questions, zero for short answers. */
        AUTO,
        /** The built-in weights of every kind. */
        DEFAULT,
        /** Zero: plain ridge. */
        ZERO;

        /**
         * Whether a kind is shrunk toward its defaults. AUTO trusts the defaults where they were set from
         * a holistic scale (behavioural, procedural: interview set, 10 folds by question, QWK 0.707 → 0.744)
         * but not for short answers, whose defaults are not calibrated to any reference set's scale
         * (Mohler 12 folds by assignment: r 0.610 with zero, 0.603 toward the defaults).
         */
        boolean towardDefaults(QuestionKind kind) {
            return this == DEFAULT || this == AUTO && kind != QuestionKind.SHORT_ANSWER;
        }
    }

    /** One answer's prediction. */
    public record Prediction(Row row, double raw, double score, String label) {

        public double human() {
            return row.answer().grade();
        }

        public double error() {
            return Math.abs(score - human());
        }
    }

    /** Predictions and their agreement with the humans. */
    public record Evaluated(String name, List<Prediction> predictions, Agreement agreement, LabelAgreement labels) {
    }

    /** What a fit gives: the models per kind and the label models (null when the set has no labels). */
    public record Fitted(Map<QuestionKind, Ridge.Linear> base, Map<QuestionKind, Ridge.Linear> graded,
                         Softmax.Model labelsBase, Softmax.Model labelsGraded, NearestGraded nearest,
                         Map<QuestionKind, Double> damping) {
    }

    /** Everything {@code tune} reports and writes. */
    public record Result(Evaluated before, Evaluated cvBase, Evaluated cvNearest, Map<String, Evaluated> heldOutBefore,
                         Map<String, Evaluated> heldOut, Fitted finalFit, ConfidenceTable confidence,
                         ConfidenceTable nearestConfidence, List<String> labels, int folds) {

        /** The main "after" figures: with the nearest-graded feature when it was used. */
        public Evaluated cvAfter() {
            return cvNearest != null ? cvNearest : cvBase;
        }

        /** The tuned weights {@code grade} uses: the base model (no nearest-graded feature), defaults elsewhere. */
        public ScoringWeights weights(String id) {
            Map<QuestionKind, Map<String, Double>> byKind = new EnumMap<>(QuestionKind.class);
            ScoringWeights.defaults().byKind().forEach(byKind::put);
            finalFit.base().forEach((k, lin) -> byKind.put(k, asMap(lin)));
            return new ScoringWeights(id, byKind, confidence);
        }

        /**
         * The weights of the nearest-graded model, for questions with graded training answers: per kind
         * the model fitted with the nearest-graded features, else the features-only weights, as
         * {@link #predict} falls back; confidence calibrated on its out-of-fold predictions when CV had them.
         */
        public ScoringWeights nearestWeights(String id) {
            Map<QuestionKind, Map<String, Double>> byKind = new EnumMap<>(weights(id).byKind());
            finalFit.graded().forEach((k, lin) -> byKind.put(k, asMap(lin)));
            return new ScoringWeights(id, byKind, nearestConfidence != null ? nearestConfidence : confidence);
        }
    }

    private final Options options;

    public Tuner(Options options) {
        this.options = options;
    }

    public Result run(FeatureTable table) {
        List<Row> train = new ArrayList<>();
        Map<String, List<Row>> heldOutRows = new LinkedHashMap<>();
        for (Row r : table.rows()) {
            if (options.trainSplit() == null || options.trainSplit().equals(r.answer().split())) {
                train.add(r);
            } else {
                heldOutRows.computeIfAbsent(String.valueOf(r.answer().split()), k -> new ArrayList<>()).add(r);
            }
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training answers" + (options.trainSplit() == null ? ""
                    : " in split '" + options.trainSplit() + "'"));
        }
        List<String> labels = train.stream().allMatch(r -> r.answer().label() != null)
                ? List.copyOf(new TreeSet<>(train.stream().map(r -> r.answer().label()).toList())) : List.of();

        Evaluated before = evaluated("default weights", train.stream().map(Tuner::defaultPrediction).toList(), labels);

        // Cross-validation on the training answers.
        int k = Math.max(2, Math.min(options.folds(), groupCount(train)));
        Map<Row, Prediction> base = new java.util.IdentityHashMap<>();
        Map<Row, Prediction> near = new java.util.IdentityHashMap<>();
        forEachFold(train, k, (fit, test) -> {
            Fitted fitted = fit(fit, labels, options.nearest());
            for (Row r : test) {
                base.put(r, predict(fitted, r, false));
                if (options.nearest()) {
                    near.put(r, predict(fitted, r, true));
                }
            }
        });
        List<Prediction> cvBase = train.stream().map(base::get).filter(Objects::nonNull).toList();
        Evaluated cvB = evaluated("tuned, cross-validated", cvBase, labels);
        Evaluated cvN = options.nearest()
                ? evaluated("tuned + nearest graded, CV", train.stream().map(near::get).filter(Objects::nonNull).toList(),
                labels)
                : null;

        ConfidenceTable confidence = confidence(cvBase);
        ConfidenceTable nearestConfidence = cvN != null ? confidence(cvN.predictions()) : null;
        Fitted finalFit = fit(train, labels, options.nearest() || options.trainSplit() != null);

        Map<String, Evaluated> heldBefore = new LinkedHashMap<>();
        Map<String, Evaluated> held = new LinkedHashMap<>();
        heldOutRows.forEach((split, rows) -> {
            heldBefore.put(split, evaluated(split + ", default", rows.stream().map(Tuner::defaultPrediction).toList(),
                    labels));
            held.put(split, evaluated(split + ", tuned", rows.stream().map(r -> predict(finalFit, r, true)).toList(),
                    labels));
        });
        return new Result(before, cvB, cvN, heldBefore, held, finalFit, confidence, nearestConfidence, labels, k);
    }

    private static int groupCount(List<Row> rows) {
        return (int) rows.stream().map(r -> r.answer().group()).distinct().count();
    }

    /**
     * Calls {@code body} with each fold's training and held-out rows: the groups in sorted order,
     * shuffled with the seed, dealt round-robin into {@code k} folds (folds left empty are skipped).
     */
    private void forEachFold(List<Row> rows, int k, java.util.function.BiConsumer<List<Row>, List<Row>> body) {
        List<String> groups = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r.answer().group()).toList()));
        Collections.shuffle(groups, new Random(options.seed()));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % k);
        }
        for (int f = 0; f < k; f++) {
            int fold = f;
            List<Row> fit = rows.stream().filter(r -> foldOf.get(r.answer().group()) != fold).toList();
            List<Row> held = rows.stream().filter(r -> foldOf.get(r.answer().group()) == fold).toList();
            if (!fit.isEmpty() && !held.isEmpty()) {
                body.accept(fit, held);
            }
        }
    }

    static Map<String, Double> asMap(Ridge.Linear lin) {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put(ScoringWeights.INTERCEPT, round(lin.intercept()));
        for (int j = 0; j < lin.features().size(); j++) {
            w.put(lin.features().get(j), round(lin.weights()[j]));
        }
        return w;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static ConfidenceTable confidence(List<Prediction> predictions) {
        double[] raw = new double[predictions.size()];
        boolean[] agreed = new boolean[predictions.size()];
        for (int i = 0; i < raw.length; i++) {
            Prediction p = predictions.get(i);
            raw[i] = p.raw();
            agreed[i] = Math.abs(p.raw() - p.row().humanShare()) <= TOLERANCE + 1e-9
                    || Math.abs(p.score() - p.human()) <= TOLERANCE * span(p.row()) + 1e-9;
        }
        return ConfidenceTable.fit(raw, agreed, TOLERANCE, CONFIDENCE_BINS);
    }

    private static double span(Row r) {
        return r.question().scale().max() - r.question().scale().min();
    }

    /** Fits base (and, when {@code nearest}, nearest-graded) models on {@code rows}. */
    public Fitted fit(List<Row> rows, List<String> labels, boolean nearest) {
        NearestGraded ng = nearest ? new NearestGraded(rows, labels) : null;
        Map<Row, Map<String, Double>> extra = new java.util.IdentityHashMap<>();
        if (ng != null) {
            for (Row r : rows) {
                extra.put(r, ng.features(r.answer().id(), r.answer().questionId(), r.answer().text()));
            }
        }
        Map<QuestionKind, Ridge.Linear> base = new EnumMap<>(QuestionKind.class);
        Map<QuestionKind, Ridge.Linear> graded = new EnumMap<>(QuestionKind.class);
        Map<QuestionKind, Double> dampings = new EnumMap<>(QuestionKind.class);
        for (QuestionKind kind : QuestionKind.values()) {
            List<Row> of = rows.stream().filter(r -> r.question().kind() == kind).toList();
            if (of.size() < MIN_ROWS_PER_KIND) {
                continue;
            }
            List<String> names = present(TuningFeatures.forKind(kind), of);
            Ridge.Linear prior = options.prior().towardDefaults(kind) ? defaults(kind) : null;
            // the nearest-graded model keeps the same share: choosing its own would rebuild the neighbours per inner fold
            double damping = prior == null ? 1 : damping(names, of, prior);
            dampings.put(kind, damping);
            base.put(kind, regress(names, of, Map.of(), prior, damping));
            if (ng != null) {
                List<String> withNearest = new ArrayList<>(names);
                withNearest.addAll(ng.names().subList(0, 3));
                graded.put(kind, regress(withNearest, of, extra, prior, damping));
            }
        }
        Softmax.Model lb = null;
        Softmax.Model lg = null;
        if (!labels.isEmpty()) {
            List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(rows.stream()
                    .flatMap(r -> TuningFeatures.forLabels(r.question().kind()).stream()).toList()));
            names = present(names, rows);
            lb = classify(labels, names, rows, Map.of());
            if (ng != null) {
                List<String> withNearest = new ArrayList<>(names);
                withNearest.addAll(ng.names());
                lg = classify(labels, withNearest, rows, extra);
            }
        }
        return new Fitted(base, graded, lb, lg, ng, dampings);
    }

    private static List<String> present(List<String> names, List<Row> rows) {
        return names.stream().filter(n -> rows.stream().anyMatch(r -> r.features().containsKey(
                n.startsWith("sqrt(") ? n.substring(5, n.length() - 1) : n))).toList();
    }

    private static double[] vector(List<String> names, Row r, Map<String, Double> extra) {
        double[] x = new double[names.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = dev.assay.engine.scoring.FeatureTerm.value(names.get(j), n -> {
                Double v = extra.containsKey(n) ? extra.get(n) : r.features().get(n);
                return v == null ? 0 : v;
            });
        }
        return x;
    }

    /**
     * Ridge fit of the human shares. With a {@code prior} the fit is of what the prior leaves unexplained,
     * and the result is prior + fit: the penalty then shrinks toward the prior instead of toward zero, so
     * a kind with few graded questions (the interview set has 5–9 per kind) stays near the hand-set
     * defaults unless its grades say otherwise, while a large set (Mohler's 2,273) moves as far as it needs.
     */
    private Ridge.Linear regress(List<String> names, List<Row> rows, Map<Row, Map<String, Double>> extra,
                                 Ridge.Linear prior, double damping) {
        Ridge.Linear fit = correction(names, rows, extra, prior);
        return prior == null ? fit : prior.plus(fit.times(damping));
    }

    /** Ridge fit of what {@code prior} (may be null) leaves of the human shares unexplained. */
    private Ridge.Linear correction(List<String> names, List<Row> rows, Map<Row, Map<String, Double>> extra,
                                    Ridge.Linear prior) {
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = vector(names, rows.get(i), extra.getOrDefault(rows.get(i), Map.of()));
            y[i] = rows.get(i).humanShare() - (prior == null ? 0 : prior.apply(rows.get(i).features()));
        }
        return Ridge.fit(names, x, y, options.lambda());
    }

    /** The share of the fitted correction to the prior that is kept, tried in this order (ties keep the first). */
    static final double[] DAMPINGS = {1.0, 0.75, 0.5, 0.25, 0.0};

    /**
     * How much of the fit's correction to the prior to keep, chosen by cross-validation inside
     * {@code rows} (folds grouped as the outer ones are): the damping whose held-out predictions, on
     * the scale and after the flags' rules, have the least squared error. A fit on a few questions
     * often corrects the prior by more than holds on the next question; then a half or none of the
     * correction predicts better. With fewer than three groups there is nothing to choose on: 1.
     */
    double damping(List<String> names, List<Row> rows, Ridge.Linear prior) {
        if (groupCount(rows) < 3) {
            return 1;
        }
        double[] sse = new double[DAMPINGS.length];
        forEachFold(rows, Math.min(options.folds(), groupCount(rows)), (fit, held) -> {
            Ridge.Linear correction = correction(names, fit, Map.of(), prior);
            for (Row r : held) {
                double p = prior.apply(r.features());
                double c = correction.apply(r.features());
                for (int d = 0; d < DAMPINGS.length; d++) {
                    double raw = Math.max(0, Math.min(1, p + DAMPINGS[d] * c));
                    double e = Scorer.withFlags(raw, r.flags(), r.question().kind(), r.words()) - r.humanShare();
                    sse[d] += e * e;
                }
            }
        });
        int best = 0;
        for (int d = 1; d < DAMPINGS.length; d++) {
            if (sse[d] < sse[best] - 1e-12) {
                best = d;
            }
        }
        return DAMPINGS[best];
    }

    /** The default weights of a kind as a linear function (unclamped, as the fit sees it). */
    static Ridge.Linear defaults(QuestionKind kind) {
        Map<String, Double> w = ScoringWeights.defaults().forKind(kind);
        List<String> names = w.keySet().stream().filter(n -> !n.equals(ScoringWeights.INTERCEPT)).toList();
        return new Ridge.Linear(names, w.getOrDefault(ScoringWeights.INTERCEPT, 0.0),
                names.stream().mapToDouble(w::get).toArray());
    }

    private Softmax.Model classify(List<String> labels, List<String> names, List<Row> rows,
                                   Map<Row, Map<String, Double>> extra) {
        double[][] x = new double[rows.size()][];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = vector(names, rows.get(i), extra.getOrDefault(rows.get(i), Map.of()));
            y[i] = labels.indexOf(rows.get(i).answer().label());
        }
        return Softmax.fit(labels, names, x, y, options.lambda());
    }

    /** The prediction of a fit for one row; {@code nearest}: use the nearest-graded model where it covers the question. */
    public static Prediction predict(Fitted fitted, Row r, boolean nearest) {
        Map<String, Double> x = r.features();
        boolean useNearest = nearest && fitted.nearest() != null && fitted.nearest().covers(r.answer().questionId());
        if (useNearest) {
            x = new HashMap<>(x);
            x.putAll(fitted.nearest().features(r.answer().id(), r.answer().questionId(), r.answer().text()));
        }
        QuestionKind kind = r.question().kind();
        Ridge.Linear lin = useNearest && fitted.graded().containsKey(kind) ? fitted.graded().get(kind)
                : fitted.base().get(kind);
        double raw;
        if (lin == null) {
            raw = new Scorer(ScoringWeights.defaults()).raw(r.question(), features(r.features()));
        } else {
            raw = Math.max(0, Math.min(1, lin.apply(x)));
        }
        // Rounded as an Evaluation's score is, so that tune measures the scores grade writes.
        double score = Math.round(100 * r.question().scale().clamp(
                r.toScale(Scorer.withFlags(raw, r.flags(), r.question().kind(), r.words())))) / 100.0;
        String label = null;
        Softmax.Model m = useNearest && fitted.labelsGraded() != null ? fitted.labelsGraded() : fitted.labelsBase();
        if (m != null) {
            label = m.predict(x);
        }
        return new Prediction(r, raw, score, label);
    }

    private static dev.assay.engine.features.Features features(Map<String, Double> m) {
        dev.assay.engine.features.Features f = new dev.assay.engine.features.Features();
        m.forEach(f::put);
        return f;
    }

    static Prediction defaultPrediction(Row r) {
        double share = span(r) <= 0 ? 0 : (r.defaultScore() - r.question().scale().min()) / span(r);
        return new Prediction(r, share, r.defaultScore(), labelOf(r, r.defaultScore()));
    }

    /** The band of the score, when the scale's bands name labels (SemEval): the nearest band's name. */
    static String labelOf(Row r, double score) {
        Band best = null;
        for (Band b : r.question().scale().bands()) {
            if (best == null || Math.abs(b.min() - score) < Math.abs(best.min() - score)) {
                best = b;
            }
        }
        return best == null ? null : best.name();
    }

    static Evaluated evaluated(String name, List<Prediction> ps, List<String> labels) {
        double[] e = ps.stream().mapToDouble(Prediction::score).toArray();
        double[] h = ps.stream().mapToDouble(Prediction::human).toArray();
        int min = (int) Math.floor(ps.stream().mapToDouble(p -> p.row().question().scale().min()).min().orElse(0));
        int max = (int) Math.ceil(ps.stream().mapToDouble(p -> p.row().question().scale().max()).max().orElse(1));
        Agreement a = Agreement.of(e, h, min, max);
        LabelAgreement la = null;
        if (!labels.isEmpty() && ps.stream().allMatch(p -> p.label() != null && p.row().answer().label() != null)) {
            la = LabelAgreement.of(ps.stream().map(Prediction::label).toList(),
                    ps.stream().map(p -> p.row().answer().label()).toList());
        }
        return new Evaluated(name, ps, a, la);
    }

    /** The {@code n} predictions farthest from the human grade (largest error first, then id). */
    public static List<Prediction> disagreements(List<Prediction> ps, int n) {
        return ps.stream().sorted(Comparator.comparingDouble(Prediction::error).reversed()
                .thenComparing(p -> p.row().answer().id())).limit(n).toList();
    }
}
