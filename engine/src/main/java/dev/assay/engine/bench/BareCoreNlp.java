package dev.assay.engine.bench;

import dev.assay.engine.analysis.TextAnalyzer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The floor: a bare CoreNLP pipeline with the engine's own settings
 * ({@link TextAnalyzer#pipelineProperties()}), annotating a text and nothing else. The engine
 * cannot grade faster than this, since it runs the same annotators on every answer.
 */
public final class BareCoreNlp implements Workload {

    private final StanfordCoreNLP pipeline = new StanfordCoreNLP(TextAnalyzer.pipelineProperties());

    @Override
    public Object run(BenchText text) {
        Annotation doc = new Annotation(text.text());
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class);
    }
}
