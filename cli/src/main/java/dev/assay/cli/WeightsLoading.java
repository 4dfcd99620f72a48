package dev.assay.cli;

import dev.assay.engine.tuning.TunedModel;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The model of {@code --weights} for grade, eval and explain: the file's, or the built-in weights. */
final class WeightsLoading {

    private WeightsLoading() {
    }

    /**
     * The tuned model in {@code weights} (null: the built-in weights), warning when it was tuned on a
     * bank of other content; empty, with the problem printed, when the file cannot be read.
     */
    static Optional<TunedModel> load(Path weights, QuestionBank bank, PrintWriter err) {
        if (weights == null) {
            return Optional.of(TunedModel.defaults());
        }
        TunedModel model;
        try {
            model = TunedModel.read(weights, bank);
        } catch (IOException e) {
            err.println("assay: " + e.getMessage());
            return Optional.empty();
        }
        model.bankMismatch(bank).ifPresent(w -> err.println("assay: warning: " + weights + ": " + w));
        return Optional.of(model);
    }
}
