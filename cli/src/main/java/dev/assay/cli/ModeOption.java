package dev.assay.cli;

import dev.assay.engine.Grader;
import dev.assay.engine.tuning.TunedModel;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --semantic} option of every command that grades (a picocli mixin). */
final class ModeOption {

    @Option(names = "--semantic",
            description = "Also read each sentence's meaning with a sentence encoder (all-MiniLM-L6-v2): finds"
                    + " points made in words the rubric never lists, adds the semantic_cosine feature; about 7x"
                    + " slower than the default mode.")
    boolean semantic;

    /** The mode asked for on the command line. */
    Grader.Mode asked() {
        return semantic ? Grader.Mode.SEMANTIC : Grader.Mode.LEXICAL;
    }

    /**
     * With tuned weights, the mode they were tuned in: their features mean what they meant there only.
     * A note when the command line asked for the other mode.
     */
    Grader.Mode resolve(TunedModel model, PrintWriter err) {
        if (model == TunedModel.defaults() || asked() == model.mode()) {
            return asked();
        }
        err.println("assay: note: the weights were tuned " + (model.mode() == Grader.Mode.SEMANTIC
                ? "with --semantic: grading in the semantic mode" : "without --semantic: grading in the default mode"));
        return model.mode();
    }

    /** How a command's output names the mode. */
    static String name(Grader.Mode mode) {
        return mode == Grader.Mode.SEMANTIC ? "semantic" : "default";
    }
}
