package dev.assay.benchmarks;

import dev.assay.corpus.Datasets;
import dev.assay.corpus.generate.AnswerFileGenerator;
import dev.assay.corpus.read.ReaderOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a large answer file for batch benchmarks: N answers built from the bundled interview
 * answers, 1 % of lines broken on purpose (see {@link AnswerFileGenerator}).
 *
 * <pre>
 * java -cp … dev.assay.benchmarks.GenerateAnswers N OUT.jsonl [MAX_TEXT_CHARS] [SOURCE.jsonl]
 * </pre>
 */
public final class GenerateAnswers {

    private GenerateAnswers() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GenerateAnswers N OUT.jsonl [MAX_TEXT_CHARS] [SOURCE.jsonl]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        int max = args.length > 2 ? Integer.parseInt(args[2]) : ReaderOptions.DEFAULT_MAX_TEXT_CHARS;
        Path source = args.length > 3 ? Path.of(args[3])
                : Datasets.dataset("interview-answers").resolve("answers.jsonl");
        List<AnswerFileGenerator.Broken> broken = AnswerFileGenerator.generate(source, out, n, max);
        System.err.printf("wrote %d answers to %s, %d lines broken on purpose%n", n, out, broken.size());
    }
}
