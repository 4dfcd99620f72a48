package dev.assay.cli;

import dev.assay.corpus.read.ReaderOptions;
import picocli.CommandLine.Option;

/** The CSV column options shared by every command that reads an answers file (a picocli mixin). */
final class AnswerColumns {

    @Option(names = "--id-column", paramLabel = "NAME", description = "CSV column of the answer id (default: id).")
    String id = "id";

    @Option(names = "--question-column", paramLabel = "NAME",
            description = "CSV column of the question id (default: question_id).")
    String question = "question_id";

    @Option(names = "--text-column", paramLabel = "NAME", description = "CSV column of the answer text (default: text).")
    String text = "text";

    ReaderOptions applyTo(ReaderOptions options) {
        return options.withColumns(id, question, text);
    }
}
