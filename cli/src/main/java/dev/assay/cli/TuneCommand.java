package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.EngineVersion;
import dev.assay.engine.Grader;
import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.agreement.LabelAgreement;
import dev.assay.engine.evaluation.RubricHash;
import dev.assay.engine.scoring.ScoringWeights;
import dev.assay.engine.scoring.WeightsFile;
import dev.assay.engine.tuning.FeatureTable;
import dev.assay.engine.tuning.GradedAnswer;
import dev.assay.engine.tuning.Tuner;
import dev.assay.rubric.model.QuestionBank;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay tune}: fits the engine's feature weights to human grades, cross-validated, and writes them. */
@Command(name = "tune",
        mixinStandardHelpOptions = true,
        description = {"Fits the combination of the engine's named features to the human grades of a graded-answers"
                + " file (ridge regression; multinomial logistic regression for labels), cross-validated with folds"
                + " that never split a group. Prints agreement before (default weights) and after, the answers where"
                + " engine and humans disagree most, and writes the weights with their provenance."},
        footer = {"",
                "Grouping: question (unseen questions), answer (unseen answers: adds the nearest-graded-answers",
                "feature), split (the file's split field, e.g. Mohler's assignments a1…a12).",
                "With --train-split, fits on that split only and reports every other split as held out.",
                "With either, the weights file embeds the graded training answers (id, question, text, grade,",
                "label), so that grade and eval --weights score their questions with the model reported here.",
                "",
                "Examples:",
                "  ./assay tune --bank work/mohler/bank.yaml --answers work/mohler/answers.jsonl --folds 12 \\",
                "      --group-by split --out work/mohler-weights.json",
                "  ./assay tune --bank work/saf/bank.yaml --answers work/saf/answers.jsonl --train-split train \\",
                "      --group-by answer --out work/saf-weights.json"})
public final class TuneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "BANK") Path bank;
    @Option(names = "--answers", required = true, paramLabel = "GRADED", description = "Graded answers (.jsonl/.csv).")
    Path answers;
    @Option(names = {"-o", "--out"}, required = true, paramLabel = "WEIGHTS", description = "Weights file to write (.json).")
    Path out;
    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: 5).") int folds = 5;
    @Option(names = "--group-by", paramLabel = "G", description = "question (default), answer or split.")
    String groupBy = "question";
    @Option(names = "--train-split", paramLabel = "NAME", description = "Fit on this split only; report the others.")
    String trainSplit;
    @Option(names = "--lambda", paramLabel = "L", description = "Ridge penalty (default: 0.1).") double lambda = 0.1;
    @Option(names = "--prior", paramLabel = "P", description = "What the ridge penalty shrinks toward: auto (the"
            + " built-in weights for behavioural and procedural questions, zero for short answers; default),"
            + " default (the built-in weights) or zero. ")
    Tuner.Prior prior = Tuner.Prior.AUTO;
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the fold assignment (default: 42).") long seed = 42;
    @Option(names = "--cache", paramLabel = "FILE", description = "Feature cache file (reused when data, bank and engine match).")
    Path cache;
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();
    @Mixin ModeOption mode;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        GradedData.GroupBy grouping;
        try {
            grouping = GradedData.GroupBy.parse(groupBy);
        } catch (IllegalArgumentException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        Optional<QuestionBank> loaded = BankLoading.load(bank, err);
        if (loaded.isEmpty()) {
            return 2;
        }
        List<GradedAnswer> data = GradedData.read(answers, loaded.get(), grouping, null, err);
        if (data.isEmpty()) {
            err.println("assay: no graded answers in " + answers);
            return 2;
        }
        Grader grader = new Grader(loaded.get(), mode.asked());
        FeatureTable table = GradedData.features(grader, data, answers, bank, cache, threads, err);
        boolean nearest = grouping == GradedData.GroupBy.ANSWER;
        Tuner.Result r = new Tuner(new Tuner.Options(folds, nearest, trainSplit, lambda, seed, prior)).run(table);

        String sha = GradedData.sha256(answers);
        long training = trainSplit == null ? data.size() : data.stream().filter(a -> trainSplit.equals(a.split())).count();
        o.printf(Locale.ROOT, "%s: %d graded answers%s; %d folds grouped by %s%s%n", answers, data.size(),
                trainSplit == null ? "" : ", " + training + " in the training split '" + trainSplit
                        + "', the others held out", r.folds(),
                grouping.name().toLowerCase(Locale.ROOT), nearest ? ", with the nearest-graded-answers feature" : "");
        print(o, r);

        // The id names the model, not just the data: the same answers tuned with other settings, another
        // bank, mode or engine give other weights, and an Evaluation's versions.weights must tell them apart.
        String id = "tuned-" + (mode.semantic ? "semantic-" : "") + modelKey(sha, loaded.get(), grouping, nearest).substring(0, 12);
        ScoringWeights weights = r.weights(id);
        WeightsFile.write(document(r, weights, sha, grouping, nearest, loaded.get()), out);
        o.println("weights -> " + out + " (id " + id + ")");
        o.flush();
        return 0;
    }

    private String modelKey(String dataSha, dev.assay.rubric.model.QuestionBank tunedWith, GradedData.GroupBy grouping,
                            boolean nearest) {
        String key = String.join("\n", dataSha, RubricHash.of(tunedWith), EngineVersion.get(),
                String.valueOf(mode.semantic), String.valueOf(folds), String.valueOf(grouping), String.valueOf(nearest),
                String.valueOf(trainSplit), Double.toString(lambda), Long.toString(seed), String.valueOf(prior));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void print(PrintWriter o, Tuner.Result r) {
        o.println();
        o.println(Agreement.header());
        o.println(r.before().agreement().row("before (default weights)"));
        o.println(r.cvBase().agreement().row("after, CV"));
        if (r.cvNearest() != null) {
            o.println(r.cvNearest().agreement().row("after, CV + nearest graded"));
        }
        r.heldOut().forEach((split, e) -> {
            o.println(r.heldOutBefore().get(split).agreement().row(split + ": before"));
            o.println(e.agreement().row(split + ": after"));
        });
        if (r.cvBase().labels() != null) {
            o.println();
            o.println(LabelAgreement.header());
            if (r.before().labels() != null) {
                o.println(r.before().labels().row("before (default weights)"));
            }
            o.println(r.cvBase().labels().row("after, CV"));
            if (r.cvNearest() != null) {
                o.println(r.cvNearest().labels().row("after, CV + nearest graded"));
            }
            r.heldOut().forEach((split, e) -> {
                if (r.heldOutBefore().get(split).labels() != null) {
                    o.println(r.heldOutBefore().get(split).labels().row(split + ": before"));
                }
                if (e.labels() != null) {
                    o.println(e.labels().row(split + ": after"));
                }
            });
        }
        o.println();
        o.println("before: the built-in weights. after, CV: each training answer predicted by a fit on the other folds"
                + (r.cvNearest() != null ? "; + nearest graded: with the graded training answers of its question"
                + " (other folds only) as features, the model grade and eval --weights use for such questions" : "")
                + (r.heldOut().isEmpty() ? "." : ". '<split>: after': held out, predicted once by the fit on the"
                + " training split."));
        if (r.finalFit().damping().values().stream().anyMatch(d -> d < 1)) {
            o.println();
            o.println("kept of the fit's correction to the default weights (chosen on the training answers): "
                    + r.finalFit().damping().entrySet().stream().map(e -> e.getKey().wireName() + " "
                    + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
        }
        o.println();
        o.println("The 10 answers where engine (" + (r.cvNearest() != null ? "after, CV + nearest graded" : "after, CV")
                + ") and humans disagree most" + (r.cvAfter().labels() != null ? " (labels: human / engine)" : "") + ":");
        for (Tuner.Prediction p : Tuner.disagreements(r.cvAfter().predictions(), 10)) {
            String text = p.row().answer().text().replaceAll("\\s+", " ");
            o.printf(Locale.ROOT, "  %-28s %-8s human %4.2f engine %4.2f%s  %s%n", p.row().answer().id(),
                    p.row().answer().questionId(), p.human(), p.score(),
                    p.label() == null ? "" : " (" + p.row().answer().label() + " / " + p.label() + ")",
                    text.length() > 90 ? text.substring(0, 87) + "..." : text);
        }
        o.println();
        o.println("confidence of the score (P within " + Tuner.TOLERANCE + " of the scale, by raw score bin): "
                + r.confidence().bins().stream().map(b -> String.format(Locale.ROOT, "%.2f", b.p())).toList()
                + (r.nearestConfidence() != null ? "; with nearest graded: " + r.nearestConfidence().bins().stream()
                .map(b -> String.format(Locale.ROOT, "%.2f", b.p())).toList() : ""));
    }

    private ObjectNode document(Tuner.Result r, ScoringWeights weights, String sha, GradedData.GroupBy grouping,
                                boolean nearest, QuestionBank tunedWith) throws java.io.IOException {
        ObjectMapper m = WeightsFile.mapper();
        ObjectNode d = m.createObjectNode();
        d.put("format", WeightsFile.FORMAT);
        d.put("id", weights.id());
        d.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        d.put("engine_version", EngineVersion.get());
        ObjectNode data = d.putObject("data");
        data.put("answers", answers.toString());
        data.put("sha256", sha);
        data.put("bank", bank.toString());
        data.put("bank_sha256", GradedData.sha256(bank));
        data.put("rubric_hash", RubricHash.of(tunedWith)); // the bank's content, whatever its file format
        data.put("training_answers", r.before().predictions().size());
        if (trainSplit != null) {
            data.put("train_split", trainSplit);
        }
        ObjectNode protocol = d.putObject("protocol");
        protocol.put("folds", r.folds());
        protocol.put("mode", mode.semantic ? "semantic" : "default");
        if (mode.semantic) {
            protocol.put("encoder", dev.assay.engine.semantic.SentenceEncoder.NAME);
        }
        protocol.put("group_by", grouping.name().toLowerCase(Locale.ROOT));
        protocol.put("nearest_graded", nearest);
        protocol.put("lambda", lambda);
        protocol.put("prior", prior.name().toLowerCase(Locale.ROOT));
        protocol.put("seed", seed);
        protocol.put("fit", "ridge regression on standardised features (commons-math), shrunk toward "
                + prior.name().toLowerCase(Locale.ROOT) + " (--prior), clamped to 0-1; labels:"
                + " multinomial logistic regression");
        ObjectNode damping = protocol.putObject("damping");
        r.finalFit().damping().forEach((k, v) -> damping.put(k.wireName(), v));
        protocol.put("damping_note", "share of the fit's correction to the default weights kept, per kind,"
                + " chosen by cross-validation on the training answers (1 where the prior is zero)");
        ObjectNode features = d.putObject("features");
        r.finalFit().base().forEach((k, lin) -> features.set(k.wireName(), m.valueToTree(lin.features())));
        d.set("weights", WeightsFile.toJson(weights.byKind()));
        if (r.finalFit().nearest() != null) {
            // The graded training answers go into the file: without them the model tune reported for
            // questions with graded answers cannot be rebuilt, and with them the file says what made it.
            ObjectNode g = WeightsFile.toJson(new WeightsFile.NearestGraded(r.nearestWeights(weights.id()),
                    r.finalFit().nearest().labels(), trainingAnswers(r)));
            g.put("note", "grade and eval score answers to the questions of these graded answers with this model"
                    + " (an answer's own grade left out of its neighbours), other questions with \"weights\"");
            d.set("nearest_graded", g);
        }
        if (r.finalFit().labelsBase() != null) {
            ObjectNode l = d.putObject("labels");
            l.set("base", r.finalFit().labelsBase().toJson());
            if (r.finalFit().labelsGraded() != null) {
                l.set("nearest_graded", r.finalFit().labelsGraded().toJson());
            }
        }
        d.set("confidence", WeightsFile.toJson(r.confidence()));
        ObjectNode metrics = d.putObject("metrics");
        metrics.set("before", metrics(m, r.before()));
        metrics.set("cv", metrics(m, r.cvBase()));
        if (r.cvNearest() != null) {
            metrics.set("cv_nearest_graded", metrics(m, r.cvNearest()));
        }
        if (!r.heldOut().isEmpty()) {
            ObjectNode splits = metrics.putObject("held_out");
            r.heldOut().forEach((s, e) -> {
                ObjectNode x = splits.putObject(s);
                x.set("before", metrics(m, r.heldOutBefore().get(s)));
                x.set("after", metrics(m, e));
            });
        }
        return d;
    }

    /** The answers the final fit indexed: the training answers, with their grades as in the data. */
    private static List<WeightsFile.TrainingAnswer> trainingAnswers(Tuner.Result r) {
        return r.before().predictions().stream().map(p -> p.row().answer())
                .map(a -> new WeightsFile.TrainingAnswer(a.id(), a.questionId(), a.text(), a.grade(), a.label()))
                .toList();
    }

    static ObjectNode metrics(ObjectMapper m, Tuner.Evaluated e) {
        return metricsOf(m, e.agreement(), e.labels());
    }

    static ObjectNode metricsOf(ObjectMapper m, Agreement a, LabelAgreement labels) {
        ObjectNode x = m.valueToTree(a);
        if (labels != null) {
            x.set("labels", m.valueToTree(labels));
        }
        return x;
    }

}
