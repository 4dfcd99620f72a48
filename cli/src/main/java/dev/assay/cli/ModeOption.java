package dev.assay.cli;

import dev.assay.engine.Grader;
import dev.assay.engine.tuning.TunedModel;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --semantic} option of every command that grades (a picocli mixin). */
final class ModeOption {

    @Option(names = "--semantic",
            description = "Also read each sentence's meaning with a sentence encoder (all-MiniLM-L6-v2): finds"
                    + " points made in words the rubric never lists, adds the semantic_cosine feature; about 5-7x"
                    + " slower than the default. Weights tuned with --semantic turn it on by themselves.")
    boolean semantic;

    /** The mode asked for, or the one the weights were tuned in; a warning when the two differ. */
    Grader.Mode resolve(TunedModel model, PrintWriter err) {
        Grader.Mode asked = semantic ? Grader.Mode.SEMANTIC : Grader.Mode.LEXICAL;
        if (model == TunedModel.defaults() || asked == model.mode()) {
            return asked;
        }
        if (model.mode() == Grader.Mode.SEMANTIC) {
            err.println("assay: the weights were tuned with --semantic: grading in the semantic mode");
            return Grader.Mode.SEMANTIC;
        }
        err.println("assay: warning: the weights were tuned without --semantic; their features may not mean"
                + " the same in the semantic mode");
        return asked;
    }
}
