package dev.assay.engine.features;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.analysis.Token;
import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.similarity.SimilarityReport;
import dev.assay.engine.star.Segment;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the stages' findings into the named features the scorer combines. Stateless. */
public final class FeatureExtractor {

    private final ConceptCredit credit;

    public FeatureExtractor(ConceptCredit credit) {
        this.credit = credit;
    }

    /** A STAR part counts fully once it has this many words; fewer give partial credit. */
    static final int FULL_SECTION_WORDS = 6;

    /** Used when a question has no model answer to tell how long a complete answer is. */
    static final int DEFAULT_EXPECTED_WORDS = 60;

    private static final Pattern QUANTITY = Pattern.compile(
            "\\d|%|\\$|€|£|\\b(?:half|double|twice|doubled|halved|tripled|zero|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|dozen|hundred|thousand|million)\\b",
            Pattern.CASE_INSENSITIVE);

    public Features extract(Question question, Analysis analysis, List<Segment> segments, ConceptMatch concepts,
                            SimilarityReport similarity) {
        Features f = new Features();
        int words = analysis.wordCount();
        f.put(Features.WORDS, words);
        f.put(Features.LENGTH_RATIO, Math.min(1.0, words / (double) expectedWords(question)));

        conceptFeatures(question, concepts, f);
        starFeatures(question, analysis, segments, f);

        f.put(Features.COSINE, similarity.cosine());
        f.put(Features.BM25, similarity.bm25Normalized());
        f.put(Features.COPY_OVERLAP, similarity.copyOverlap());
        f.put(Features.OWN_TOPIC, similarity.ownTopic());
        f.put(Features.TOPIC_MARGIN, similarity.ownTopic() - similarity.nearestOtherTopic());
        f.put(Features.VERB_RATIO, verbRatio(analysis));
        return f;
    }

    static int expectedWords(Question question) {
        return question.modelAnswers().stream()
                .map(ModelAnswer::text)
                .mapToInt(t -> t.trim().isEmpty() ? 0 : t.trim().split("\\s+").length)
                .max()
                .stream().filter(n -> n >= 10).findFirst()
                .orElse(DEFAULT_EXPECTED_WORDS);
    }

    private void conceptFeatures(Question question, ConceptMatch match, Features f) {
        double total = 0;
        double earned = 0;
        int requiredMissing = 0;
        for (Concept c : question.concepts()) {
            total += c.weight();
            double earnedShare = credit.of(match, c.id());
            earned += c.weight() * earnedShare;
            if (c.required() && earnedShare == 0) {
                requiredMissing++;
            }
        }
        f.put(Features.CONCEPT_COVERAGE, total == 0 ? 0 : earned / total);
        f.put(Features.REQUIRED_MISSING, requiredMissing);

        f.put(Features.MISCONCEPTION_PENALTY, credit.misconceptionPenalty(match, question));
        f.put(Features.STEP_ORDER, question.structure().hasSteps() && !Double.isNaN(match.stepOrder())
                ? match.stepOrder() : 0);
    }

    private static void starFeatures(Question question, Analysis analysis, List<Segment> segments, Features f) {
        Map<StarLabel, Integer> wordsByLabel = new EnumMap<>(StarLabel.class);
        Map<StarLabel, Integer> firstPosition = new EnumMap<>(StarLabel.class);
        boolean quantified = false;
        int storyWords = 0;
        int allWords = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int w = wordsIn(analysis, s.begin(), s.end());
            wordsByLabel.merge(s.label(), w, Integer::sum);
            firstPosition.putIfAbsent(s.label(), i);
            allWords += w;
            if (s.label() != StarLabel.O) {
                storyWords += w;
            }
            if (s.label() == StarLabel.R && QUANTITY.matcher(analysis.text().substring(s.begin(), s.end())).find()) {
                quantified = true;
            }
        }
        double totalWeight = 0;
        double earned = 0;
        for (StarLabel label : StarLabel.STORY) {
            double presence = Math.min(1.0, wordsByLabel.getOrDefault(label, 0) / (double) FULL_SECTION_WORDS);
            f.put("star_" + label.name(), presence);
            double weight = question.structure().star().stream()
                    .filter(sec -> sec.label() == label).mapToDouble(StarSection::weight).findFirst()
                    .orElse(question.structure().isStar() ? 0 : 0.25);
            totalWeight += weight;
            earned += weight * presence;
        }
        f.put(Features.STAR_COMPLETENESS, totalWeight == 0 ? 0 : earned / totalWeight);
        f.put(Features.STAR_ORDER, orderAgreement(firstPosition));
        f.put(Features.QUANTIFIED_RESULT, quantified ? 1 : 0);
        f.put(Features.STORY_SHARE, allWords == 0 ? 0 : storyWords / (double) allWords);
    }

    /** Share of the found story parts' pairs that appear in S, T, A, R order (1 when fewer than two). */
    private static double orderAgreement(Map<StarLabel, Integer> firstPosition) {
        List<StarLabel> found = StarLabel.STORY.stream().filter(firstPosition::containsKey).toList();
        int pairs = 0;
        int ordered = 0;
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                pairs++;
                if (firstPosition.get(found.get(i)) <= firstPosition.get(found.get(j))) {
                    ordered++;
                }
            }
        }
        return pairs == 0 ? 1.0 : ordered / (double) pairs;
    }

    private static int wordsIn(Analysis analysis, int begin, int end) {
        int n = 0;
        for (Sentence s : analysis.sentences()) {
            if (s.end() <= begin || s.begin() >= end) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.begin() >= begin && t.end() <= end && !t.isPunctuation()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Verbs per word: lists of terms have almost none, sentences have one in six or so. */
    private static double verbRatio(Analysis analysis) {
        int words = 0;
        int verbs = 0;
        for (Token t : analysis.tokens()) {
            if (t.isPunctuation()) {
                continue;
            }
            words++;
            if (t.isVerb()) {
                verbs++;
            }
        }
        return words == 0 ? 0 : verbs / (double) words;
    }
}
