package dev.assay.engine.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A named feature vector, in a fixed order. Every value is a plain number a person can read. */
public final class Features {

    public static final String WORDS = "words";
    public static final String NON_ANSWER = "non_answer";
    public static final String DECLINES = "declines";
    public static final String LENGTH_RATIO = "length_ratio";
    public static final String CONCEPT_COVERAGE = "concept_coverage";
    public static final String REQUIRED_MISSING = "required_missing";
    public static final String MISCONCEPTION_PENALTY = "misconception_penalty";
    public static final String STEP_ORDER = "step_order";
    public static final String STAR_S = "star_S";
    public static final String STAR_T = "star_T";
    public static final String STAR_A = "star_A";
    public static final String STAR_R = "star_R";
    public static final String STAR_COMPLETENESS = "star_completeness";
    public static final String STAR_ORDER = "star_order";
    public static final String QUANTIFIED_RESULT = "quantified_result";
    public static final String QUANTIFIED_COMPLETE = "quantified_complete";
    public static final String ACTION_SHARE = "action_share";
    public static final String THIN_ACTION = "thin_action";
    public static final String NEGATED_ACTIONS = "negated_actions";
    public static final String OTHERS_DEEDS = "others_deeds";
    public static final String WE_ONLY = "we_only";
    public static final String KEYWORD_LIST_SHARE = "keyword_list_share";
    public static final String STORY_SHARE = "story_share";
    public static final String COSINE = "cosine";
    public static final String BM25 = "bm25_norm";
    public static final String COPY_OVERLAP = "copy_overlap";
    public static final String OWN_TOPIC = "own_topic";
    public static final String TOPIC_MARGIN = "topic_margin";
    public static final String VERB_RATIO = "verb_ratio";
    public static final String REF_COVERAGE = "ref_coverage";
    public static final String REF_PRECISION = "ref_precision";
    public static final String SOFT_COVERAGE = "soft_coverage";
    public static final String SOFT_PRECISION = "soft_precision";
    public static final String VECTOR_COSINE = "vector_cosine";
    public static final String REF_LENGTH_RATIO = "ref_length_ratio";
    public static final String POLARITY_MISMATCH = "polarity_mismatch";
    public static final String ANTONYM_CONFLICT = "antonym_conflict";
    /** Semantic mode only: cosine of the answer's sentence vector to the nearest model answer's. */
    public static final String SEMANTIC_COSINE = "semantic_cosine";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(WORDS, "Words"),
            Map.entry(NON_ANSWER, "A stock phrase for no answer (\"not answered\")"),
            Map.entry(DECLINES, "Opens by declining the question (\"I can't think of a time\", \"I'm not sure\")"),
            Map.entry(LENGTH_RATIO, "Length against a complete answer"),
            Map.entry(CONCEPT_COVERAGE, "Expected points covered (weighted)"),
            Map.entry(REQUIRED_MISSING, "Required points missing"),
            Map.entry(MISCONCEPTION_PENALTY, "Misconceptions stated"),
            Map.entry(STEP_ORDER, "Steps in the expected order"),
            Map.entry(STAR_COMPLETENESS, "STAR parts present (weighted)"),
            Map.entry(STAR_ORDER, "STAR parts in S, T, A, R order"),
            Map.entry(QUANTIFIED_RESULT, "Result has a number"),
            Map.entry(QUANTIFIED_COMPLETE, "Complete story with a quantified result"),
            Map.entry(ACTION_SHARE, "Share of the story that is action"),
            Map.entry(THIN_ACTION, "Thin action: the story is mostly context"),
            Map.entry(NEGATED_ACTIONS, "Actions told as things not done"),
            Map.entry(OTHERS_DEEDS, "Share of the story's deeds done by someone else"),
            Map.entry(WE_ONLY, "A story told as \"we\" only, never what the teller did"),
            Map.entry(KEYWORD_LIST_SHARE, "Share of the answer in lists of terms"),
            Map.entry(STORY_SHARE, "Share of the answer that tells a story"),
            Map.entry(COSINE, "Similarity to the model answer"),
            Map.entry(BM25, "BM25 against the model answer (normalised)"),
            Map.entry(COPY_OVERLAP, "Word pairs repeated from a model answer"),
            Map.entry(OWN_TOPIC, "Similarity to the question's topic"),
            Map.entry(TOPIC_MARGIN, "Own topic minus the nearest other question's"),
            Map.entry(VERB_RATIO, "Verbs per word"),
            Map.entry(REF_COVERAGE, "Share of the closest reference's words the answer has"),
            Map.entry(REF_PRECISION, "Share of the answer's words in the closest reference"),
            Map.entry(SOFT_COVERAGE, "Reference words the answer has or is near (word vectors)"),
            Map.entry(SOFT_PRECISION, "Answer words in or near the reference (word vectors)"),
            Map.entry(VECTOR_COSINE, "Word-vector similarity to the closest reference"),
            Map.entry(REF_LENGTH_RATIO, "Length against the closest reference"),
            Map.entry(POLARITY_MISMATCH, "Words shared with the closest reference, negated on one side only"),
            Map.entry(ANTONYM_CONFLICT, "An antonym of a word of the closest reference"),
            Map.entry(SEMANTIC_COSINE, "Meaning near the model answer (sentence encoder)"));

    private final Map<String, Double> values = new LinkedHashMap<>();

    /** The presence feature of a STAR part: {@code "star_" + label.name()}, without building it. */
    public static String star(dev.assay.rubric.model.StarLabel label) {
        return switch (label) {
            case S -> STAR_S;
            case T -> STAR_T;
            case A -> STAR_A;
            case R -> STAR_R;
            case O -> "star_O";
        };
    }

    /** A short human label for a feature name; the name itself when it has none. */
    public static String label(String name) {
        return LABELS.getOrDefault(name, name);
    }

    public Features put(String name, double value) {
        values.put(name, Double.isFinite(value) ? value : 0.0);
        return this;
    }

    public double get(String name) {
        return values.getOrDefault(name, 0.0);
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
