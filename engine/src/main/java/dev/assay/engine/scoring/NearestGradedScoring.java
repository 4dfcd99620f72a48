package dev.assay.engine.scoring;

import java.util.Objects;

/**
 * The second model of a tuned weights file: for questions the graded answers cover, their features
 * are added to the answer's and these weights (fitted with them) score it, with their own confidence
 * table. Other questions keep the features-only weights.
 */
public record NearestGradedScoring(GradedNeighbours neighbours, ScoringWeights weights) {

    public NearestGradedScoring {
        Objects.requireNonNull(neighbours, "neighbours");
        Objects.requireNonNull(weights, "weights");
    }
}
