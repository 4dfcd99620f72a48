package dev.assay.rubric.markdown;

import dev.assay.rubric.io.Problem;
import dev.assay.rubric.model.QuestionBank;
import java.util.List;
import java.util.Map;

/**
 * A bank imported from Markdown, with the importer's warnings and errors, and the source line of
 * each generated node (keyed by JSON pointer, e.g. {@code /questions/1/concepts/0}) so validation
 * problems found later point back into the Markdown.
 */
public record ImportResult(QuestionBank bank, List<Problem> problems, Map<String, Integer> lines) {

    public ImportResult {
        problems = List.copyOf(problems);
        lines = Map.copyOf(lines);
    }
}
