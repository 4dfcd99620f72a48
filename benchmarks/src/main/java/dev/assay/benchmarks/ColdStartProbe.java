package dev.assay.benchmarks;

import dev.assay.corpus.banks.BundledBanks;
import dev.assay.engine.Grader;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.bench.BenchText;
import dev.assay.engine.bench.ColdStart;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.engine.evaluation.RubricHash;
import dev.assay.engine.similarity.ReferenceIndex;
import dev.assay.rubric.model.QuestionBank;
import java.util.List;
import java.util.Locale;

/**
 * Where the cold start goes: seconds since JVM start after each step a first grading run takes
 * (bank, CoreNLP pipeline, Grader with its Lucene index, first answer, second answer of another
 * question). {@code --serial} skips {@link Grader#preload()}, to see what the background loading
 * saves. Run it in a fresh JVM:
 *
 * <pre>
 * java -cp benchmarks/target/assay-benchmarks.jar dev.assay.benchmarks.ColdStartProbe [--serial]
 * </pre>
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        mark("JVM up, main entered");
        boolean serial = args.length > 0 && args[0].equals("--serial");
        if (!serial) {
            Grader.preload(); // what the commands do first
        }
        QuestionBank bank = BundledBanks.interview();
        mark("bundled bank loaded");
        ReferenceIndex.build(bank);
        mark("a Lucene reference index built");
        RubricHash.of(bank);
        mark("bank hashed");
        TextAnalyzer.shared();
        mark("CoreNLP pipeline loaded" + (serial ? "" : " (waited for the preload)"));
        Grader grader = new Grader(bank);
        mark("Grader built");
        List<BenchText> texts = BenchData.interview().texts();
        mark("answers read");
        BenchText first = texts.get(0);
        EvaluationJson.line(grader.grade(first.answerId(), first.questionId(), first.text()));
        mark("first answer graded (" + first.questionId() + ")");
        BenchText other = texts.stream().filter(t -> !t.questionId().equals(first.questionId())).findFirst().orElseThrow();
        EvaluationJson.line(grader.grade(other.answerId(), other.questionId(), other.text()));
        mark("first answer of a second question graded (" + other.questionId() + ")");
    }

    private static void mark(String what) {
        System.out.printf(Locale.ROOT, "%6.2f s  %s%n", ColdStart.millisSinceJvmStart() / 1e3, what);
    }
}
