package dev.assay.engine.concepts;

import java.util.List;

/** WordNet antonyms of a lemma, for features outside the matcher (cached; empty without WordNet). */
public final class Antonyms {

    private Antonyms() {
    }

    public static List<String> of(String lemma) {
        return lemma.length() < 3 ? List.of() : Lexicon.WordNet.antonyms(lemma.toLowerCase(java.util.Locale.ROOT));
    }
}
