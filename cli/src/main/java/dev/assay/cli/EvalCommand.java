package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Grader;
import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.agreement.LabelAgreement;
import dev.assay.engine.batch.OrderedPool;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.scoring.ScoringWeights;
import dev.assay.engine.scoring.WeightsFile;
import dev.assay.engine.tuning.GradedAnswer;
import dev.assay.engine.tuning.TunedModel;
import dev.assay.rubric.model.Band;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay eval}: grades a graded set (or one split of it) and prints agreement with the humans. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {"Grades every answer of a graded-answers file (or of one --split) with the default or tuned"
                + " weights, exactly as grade would, and prints agreement with the human grades: QWK, Pearson,"
                + " Spearman, RMSE, exact and adjacent (accuracy, macro-F1 and weighted-F1 for labels). Says how many"
                + " answers the nearest-graded model scored and how many the weights were tuned on (in-sample). With"
                + " --review-below, also the agreement on the answers kept and the share routed to humans."},
        footer = {"",
                "Examples:",
                "  ./assay eval --bank work/saf/bank.yaml --answers work/saf/answers.jsonl \\",
                "      --weights work/saf-weights.json --split unseen_answers --review-below 0.6",
                "",
                "Exit status: 0 with the figures; 2 when the bank, the answers file (a missing CSV column, say) or",
                "the weights cannot be used, an option is out of range, or no graded answer is found."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "BANK") Path bank;
    @Option(names = "--answers", required = true, paramLabel = "GRADED") Path answers;
    @Option(names = "--weights", paramLabel = "W", description = "Tuned weights (default: the built-in weights).")
    Path weightsFile;
    @Option(names = "--split", paramLabel = "NAME", description = "Only the answers of this split.") String split;
    @Option(names = "--review-below", paramLabel = "X", description = "Route answers with confidence (0 to 1) below X to humans.")
    double reviewBelow;
    @Option(names = "--json", description = "Print the figures as one JSON object.") boolean json;
    @Mixin ModeOption mode;
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Optional<String> badReview = GradeCommand.reviewBelowProblem(reviewBelow);
        if (badReview.isPresent()) {
            err.println("assay: " + badReview.get());
            return 2;
        }
        Optional<QuestionBank> loaded = BankLoading.load(bank, err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Optional<TunedModel> tuned = WeightsLoading.load(weightsFile, loaded.get(), err);
        if (tuned.isEmpty()) {
            return 2;
        }
        TunedModel model = tuned.get();
        List<GradedAnswer> data = GradedData.read(answers, loaded.get(), GradedData.GroupBy.ANSWER, split, err);
        if (data.isEmpty()) {
            String known = "";
            if (split != null) {
                // a mistyped split name: say which the file has
                java.util.Set<String> splits = new java.util.TreeSet<>();
                GradedData.read(answers, loaded.get(), GradedData.GroupBy.ANSWER, null,
                        new PrintWriter(java.io.Writer.nullWriter())).forEach(a -> splits.add(String.valueOf(a.split())));
                known = splits.isEmpty() ? "" : "; its splits: " + String.join(", ", splits);
            }
            err.println("assay: no graded answers" + (split == null ? "" : " in split '" + split + "'") + " in " + answers
                    + known);
            return 2;
        }
        ScoringWeights weights = model.weights();
        Grader grader = model.grader(loaded.get(), reviewBelow, mode.resolve(model, err));
        List<Evaluation> evals = new ArrayList<>(data.size());
        try (OrderedPool pool = new OrderedPool(threads)) {
            pool.run(data.iterator(), a -> grader.grade(a.id(), a.questionId(), a.text()), evals::add);
        }
        long nearest = data.stream().filter(a -> model.covers(a.questionId())).count();
        boolean tuningFile = weightsFile != null && model.tunedOnFile(GradedData.sha256(answers));
        long inSample = data.stream().filter(a -> model.inSample(a.id(), a.questionId(), a.text(), a.split(), tuningFile))
                .count();
        Figures all = figures(data, evals, loaded.get(), model, false);
        Figures kept = reviewBelow > 0 ? figures(data, evals, loaded.get(), model, true) : null;
        long routed = evals.stream().filter(e -> e.flags().contains(Flag.NEEDS_HUMAN_REVIEW)).count();
        double routedShare = routed / (double) evals.size();
        String name = split == null ? "all" : split;
        if (json) {
            ObjectMapper m = WeightsFile.mapper();
            ObjectNode d = m.createObjectNode();
            d.put("answers", answers.toString());
            d.put("split", split);
            d.put("weights", weights.id());
            d.put("mode", ModeOption.name(grader.mode()));
            d.put("labels_from", model.hasLabelModel() ? "label_model" : "score_band");
            if (model.hasNearestGraded()) {
                d.put("nearest_graded_answers", nearest);
            }
            if (weightsFile != null) {
                d.put("in_sample", inSample);
            }
            d.set("all", TuneCommand.metricsOf(m, all.agreement, all.labels));
            if (kept != null) {
                d.put("review_below", reviewBelow);
                d.put("routed_to_humans", routed);
                d.put("routed_share", routedShare);
                d.set("kept", TuneCommand.metricsOf(m, kept.agreement, kept.labels));
            }
            o.println(m.writeValueAsString(d));
        } else {
            o.printf("%s, split %s, weights %s, %s mode%n", answers, name, weights.id(), ModeOption.name(grader.mode()));
            if (model.hasNearestGraded()) {
                o.printf(Locale.ROOT, "model: nearest graded answers for %d answers (their questions have graded answers"
                        + " in the weights), features only for %d%n", nearest, data.size() - nearest);
            }
            if (inSample > 0) {
                o.printf(Locale.ROOT, "in-sample: %d of these %d answers were tuned on (%s)%n", inSample, data.size(),
                        model.hasNearestGraded() ? "each one's own grade is left out of its nearest graded answers,"
                                + " but the weights were fitted with it" : "the weights were fitted with them");
            }
            o.println();
            o.println(Agreement.header());
            o.println(all.agreement.row(name));
            if (kept != null) {
                o.println(kept.agreement.row(name + ", kept"));
            }
            if (all.labels != null) {
                o.println();
                o.println(model.hasLabelModel() ? "labels: the tuned label model's (as grade writes them)"
                        : "labels: each score's nearest band (these weights have no label model)");
                o.println(LabelAgreement.header());
                o.println(all.labels.row(name));
                if (kept != null) {
                    o.println(kept.labels.row(name + ", kept"));
                }
            }
            if (kept != null) {
                o.printf(Locale.ROOT, "%nrouted to humans (confidence below %.2f): %d of %d (%.1f%%)%n", reviewBelow,
                        routed, evals.size(), 100 * routedShare);
            }
        }
        o.flush();
        return 0;
    }

    private record Figures(Agreement agreement, LabelAgreement labels) {
    }

    private static Figures figures(List<GradedAnswer> data, List<Evaluation> evals, QuestionBank bank,
                                   TunedModel model, boolean keptOnly) {
        List<Double> e = new ArrayList<>();
        List<Double> h = new ArrayList<>();
        List<String> el = new ArrayList<>();
        List<String> hl = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < data.size(); i++) {
            Evaluation ev = evals.get(i);
            if (keptOnly && ev.flags().contains(Flag.NEEDS_HUMAN_REVIEW)) {
                continue;
            }
            GradedAnswer a = data.get(i);
            e.add(ev.score());
            h.add(a.grade());
            min = Math.min(min, ev.min());
            max = Math.max(max, ev.max());
            if (a.label() != null) {
                hl.add(a.label());
                String predicted = model.label(ev);
                el.add(predicted != null ? predicted
                        : nearestBand(bank.question(a.questionId()).orElseThrow(), ev.score()));
            }
        }
        if (e.isEmpty()) {
            return new Figures(Agreement.of(new double[0], new double[0], 0, 1), null);
        }
        Agreement ag = Agreement.of(e.stream().mapToDouble(Double::doubleValue).toArray(),
                h.stream().mapToDouble(Double::doubleValue).toArray(), (int) Math.floor(min), (int) Math.ceil(max));
        LabelAgreement la = hl.size() == e.size() && el.stream().allMatch(x -> x != null) ? LabelAgreement.of(el, hl) : null;
        return new Figures(ag, la);
    }

    private static String nearestBand(Question q, double score) {
        Band best = null;
        for (Band b : q.scale().bands()) {
            if (best == null || Math.abs(b.min() - score) < Math.abs(best.min() - score)) {
                best = b;
            }
        }
        return best == null ? null : best.name();
    }
}
