package dev.assay.engine.scoring;

import java.util.function.ToDoubleFunction;

/**
 * A term of a weighted sum: a feature's name, or {@code sqrt(name)} for its square root. The root
 * lets a linear combination give diminishing returns (the first words of the reference an answer
 * covers count more than the last), which is how graders of short answers grade.
 */
public final class FeatureTerm {

    private FeatureTerm() {
    }

    public static String sqrt(String feature) {
        return "sqrt(" + feature + ")";
    }

    /** The term's value, reading features through {@code feature}. */
    public static double value(String term, ToDoubleFunction<String> feature) {
        if (term.startsWith("sqrt(") && term.endsWith(")")) {
            return Math.sqrt(Math.max(0, feature.applyAsDouble(term.substring(5, term.length() - 1))));
        }
        return feature.applyAsDouble(term);
    }
}
