package dev.assay.engine;

import dev.assay.corpus.banks.BundledBanks;

/** The edge cases in the default mode. */
class GraderEdgeCasesTest extends GraderEdgeCases {

    private static Grader shared;

    @Override
    Grader grader() {
        if (shared == null) {
            shared = new Grader(BundledBanks.interview());
        }
        return shared;
    }
}
