package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Token;
import java.util.Locale;

/**
 * Whether an answer reads as English, the only language the engine's lexicon, tagger and rubrics
 * know: the share of its words that WordNet or the stop list knows. English answers, keyword lists
 * included, score 0.76 or more on the interview set and the public sets' English answers; Spanish,
 * German, French, Italian, Dutch and Portuguese prose 0.17–0.44 (SAF's German answers 0–0.12).
 */
public final class EnglishWords {

    /** Below this share of known words an answer is not read as English. */
    static final double LEAST_KNOWN_SHARE = 0.5;
    /** Fewer words than this (letters only, two or more) are too few to judge: read as English. */
    static final int LEAST_WORDS = 8;

    private EnglishWords() {
    }

    public static boolean readsAsEnglish(Analysis analysis) {
        int words = 0;
        int known = 0;
        for (Token t : analysis.tokens()) {
            String w = t.word();
            if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            words++;
            if (Lexicon.isStopword(t.lemma()) || Lexicon.WordNet.knows(t.lemma())
                    || Lexicon.WordNet.knows(w.toLowerCase(Locale.ROOT))) {
                known++;
            }
        }
        return words < LEAST_WORDS || known >= LEAST_KNOWN_SHARE * words;
    }
}
