package dev.assay.cli.report;

import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Flag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The figures of the report, computed once from the joined data; the page only lays them out. */
final class ReportStats {

    /** Criterion kinds whose credit says whether the answer has something: listed under coverage. */
    static final List<String> COVERAGE_KINDS = List.of("star", "concept", "structure", "misconception");
    /**
     * At or above this credit a criterion counts as credited: half of what it can earn. (A concept's
     * credit is 0 unless the matcher finds it covered, and then at least its coverage threshold.)
     */
    static final double CREDITED = 0.5;
    static final int DISAGREEMENTS = 20;
    static final int BINS = 10;

    /** Scores of one question (or all) in {@link #BINS} equal bins over the scale; the last bin holds the maximum. */
    record Histogram(String scope, double min, double max, int[] counts) {
        double binWidth() {
            return (max - min) / counts.length;
        }
    }

    /**
     * How often one criterion of one question got credit.
     *
     * @param credited answers with credit ≥ {@link #CREDITED} (for a misconception: answers that state it)
     * @param missing  ids of the answers without it (for a misconception: the ones that state it)
     */
    record Coverage(String questionId, String criterionId, String label, String kind, int n, int credited,
                    double meanCredit, List<String> missing) {
        double share() {
            return n == 0 ? Double.NaN : credited / (double) n;
        }

        /** Share of answers lacking what the criterion asks (for a misconception: stating it). */
        double missedShare() {
            return "misconception".equals(kind) ? share() : 1 - share();
        }
    }

    /** One engine–human pair. */
    record Pair(String id, String questionId, double engine, double human) {
        double diff() {
            return engine - human;
        }
    }

    /** Agreement on a subset of pairs, on the integer scale min–max. */
    record Scoped(String scope, int min, int max, Agreement agreement) {
    }

    /**
     * A criterion compared with the human grades.
     *
     * @param meanHumanCredited mean human grade of the answers where the engine credited the criterion
     * @param meanHumanMissed   mean human grade of the answers where it did not
     * @param pointKey          the raters' point this criterion is compared with ({@code S}, {@code 3}…), or
     *                          null when the raters listed no points for the question
     * @param humanShare        share of answers where at least half the raters listed that point
     * @param match             share of answers where engine (credited) and raters (listed) agree
     * @param kappa             Cohen's kappa of the two yes/no judgements
     */
    record CriterionAgreement(String questionId, String criterionId, String label, String kind, int n,
                              double engineShare, double meanHumanCredited, double meanHumanMissed, String pointKey,
                              double humanShare, double match, double kappa) {
    }

    /** The engine × human matrix of rounded scores, rows = engine, columns = human; ids per cell. */
    record Confusion(int min, int max, int[][] counts, List<List<List<String>>> ids) {
    }

    final List<Histogram> histograms = new ArrayList<>();
    final Map<String, Map<String, Integer>> bandsByQuestion = new LinkedHashMap<>();
    /** Answers per band, every band of the bank's scales and every band seen, lowest band first. */
    final Map<String, Integer> bands = new LinkedHashMap<>();
    final List<Coverage> coverage = new ArrayList<>();
    final Map<Flag, List<String>> flags = new EnumMap<>(Flag.class);
    final List<ReportData.Entry> review = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    final List<Scoped> agreements = new ArrayList<>();
    Scoped overall;
    Scoped raterVsRater;
    Confusion confusion;
    final List<CriterionAgreement> criteria = new ArrayList<>();
    final List<Pair> disagreements = new ArrayList<>();
    final double scaleMin;
    final double scaleMax;

    ReportStats(ReportData data) {
        double lo = data.questions.values().stream().mapToDouble(ReportData.QuestionInfo::min).min().orElse(0);
        double hi = data.questions.values().stream().mapToDouble(ReportData.QuestionInfo::max).max().orElse(5);
        scaleMin = lo;
        scaleMax = hi > lo ? hi : lo + 1;
        distributions(data);
        coverage(data);
        for (ReportData.Entry e : data.entries) {
            for (Flag f : e.evaluation().flags()) {
                flags.computeIfAbsent(f, k -> new ArrayList<>()).add(e.id());
            }
            if (e.evaluation().flags().contains(Flag.NEEDS_HUMAN_REVIEW)) {
                review.add(e);
            }
        }
        review.sort(Comparator.comparingDouble((ReportData.Entry e) -> e.evaluation().confidence())
                .thenComparing(ReportData.Entry::id));
        if (data.hasGrades) {
            agreement(data);
        }
    }

    private void distributions(ReportData data) {
        histograms.add(histogram("all", scaleMin, scaleMax, data.entries));
        for (ReportData.QuestionInfo q : data.questions.values()) {
            List<ReportData.Entry> of = data.entries.stream().filter(e -> e.evaluation().questionId().equals(q.id())).toList();
            histograms.add(histogram(q.id(), q.min(), q.max() > q.min() ? q.max() : q.min() + 1, of));
            Map<String, Integer> counts = new LinkedHashMap<>();
            q.bands().forEach(b -> counts.put(b.name(), 0));
            for (ReportData.Entry e : of) {
                counts.merge(bandName(e.evaluation()), 1, Integer::sum);
            }
            bandsByQuestion.put(q.id(), counts);
        }
        // All bands, lowest first: where each starts on its scale (from 0 at the bottom to 1 at the top),
        // from the bank's scales, else from the lowest score seen in it.
        Map<String, Double> start = new LinkedHashMap<>();
        for (ReportData.QuestionInfo q : data.questions.values()) {
            q.bands().forEach(b -> start.merge(b.name(), share(b.min(), q.min(), q.max()), Math::min));
        }
        Map<String, Double> lowest = new LinkedHashMap<>();
        for (ReportData.Entry e : data.entries) {
            Evaluation ev = e.evaluation();
            lowest.merge(bandName(ev), share(ev.score(), ev.min(), ev.max()), Math::min);
        }
        lowest.forEach(start::putIfAbsent);
        start.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(en -> bands.put(en.getKey(), 0));
        data.entries.forEach(e -> bands.merge(bandName(e.evaluation()), 1, Integer::sum));
    }

    /** Where {@code x} lies on the scale min–max, 0 at the bottom, 1 at the top. */
    private static double share(double x, double min, double max) {
        return max > min ? (x - min) / (max - min) : 0;
    }

    static String bandName(Evaluation e) {
        return e.band() == null ? "(no band)" : e.band();
    }

    static Histogram histogram(String scope, double min, double max, List<ReportData.Entry> entries) {
        int[] counts = new int[BINS];
        double w = (max - min) / BINS;
        for (ReportData.Entry e : entries) {
            int b = (int) Math.floor((e.evaluation().score() - min) / w);
            counts[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return new Histogram(scope, min, max, counts);
    }

    private void coverage(ReportData data) {
        Map<String, List<Object[]>> byKey = new LinkedHashMap<>(); // "q\u0000criterion" -> [entry, criterion]
        for (ReportData.Entry e : data.entries) {
            for (Criterion c : e.evaluation().criteria()) {
                if (COVERAGE_KINDS.contains(c.kind())) {
                    byKey.computeIfAbsent(e.evaluation().questionId() + '\u0000' + c.id(), k -> new ArrayList<>())
                            .add(new Object[] {e, c});
                }
            }
        }
        for (List<Object[]> rows : byKey.values()) {
            ReportData.Entry first = (ReportData.Entry) rows.get(0)[0];
            Criterion c0 = (Criterion) rows.get(0)[1];
            int credited = 0;
            double sum = 0;
            List<String> missing = new ArrayList<>();
            for (Object[] r : rows) {
                Criterion c = (Criterion) r[1];
                boolean yes = credited(c);
                credited += yes ? 1 : 0;
                sum += c.credit();
                if (yes == "misconception".equals(c.kind())) {
                    missing.add(((ReportData.Entry) r[0]).id());
                }
            }
            coverage.add(new Coverage(first.evaluation().questionId(), c0.id(), c0.label(), c0.kind(), rows.size(),
                    credited, sum / rows.size(), missing));
        }
    }

    /** Credited: credit at or above the threshold; a misconception counts when the answer states it (credit above 0). */
    static boolean credited(Criterion c) {
        return "misconception".equals(c.kind()) ? c.credit() > 0 : c.credit() >= CREDITED;
    }

    /** Coverage rows sorted by how often answers miss them, most missed first. */
    List<Coverage> mostMissed() {
        return coverage.stream().sorted(Comparator.comparingDouble(Coverage::missedShare).reversed()
                .thenComparing(Coverage::questionId).thenComparing(Coverage::criterionId)).toList();
    }

    private void agreement(ReportData data) {
        for (ReportData.Entry e : data.graded()) {
            pairs.add(new Pair(e.id(), e.evaluation().questionId(), e.evaluation().score(), e.human().mean()));
        }
        int min = (int) Math.floor(scaleMin);
        int max = (int) Math.ceil(scaleMax);
        overall = scoped("all answers", min, max, p -> true);
        for (ReportData.QuestionInfo q : data.questions.values()) {
            if (pairs.stream().anyMatch(p -> p.questionId().equals(q.id()))) {
                agreements.add(scoped(q.id(), (int) Math.floor(q.min()), (int) Math.ceil(q.max()),
                        p -> p.questionId().equals(q.id())));
            }
        }
        if (data.raters.size() >= 2) {
            raterVsRater = raters(data, data.raters.get(0), data.raters.get(1), min, max);
        }
        confusion = confusion(min, max);
        criteria(data);
        pairs.stream().sorted(Comparator.comparingDouble((Pair p) -> -Math.abs(p.diff())).thenComparing(Pair::id))
                .limit(DISAGREEMENTS).forEach(disagreements::add);
    }

    private Scoped scoped(String scope, int min, int max, Predicate<Pair> which) {
        List<Pair> ps = pairs.stream().filter(which).toList();
        return new Scoped(scope, min, max, Agreement.of(ps.stream().mapToDouble(Pair::engine).toArray(),
                ps.stream().mapToDouble(Pair::human).toArray(), min, max));
    }

    private static Scoped raters(ReportData data, String a, String b, int min, int max) {
        List<double[]> xs = new ArrayList<>();
        for (ReportData.Entry e : data.graded()) {
            Double sa = null;
            Double sb = null;
            for (HumanGrades.RaterScore r : e.human().raters()) {
                if (r.rater().equals(a)) {
                    sa = r.score();
                } else if (r.rater().equals(b)) {
                    sb = r.score();
                }
            }
            if (sa != null && sb != null) {
                xs.add(new double[] {sa, sb});
            }
        }
        return new Scoped("rater " + a + " vs rater " + b, min, max, Agreement.of(
                xs.stream().mapToDouble(x -> x[0]).toArray(), xs.stream().mapToDouble(x -> x[1]).toArray(), min, max));
    }

    /** The same rounding as {@link Agreement}: to the nearest whole point, clamped to the scale. */
    static int rounded(double score, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(score)));
    }

    private Confusion confusion(int min, int max) {
        int k = max - min + 1;
        int[][] counts = new int[k][k];
        List<List<List<String>>> ids = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<List<String>> row = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                row.add(new ArrayList<>());
            }
            ids.add(row);
        }
        for (Pair p : pairs) {
            int e = rounded(p.engine(), min, max) - min;
            int h = rounded(p.human(), min, max) - min;
            counts[e][h]++;
            ids.get(e).get(h).add(p.id());
        }
        return new Confusion(min, max, counts, ids);
    }

    private void criteria(ReportData data) {
        Map<String, List<Object[]>> byKey = new LinkedHashMap<>();
        for (ReportData.Entry e : data.graded()) {
            for (Criterion c : e.evaluation().criteria()) {
                if (COVERAGE_KINDS.contains(c.kind())) {
                    byKey.computeIfAbsent(e.evaluation().questionId() + '\u0000' + c.id(), k -> new ArrayList<>())
                            .add(new Object[] {e, c});
                }
            }
        }
        for (List<Object[]> rows : byKey.values()) {
            ReportData.Entry first = (ReportData.Entry) rows.get(0)[0];
            Criterion c0 = (Criterion) rows.get(0)[1];
            String q = first.evaluation().questionId();
            String key = pointKey(c0, data.questions.get(q));
            boolean pointsGiven = key != null && rows.stream().anyMatch(r -> ((ReportData.Entry) r[0]).human().raters()
                    .stream().anyMatch(HumanGrades.RaterScore::hasPoints));
            int n = rows.size();
            int engineYes = 0;
            double sumCredited = 0;
            int nCredited = 0;
            double sumMissed = 0;
            int nMissed = 0;
            int humanYes = 0;
            int same = 0;
            int withPoints = 0;
            for (Object[] r : rows) {
                ReportData.Entry e = (ReportData.Entry) r[0];
                boolean yes = credited((Criterion) r[1]);
                double h = e.human().mean();
                if (yes) {
                    engineYes++;
                    sumCredited += h;
                    nCredited++;
                } else {
                    sumMissed += h;
                    nMissed++;
                }
                if (pointsGiven) {
                    List<HumanGrades.RaterScore> listing = e.human().raters().stream()
                            .filter(HumanGrades.RaterScore::hasPoints).toList();
                    if (listing.isEmpty()) {
                        continue;
                    }
                    long listed = listing.stream().filter(rs -> rs.points().contains(key)).count();
                    boolean human = 2 * listed >= listing.size();
                    withPoints++;
                    humanYes += human ? 1 : 0;
                    same += human == yes ? 1 : 0;
                }
            }
            double match = Double.NaN;
            double kappa = Double.NaN;
            double humanShare = Double.NaN;
            if (pointsGiven && withPoints > 0) {
                int engineYesP = 0;
                for (Object[] r : rows) {
                    ReportData.Entry e = (ReportData.Entry) r[0];
                    if (e.human().raters().stream().anyMatch(HumanGrades.RaterScore::hasPoints)
                            && credited((Criterion) r[1])) {
                        engineYesP++;
                    }
                }
                double po = same / (double) withPoints;
                double pe = (engineYesP / (double) withPoints) * (humanYes / (double) withPoints)
                        + (1 - engineYesP / (double) withPoints) * (1 - humanYes / (double) withPoints);
                match = po;
                kappa = pe >= 1 ? (po >= 1 ? 1.0 : Double.NaN) : (po - pe) / (1 - pe);
                humanShare = humanYes / (double) withPoints;
            }
            criteria.add(new CriterionAgreement(q, c0.id(), c0.label(), c0.kind(), n, engineYes / (double) n,
                    nCredited == 0 ? Double.NaN : sumCredited / nCredited,
                    nMissed == 0 ? Double.NaN : sumMissed / nMissed,
                    pointsGiven ? key : null, humanShare, match, kappa));
        }
    }

    /**
     * The raters' point a criterion answers to: {@code star.S} → {@code "S"}; the n-th concept of the
     * question in rubric order → {@code "n"}. Other criteria have none.
     */
    static String pointKey(Criterion c, ReportData.QuestionInfo q) {
        if ("star".equals(c.kind()) && c.id().startsWith("star.")) {
            return c.id().substring("star.".length());
        }
        if ("concept".equals(c.kind()) && q != null) {
            int i = q.concepts().indexOf(c.id());
            return i < 0 ? null : String.valueOf(i + 1);
        }
        return null;
    }
}
