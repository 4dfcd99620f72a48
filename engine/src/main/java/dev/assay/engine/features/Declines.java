package dev.assay.engine.features;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.star.Refusals;
import java.util.List;
import java.util.Locale;

/**
 * An answer that opens by declining the question: "I can't really think of a time I missed a deadline", "I haven't
 * actually done qPCR myself, so I'm not really sure". When nothing else in it earns credit it is no answer (the
 * raters' 0), not a poor one (1): see {@link Features#DECLINES}.
 */
final class Declines {

    private Declines() {
    }

    /** Whether one of the answer's first two sentences declines the question. */
    static boolean opening(Analysis analysis) {
        List<Sentence> sentences = analysis.sentences();
        for (int i = 0; i < Math.min(2, sentences.size()); i++) {
            Sentence s = sentences.get(i);
            String lower = analysis.text().substring(s.begin(), s.end()).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (Refusals.STORY.matcher(lower).find() || Refusals.KNOWLEDGE.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
