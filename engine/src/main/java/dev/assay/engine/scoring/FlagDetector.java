package dev.assay.engine.scoring;

import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.features.Features;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides the flags from the features. Thresholds were picked on the development questions of the
 * interview set; each is a named constant so a reader can see what trips it.
 */
public final class FlagDetector {

    /** Fewer words than this is too short to be a complete answer to any question in the banks. */
    static final int TOO_SHORT_WORDS = 25;
    /** Repeating this share of a model answer's word 3-grams is a near copy. */
    static final double COPY_OVERLAP = 0.45;
    /** Topic similarity below which an answer is off topic outright. */
    static final double OFF_TOPIC_FLOOR = 0.04;
    /** Off topic when another question's topic is nearer by this much and its own is weak. */
    static final double OFF_TOPIC_MARGIN = 0.02;
    static final double OFF_TOPIC_WEAK = 0.12;
    /** A list of terms: almost no verbs, yet several concepts named. */
    static final double STUFFING_VERB_RATIO = 0.06;
    static final double STUFFING_MIN_COVERAGE = 0.25;

    public Set<Flag> detect(Features f) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        double words = f.get(Features.WORDS);
        if (words == 0) {
            flags.add(Flag.EMPTY);
            return flags;
        }
        if (words < TOO_SHORT_WORDS) {
            flags.add(Flag.TOO_SHORT);
        }
        if (f.get(Features.COPY_OVERLAP) >= COPY_OVERLAP) {
            flags.add(Flag.COPIED_REFERENCE);
        }
        double own = f.get(Features.OWN_TOPIC);
        double margin = f.get(Features.TOPIC_MARGIN);
        if (own < OFF_TOPIC_FLOOR || (margin < -OFF_TOPIC_MARGIN && own < OFF_TOPIC_WEAK)) {
            flags.add(Flag.OFF_TOPIC);
        }
        if (words >= 6 && f.get(Features.VERB_RATIO) < STUFFING_VERB_RATIO
                && (f.get(Features.CONCEPT_COVERAGE) >= STUFFING_MIN_COVERAGE || f.get(Features.COSINE) > 0.15)) {
            flags.add(Flag.KEYWORD_STUFFING);
        }
        return flags;
    }
}
