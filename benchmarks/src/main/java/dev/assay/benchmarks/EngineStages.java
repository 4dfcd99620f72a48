package dev.assay.benchmarks;

import dev.assay.engine.Grader;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.concepts.ConceptMatcher;
import dev.assay.engine.features.ConceptCredit;
import dev.assay.engine.features.FeatureExtractor;
import dev.assay.engine.similarity.ReferenceIndex;
import dev.assay.engine.star.StarSegmenter;
import dev.assay.rubric.model.QuestionBank;

/** The engine's stages for one bank, built as {@link Grader} builds them, for harnesses that time each alone. */
record EngineStages(Grader grader, TextAnalyzer analyzer, StarSegmenter segmenter, ConceptMatcher matcher,
                    ReferenceIndex references, FeatureExtractor features) {

    static EngineStages of(QuestionBank bank) {
        ConceptMatcher matcher = new ConceptMatcher(bank);
        return new EngineStages(new Grader(bank), TextAnalyzer.shared(), new StarSegmenter(), matcher,
                ReferenceIndex.build(bank), new FeatureExtractor(new ConceptCredit(matcher)));
    }
}
