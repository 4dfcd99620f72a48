package dev.assay.engine.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.engine.Grader;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.scoring.NearestGradedScoring;
import dev.assay.engine.scoring.ScoringWeights;
import dev.assay.engine.scoring.WeightsFile;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A weights file made ready to grade with a bank: the features-only weights, and, when the file
 * carries one, the nearest-graded model with its graded answers indexed — what {@code tune} used for
 * its reported figures. Questions with graded answers in the file are scored by the nearest-graded
 * model, the others by the features-only weights; the label models follow the same split.
 */
public final class TunedModel {

    private final ScoringWeights weights;
    private final NearestGraded neighbours;
    private final ScoringWeights nearestWeights;
    private final Softmax.Model labels;
    private final Softmax.Model nearestLabels;
    /** Provenance: the SHA-256 of the graded-answers file tune read, and its training split (both may be null). */
    private final String dataSha256;
    private final String trainSplit;
    private final String tunedRubricHash;
    /** The mode tune read the answers in; its features mean what they meant there only. */
    private final Grader.Mode mode;

    private TunedModel(ScoringWeights weights, NearestGraded neighbours, ScoringWeights nearestWeights,
                       Softmax.Model labels, Softmax.Model nearestLabels, JsonNode document) {
        this.weights = weights;
        this.neighbours = neighbours;
        this.nearestWeights = nearestWeights;
        this.labels = labels;
        this.nearestLabels = nearestLabels;
        this.dataSha256 = document.path("data").path("sha256").asText(null);
        this.trainSplit = document.path("data").path("train_split").asText(null);
        this.tunedRubricHash = document.path("data").path("rubric_hash").asText(null);
        this.mode = mode(document.path("protocol").path("mode").asText(null));
    }

    /**
     * The mode a weights file names, as the commands name it ({@code default} or {@code semantic}); files
     * written before the semantic mode name none, and older ones say {@code lexical} for the default.
     */
    private static Grader.Mode mode(String name) {
        if (name == null || name.equals("default") || name.equals("lexical")) {
            return Grader.Mode.LEXICAL;
        }
        if (name.equals("semantic")) {
            return Grader.Mode.SEMANTIC;
        }
        throw new IllegalArgumentException("protocol.mode is '" + name + "': expected 'default' or 'semantic'");
    }

    /** The mode the weights were tuned in (lexical for the built-in weights and for older files). */
    public Grader.Mode mode() {
        return mode;
    }

    private static final TunedModel DEFAULTS = new TunedModel(ScoringWeights.defaults(), null, null, null, null,
            com.fasterxml.jackson.databind.node.MissingNode.getInstance());

    /** The built-in weights, nothing tuned. */
    public static TunedModel defaults() {
        return DEFAULTS;
    }

    /**
     * Reads {@code file} for grading against {@code bank}. A graded answer's grade becomes a share of
     * its question's scale as in tune; answers to questions the bank lacks are left out (no answer to
     * those can be graded with this bank).
     */
    public static TunedModel read(Path file, QuestionBank bank) throws IOException {
        try {
            return read(file, WeightsFile.read(file), bank);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static TunedModel read(Path file, WeightsFile.Loaded w, QuestionBank bank) throws IOException {
        Softmax.Model base = labelModel(w.document().path("labels").path("base"));
        if (w.nearest() == null) {
            return new TunedModel(w.weights(), null, null, base, null, w.document());
        }
        List<NearestGraded.Entry> entries = new ArrayList<>();
        for (WeightsFile.TrainingAnswer a : w.nearest().answers()) {
            Optional<Question> q = bank.question(a.questionId());
            if (q.isPresent()) {
                double span = q.get().scale().max() - q.get().scale().min();
                double share = span <= 0 ? Double.NaN : (a.grade() - q.get().scale().min()) / span;
                entries.add(new NearestGraded.Entry(a.id(), a.questionId(), a.text(), share, a.label()));
            }
        }
        if (entries.isEmpty()) {
            throw new IOException(file + ": none of the graded answers in nearest_graded.answers is to a question"
                    + " of this bank");
        }
        return new TunedModel(w.weights(), NearestGraded.of(entries, w.nearest().labels()), w.nearest().weights(),
                base, labelModel(w.document().path("labels").path("nearest_graded")), w.document());
    }

    private static Softmax.Model labelModel(JsonNode n) {
        return n.isObject() ? Softmax.Model.fromJson(n) : null;
    }

    /** The features-only weights (all the model there is when the file has no nearest-graded model). */
    public ScoringWeights weights() {
        return weights;
    }

    /** Whether the file carries the nearest-graded model. */
    public boolean hasNearestGraded() {
        return neighbours != null;
    }

    /** Whether the question has graded answers in the file, so its answers get the nearest-graded model. */
    public boolean covers(String questionId) {
        return neighbours != null && neighbours.covers(questionId);
    }

    /**
     * A warning when the weights were tuned with a bank of other content than {@code bank} (its concepts,
     * phrasings or sections differ, so the features no longer mean what the weights were fitted on);
     * empty when the content is the same, or the file predates the record.
     */
    public Optional<String> bankMismatch(QuestionBank bank) {
        if (tunedRubricHash == null) {
            return Optional.empty();
        }
        String now = dev.assay.engine.evaluation.RubricHash.of(bank);
        return tunedRubricHash.equals(now) ? Optional.empty() : Optional.of("the weights were tuned with a bank of"
                + " other content (rubric hash " + tunedRubricHash + ", this bank " + now + "): the features may not"
                + " mean what they meant when the weights were fitted; re-run tune with this bank");
    }

    /** Whether {@code sha256} is that of the graded-answers file tune fitted these weights on. */
    public boolean tunedOnFile(String sha256) {
        return dataSha256 != null && dataSha256.equals(sha256);
    }

    /**
     * Whether the weights were fitted with this answer, so that its score is in-sample: it is one of the
     * graded answers the file carries (id, question and text; its own grade is left out of its nearest
     * neighbours, but the weights saw it), or it comes from the very file tune read
     * ({@code fromTuningFile}) and from its training split, if tune had one.
     */
    public boolean inSample(String answerId, String questionId, String text, String split, boolean fromTuningFile) {
        return neighbours != null && neighbours.contains(answerId, questionId, text)
                || fromTuningFile && (trainSplit == null || trainSplit.equals(split));
    }

    /** A grader of {@code bank} with this model (the built-in weights: a plain grader, unchanged). */
    public Grader grader(QuestionBank bank, double reviewBelow, Grader.Mode mode) {
        if (this == DEFAULTS) {
            return new Grader(bank, weights, reviewBelow, mode);
        }
        return new Grader(bank, weights, reviewBelow,
                neighbours == null ? null : new NearestGradedScoring(neighbours, nearestWeights), mode);
    }

    /** Whether the weights carry a label model (tuned on a labelled set). */
    public boolean hasLabelModel() {
        return labels != null || nearestLabels != null;
    }

    /** The predicted label of a graded answer, or null when the file has no label model. */
    public String label(Evaluation e) {
        Softmax.Model m = labelModel(e);
        return m == null ? null : m.predict(e.features());
    }

    /** The Evaluation with its predicted label and that label's probability; unchanged without a label model. */
    public Evaluation labelled(Evaluation e) {
        Softmax.Model m = labelModel(e);
        if (m == null) {
            return e;
        }
        double[] p = m.probabilities(e.features());
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return e.withLabel(m.labels().get(best), Math.round(p[best] * 100) / 100.0);
    }

    private Softmax.Model labelModel(Evaluation e) {
        return covers(e.questionId()) && nearestLabels != null ? nearestLabels : labels;
    }
}
