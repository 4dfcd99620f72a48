package dev.assay.engine;

import dev.assay.engine.concepts.QuestionSubject;
import dev.assay.engine.concepts.EnglishWords;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.ConceptMatcher;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.evaluation.RubricHash;
import dev.assay.engine.evaluation.SegmentView;
import dev.assay.engine.evaluation.Versions;
import dev.assay.engine.features.ConceptCredit;
import dev.assay.engine.features.FeatureExtractor;
import dev.assay.engine.features.Features;
import dev.assay.engine.scoring.ConfidenceEstimator;
import dev.assay.engine.scoring.CriteriaBuilder;
import dev.assay.engine.scoring.FeedbackWriter;
import dev.assay.engine.scoring.FlagDetector;
import dev.assay.engine.scoring.GradedNeighbours;
import dev.assay.engine.scoring.NearestGradedScoring;
import dev.assay.engine.scoring.Scorer;
import dev.assay.engine.scoring.ScoringWeights;
import dev.assay.engine.semantic.SemanticReader;
import dev.assay.engine.semantic.SentenceEncoder;
import dev.assay.engine.similarity.ReferenceIndex;
import dev.assay.engine.similarity.SimilarityReport;
import dev.assay.engine.star.Segment;
import dev.assay.engine.star.StarSegmenter;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Grades answers to the questions of one bank: answer → analysis → segments, concepts, similarity
 * → features → score → Evaluation. Thread-safe; build one per bank and share it.
 */
public final class Grader {

    /** Review threshold below which an Evaluation is flagged {@code needs_human_review}; off by default. */
    private final double reviewBelow;

    private final QuestionBank bank;
    /** The bank's questions by id (the first of any repeated id, as {@link QuestionBank#question}). */
    private final java.util.Map<String, Question> questionsById = new java.util.LinkedHashMap<>(); // bank order, for messages
    private final TextAnalyzer analyzer;
    private final StarSegmenter segmenter = new StarSegmenter();
    private final ConceptMatcher matcher;
    private final ReferenceIndex references;
    private final FeatureExtractor features;
    private final FlagDetector flagDetector = new FlagDetector();
    private final QuestionSubject subject = new QuestionSubject();
    private final Scorer scorer;
    private final CriteriaBuilder criteria;
    private final FeedbackWriter feedback;
    private final ConfidenceEstimator confidence;
    /** The nearest-graded model of tuned weights, or null: its graded answers, scorer and confidence. */
    private final GradedNeighbours neighbours;
    private final Scorer nearestScorer;
    private final ConfidenceEstimator nearestConfidence;
    /** Whether scoring reads the features as the Evaluation reports them (3 decimals): so for tuned models. */
    private final boolean reportedFeatures;
    private final Versions versions;
    /** The semantic reading (opt-in, {@link Mode#SEMANTIC}), or null. */
    private final SemanticReader semantic;

    /**
     * How an answer is read. {@link #LEXICAL}, the default, is the fast path: CoreNLP, then lemma,
     * WordNet and word-vector matching. {@link #SEMANTIC} adds a sentence encoder (all-MiniLM-L6-v2):
     * rubric points an answer makes in words the rubric never listed, and the {@code semantic_cosine}
     * feature; it costs about seven times the default mode (the encoder reads every sentence).
     */
    public enum Mode { LEXICAL, SEMANTIC }

    public Grader(QuestionBank bank) {
        this(bank, ScoringWeights.defaults(), 0);
    }

    public Grader(QuestionBank bank, Mode mode) {
        this(bank, ScoringWeights.defaults(), 0, null, false, mode);
    }

    public Grader(QuestionBank bank, ScoringWeights weights, double reviewBelow) {
        this(bank, weights, reviewBelow, null, false, Mode.LEXICAL);
    }

    public Grader(QuestionBank bank, ScoringWeights weights, double reviewBelow, Mode mode) {
        this(bank, weights, reviewBelow, null, false, mode);
    }

    /**
     * A grader for a model {@code tune} fitted. Tune fits on the features as Evaluations report them
     * (3 decimals), so those are what this grader scores, and its scores are the ones tune measured.
     * With {@code nearest} (may be null), answers to the questions its graded answers cover are scored
     * by its model, the others by {@code weights}.
     */
    public Grader(QuestionBank bank, ScoringWeights weights, double reviewBelow, NearestGradedScoring nearest,
                  Mode mode) {
        this(bank, weights, reviewBelow, nearest, true, mode);
    }

    private Grader(QuestionBank bank, ScoringWeights weights, double reviewBelow, NearestGradedScoring nearest,
                   boolean reportedFeatures, Mode mode) {
        preload(mode);
        this.bank = bank;
        for (Question q : bank.questions()) {
            questionsById.putIfAbsent(q.id(), q);
        }
        // the Lucene index builds while the tagger and WordNet load on the other threads
        this.references = ReferenceIndex.build(bank);
        this.analyzer = TextAnalyzer.shared();
        this.matcher = new ConceptMatcher(bank);
        matcher.prepareInBackground();
        ConceptCredit credit = new ConceptCredit(matcher);
        this.features = new FeatureExtractor(credit);
        this.criteria = new CriteriaBuilder(credit);
        this.feedback = new FeedbackWriter(credit);
        this.scorer = new Scorer(weights);
        this.confidence = new ConfidenceEstimator(weights.confidence());
        this.neighbours = nearest == null ? null : nearest.neighbours();
        this.nearestScorer = nearest == null ? null : new Scorer(nearest.weights());
        this.nearestConfidence = nearest == null ? null : new ConfidenceEstimator(nearest.weights().confidence());
        this.reviewBelow = reviewBelow;
        this.reportedFeatures = reportedFeatures;
        this.semantic = mode == Mode.SEMANTIC
                ? new SemanticReader(SentenceEncoder.shared(), SemanticReader.Settings.DEFAULT, matcher.settings()) : null;
        this.versions = new Versions(EngineVersion.get(), RubricHash.of(bank), weights.id(),
                semantic == null ? null : SentenceEncoder.NAME);
    }

    public Mode mode() {
        return semantic == null ? Mode.LEXICAL : Mode.SEMANTIC;
    }

    /**
     * Starts loading the models grading needs (CoreNLP's tagger, WordNet) on background threads, so
     * that a command can read its bank and answers meanwhile. Optional and idempotent: a Grader
     * waits for whatever is still loading when it first needs it. Changes no result.
     */
    public static void preload() {
        TextAnalyzer.preload();
        ConceptMatcher.preloadLexicon();
    }

    /** {@link #preload()}, and in the semantic mode the sentence encoder too. */
    public static void preload(Mode mode) {
        preload();
        if (mode == Mode.SEMANTIC) {
            SentenceEncoder.preload();
        }
    }

    public QuestionBank bank() {
        return bank;
    }

    /** Grades one answer; an unknown question id is the caller's error to report. */
    public Evaluation grade(String answerId, String questionId, String text) {
        Question q = questionId == null ? null : questionsById.get(questionId); // a map: a scan per answer missed the cache
        if (q == null) {
            throw new UnknownQuestionException(questionId, questionsById.keySet());
        }
        return grade(answerId, q, text == null ? "" : text);
    }

    /** Everything the stages found for one answer, for explain views and evaluation harnesses. */
    public Trace trace(Question q, String text) {
        Analysis analysis = analyzer.analyze(text == null ? "" : text);
        List<Segment> segments = q.structure().isStar() ? segmenter.segment(analysis, q) : List.of();
        ConceptMatch match = matcher.match(analysis, q);
        SemanticReader.Reading meaning = semantic == null ? null : semantic.read(analysis, q, match);
        if (meaning != null) {
            match = match.with(meaning.hits());
        }
        SimilarityReport sim = references.compare(q.id(), analysis.text());
        Features f = features.extract(q, analysis, segments, match, sim);
        if (meaning != null && !Double.isNaN(meaning.referenceCosine())) {
            f.put(Features.SEMANTIC_COSINE, meaning.referenceCosine()); // only where there is a model answer
        }
        return new Trace(analysis, segments, match, sim, f);
    }

    /** The intermediate results of the stages for one answer. */
    public record Trace(Analysis analysis, List<Segment> segments, ConceptMatch concepts,
                        SimilarityReport similarity, Features features) {
    }

    private Evaluation grade(String answerId, Question q, String text) {
        Trace t = trace(q, text);
        if (neighbours != null && neighbours.covers(q.id())) {
            // As tune's model on such questions: the graded answers' features beside the engine's.
            neighbours.features(answerId, q.id(), text).forEach(t.features()::put);
            return evaluate(answerId, q, t, nearestScorer, nearestConfidence);
        }
        return evaluate(answerId, q, t);
    }

    /** The scoring half of grading: flags, score, confidence, criteria and feedback from a trace. */
    public Evaluation evaluate(String answerId, Question q, Trace t) {
        return evaluate(answerId, q, t, scorer, confidence);
    }

    private Evaluation evaluate(String answerId, Question q, Trace t, Scorer scorer, ConfidenceEstimator confidence) {
        // reference-answer questions (Mohler, SAF) hold code and formulas; their flags do not act anyway
        boolean english = q.kind() == QuestionKind.SHORT_ANSWER || EnglishWords.readsAsEnglish(t.analysis());
        Set<Flag> flags = flagDetector.detect(t.features(), q.structure().isStar(), english,
                subject.named(t.analysis(), q), q.kind() == QuestionKind.SHORT_ANSWER);
        Features scored = reportedFeatures ? asReported(t.features()) : t.features();
        double raw = scorer.raw(q, scored);
        double score = round2(scorer.score(q, scored, flags));
        double conf = round2(confidence.estimate(q, scored, t.segments(), flags, raw));
        List<Flag> flagList = new ArrayList<>(flags);
        if (conf < reviewBelow) {
            flagList.add(Flag.NEEDS_HUMAN_REVIEW);
        }
        List<SegmentView> segs = t.segments().stream()
                .map(s -> new SegmentView(s.label().name(), s.begin(), s.end(), round2(s.confidence())))
                .toList();
        return new Evaluation(answerId, q.id(), score, q.scale().min(), q.scale().max(),
                q.scale().bandOf(score).map(b -> b.name()).orElse(null), conf, flagList,
                criteria(q, t, scored, flags, raw, scorer),
                segs, roundSimilarity(t.similarity()), roundAll(t.features()),
                feedback.write(q, t.features(), t.concepts(), flags), versions);
    }

    private List<Criterion> criteria(Question q, Trace t, Features scored, Set<Flag> flags, double raw, Scorer scorer) {
        List<Criterion> out = criteria.build(q, t.analysis(), t.segments(), t.concepts(), t.features(),
                scorer.weights().forKind(q.kind()));
        if (Scorer.floored(raw, flags, q.kind(), scored.get(Features.WORDS))) {
            out = new ArrayList<>(out);
            out.add(FLOOR_CRITERION);
        }
        return out;
    }

    /** Shown when {@link Scorer#FLOOR_SHARE} lifted the score: no other line accounts for it. */
    private static final Criterion FLOOR_CRITERION = new Criterion("floor",
            "An answer about its question earns at least the scale's first step", "rule", Scorer.FLOOR_SHARE, 1.0,
            List.of());

    private static Features asReported(Features f) {
        Features out = new Features();
        roundAll(f).forEach(out::put);
        return out;
    }

    private static java.util.Map<String, Double> roundAll(Features f) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        f.asMap().forEach((k, v) -> m.put(k, Math.round(v * 1000) / 1000.0));
        return m;
    }

    private static SimilarityReport roundSimilarity(SimilarityReport s) {
        return new SimilarityReport(s.bestModelAnswer(), round3(s.cosine()), round3(s.bm25()),
                round3(s.bm25Normalized()), round3(s.copyOverlap()), round3(s.ownTopic()), s.nearestOtherQuestion(),
                round3(s.nearestOtherTopic()));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
