package dev.assay.engine.features;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stock phrases that stand in for no answer at all ("not answered", "I don't know", "n/a"), as
 * learning-management exports and exam scripts are full of. They have words, but nothing to grade.
 */
final class NonAnswers {

    private static final Set<String> PHRASES = Set.of(
            "no answer", "not answered", "unanswered", "no response", "none", "n a", "na", "nil", "blank",
            "i don t know", "i dont know", "don t know", "dont know", "idk", "no idea", "not sure",
            "skip", "skipped", "pass", "no comment", "i have no idea", "sorry i don t know");

    /** Compiled once: {@code String.replaceAll} compiled it for every short answer. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NonAnswers() {
    }

    /** Whether the whole text, lower-cased and without punctuation, is one of the stock phrases. */
    static boolean is(String text) {
        if (text == null || text.length() > 40) {
            return false;
        }
        String norm = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return PHRASES.contains(norm);
    }
}
