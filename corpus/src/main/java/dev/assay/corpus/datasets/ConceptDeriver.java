package dev.assay.corpus.datasets;

import dev.assay.rubric.model.Concept;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives a question's concepts from its reference answers when a data set gives no concept list
 * (DESIGN.md, "Questions with only a reference answer"). No NLP library: a reference is cut into
 * noun-phrase-ish chunks at punctuation, line breaks, conjunctions, relative words and auxiliary
 * verbs; determiners, prepositions and pronouns inside a chunk are dropped; words the question
 * itself uses are removed ("question words removed"). Each remaining chunk with at least one content
 * word becomes a {@link Concept}: id {@code c1}, {@code c2}…, label and phrasing = the chunk's
 * remaining words in their original form, weight = its number of content words. The same chunk
 * (compared word by word, case and plural folded) met again, in the same or another reference, is
 * kept once. Negators ({@code not}, {@code no}, {@code never}…) stay in the phrase, since they
 * change its meaning, but a chunk made of negators only is dropped; they do count as content words.
 */
public final class ConceptDeriver {

    /** Words that end a chunk: conjunctions, relative/subordinating words, auxiliaries and copulas. */
    static final Set<String> BREAKS = words(
            "and", "or", "but", "nor", "so", "yet", "because", "since", "as", "although", "though", "while",
            "whereas", "if", "unless", "when", "whenever", "where", "wherever", "then", "than", "thus",
            "therefore", "hence", "however", "also", "that", "which", "who", "whom", "whose", "what", "why",
            "how", "whether", "until", "till", "once",
            "is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "having", "do", "does", "did", "doing", "done",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must");

    /** Words dropped inside a chunk: determiners, prepositions, pronouns, particles, fillers. */
    static final Set<String> GLUE = words(
            "a", "an", "the", "this", "these", "those", "its", "it", "it's", "their", "theirs", "they", "them",
            "his", "her", "hers", "he", "she", "him", "we", "us", "our", "ours", "you", "your", "yours", "i",
            "me", "my", "mine", "one", "ones", "itself", "themselves", "each", "every", "any", "some",
            "such", "there", "here", "very", "just", "only", "too", "even", "both", "either", "neither",
            "of", "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto", "upon",
            "about", "over", "under", "between", "among", "through", "throughout", "during", "before",
            "after", "above", "below", "against", "within", "along", "across", "behind", "beyond",
            "toward", "towards", "via", "per", "out", "off", "up", "down", "like", "other", "another",
            "same", "own", "more", "most", "much", "many", "less", "least", "all", "again", "still",
            "already", "well", "really", "always", "often", "usually", "something", "anything",
            "everything", "nothing", "someone", "anyone", "everyone",
            // discourse adverbs: they frame a point, they are not one
            "additionally", "furthermore", "moreover", "besides", "instead", "typically", "generally",
            "usually", "basically", "essentially", "simply", "possibly", "possible", "probably", "actually",
            "namely", "especially", "particularly", "respectively", "otherwise", "first", "firstly",
            "second", "secondly", "finally", "example", "e.g", "i.e", "etc");

    /** Negators: kept in the phrase and counted, but never a concept on their own. */
    static final Set<String> NEGATORS = words("not", "no", "never", "none", "cannot", "can't", "don't",
            "doesn't", "isn't", "aren't", "won't", "without");

    private ConceptDeriver() {
    }

    /** A word list as a set; a word listed twice is harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /**
     * The concepts of a question, from all its reference answers in order.
     *
     * @param question   the question as asked; its words are removed from the phrases
     * @param references the reference answers' texts
     */
    public static List<Concept> derive(String question, List<String> references) {
        Set<String> questionWords = new HashSet<>();
        for (String token : tokens(question)) {
            if (!token.equals(BREAK_TOKEN)) {
                questionWords.add(fold(token));
            }
        }
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (String reference : references) {
            for (List<String> chunk : chunks(reference)) {
                List<String> kept = new ArrayList<>();
                boolean hasContent = false;
                for (String w : chunk) {
                    String f = fold(w);
                    if (questionWords.contains(f)) {
                        continue;
                    }
                    kept.add(w);
                    hasContent |= !NEGATORS.contains(f);
                }
                if (hasContent) {
                    String key = String.join(" ", kept.stream().map(ConceptDeriver::fold).toList());
                    phrases.putIfAbsent(key, kept);
                }
            }
        }
        List<Concept> concepts = new ArrayList<>(phrases.size());
        int n = 0;
        for (List<String> words : phrases.values()) {
            String phrase = String.join(" ", words);
            concepts.add(new Concept("c" + ++n, phrase, words.size(), List.of(phrase), false, null));
        }
        return concepts;
    }

    /** The content-word chunks of a text, before question words are removed; each chunk non-empty. */
    static List<List<String>> chunks(String text) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String token : tokens(text)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.equals(BREAK_TOKEN) || (BREAKS.contains(lower) && !NEGATORS.contains(lower))) {
                if (!current.isEmpty()) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
            } else if (NEGATORS.contains(lower) || !GLUE.contains(lower)) {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** Stands for punctuation or a line break between words: it ends a chunk. */
    static final String BREAK_TOKEN = "\n";

    /**
     * Words and breaks. A word is a run of letters and digits, joined by single inner {@code - ' ’ _ .}
     * (so "end-systems", "don't", "10.0.0.0", "IPv6" stay whole) and followed by any {@code +} or
     * {@code #} ("C++", "C#"). Anything else but spaces and tabs between two words is a break.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean pendingBreak = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’' || d == '_' || d == '.')
                            && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                    i++;
                }
                if (pendingBreak && !out.isEmpty()) {
                    out.add(BREAK_TOKEN);
                }
                pendingBreak = false;
                out.add(text.substring(start, i).replace('’', '\''));
            } else {
                if (c != ' ' && c != '\t' && c != '\u00a0') {
                    pendingBreak = true;
                }
                i++;
            }
        }
        return out;
    }

    /** Lower case, possessive and plural folded, so "Terminals" and "terminal's" match "terminal". */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
