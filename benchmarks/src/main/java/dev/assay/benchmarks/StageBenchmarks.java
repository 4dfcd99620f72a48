package dev.assay.benchmarks;

import dev.assay.engine.Grader;
import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.bench.BareCoreNlp;
import dev.assay.engine.bench.BenchText;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.ConceptMatcher;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.engine.features.ConceptCredit;
import dev.assay.engine.features.FeatureExtractor;
import dev.assay.engine.features.Features;
import dev.assay.engine.similarity.ReferenceIndex;
import dev.assay.engine.similarity.SimilarityReport;
import dev.assay.engine.star.Segment;
import dev.assay.engine.star.StarSegmenter;
import dev.assay.rubric.model.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of grading on its own, one answer per operation (so ops/s is answers/s), on the
 * interview answers and on the Mohler answers; plus the whole answer (grade + JSON line) and the
 * floor, a bare CoreNLP pipeline with the same annotators, on the same texts.
 *
 * <p>Every stage reads the previous stages' outputs, computed once in setup, so a stage's figure is
 * its own cost only.
 *
 * <pre>
 * java -jar benchmarks/target/assay-benchmarks.jar StageBenchmarks -prof gc
 * java -jar benchmarks/target/assay-benchmarks.jar 'StageBenchmarks.(whole|bare)' -p dataset=interview
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class StageBenchmarks {

    @Param({BenchData.INTERVIEW, BenchData.MOHLER})
    public String dataset;

    List<BenchText> texts;
    List<Question> questions = new ArrayList<>();
    Grader grader;
    TextAnalyzer analyzer;
    BareCoreNlp bare;
    StarSegmenter segmenter;
    ConceptMatcher matcher;
    ReferenceIndex references;
    FeatureExtractor features;
    List<Grader.Trace> traces = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        BenchData data = BenchData.load(dataset);
        texts = data.texts();
        grader = new Grader(data.bank());
        analyzer = TextAnalyzer.shared();
        bare = new BareCoreNlp();
        segmenter = new StarSegmenter();
        matcher = new ConceptMatcher(data.bank());
        references = ReferenceIndex.build(data.bank());
        features = new FeatureExtractor(new ConceptCredit(matcher));
        for (BenchText t : texts) {
            Question q = data.bank().question(t.questionId()).orElseThrow();
            questions.add(q);
            Grader.Trace trace = grader.trace(q, t.text());
            traces.add(trace);
            evaluations.add(grader.evaluate(t.answerId(), q, trace));
            // compile the question's phrasings and STAR profile before timing
            matcher.match(trace.analysis(), q);
            segmenter.segment(trace.analysis(), q);
        }
    }

    /** Which answer an operation works on: each thread walks the answers in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int take(int size) {
            int i = next;
            next = (next + 1) % size;
            return i;
        }
    }

    @Benchmark
    public Object bareCoreNlp(Cursor c) {
        return bare.run(texts.get(c.take(texts.size())));
    }

    @Benchmark
    public Analysis analysis(Cursor c) {
        return analyzer.analyze(texts.get(c.take(texts.size())).text());
    }

    @Benchmark
    public List<Segment> starSegmentation(Cursor c) {
        int i = c.take(texts.size());
        return segmenter.segment(traces.get(i).analysis(), questions.get(i));
    }

    @Benchmark
    public ConceptMatch conceptMatching(Cursor c) {
        int i = c.take(texts.size());
        return matcher.match(traces.get(i).analysis(), questions.get(i));
    }

    @Benchmark
    public SimilarityReport luceneSimilarity(Cursor c) {
        int i = c.take(texts.size());
        return references.compare(questions.get(i).id(), texts.get(i).text());
    }

    @Benchmark
    public Evaluation featuresAndScoring(Cursor c) {
        int i = c.take(texts.size());
        Grader.Trace t = traces.get(i);
        Question q = questions.get(i);
        Features f = features.extract(q, t.analysis(), t.segments(), t.concepts(), t.similarity());
        return grader.evaluate(texts.get(i).answerId(), q,
                new Grader.Trace(t.analysis(), t.segments(), t.concepts(), t.similarity(), f));
    }

    @Benchmark
    public String jsonSerialisation(Cursor c) {
        return EvaluationJson.line(evaluations.get(c.take(texts.size())));
    }

    @Benchmark
    public String wholeAnswer(Cursor c) {
        BenchText t = texts.get(c.take(texts.size()));
        return EvaluationJson.line(grader.grade(t.answerId(), t.questionId(), t.text()));
    }
}
