package dev.assay.engine.concepts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Words the matcher knows about: stopwords, the normalised form of a term, and related terms from
 * WordNet (extjwnl, the WordNet 3.1 data it ships) plus a small hand list of domain terms WordNet
 * lacks. WordNet is loaded once per JVM, on first use; lookups are serialised, and callers only
 * look up at question-compile time, so answers never wait on it.
 */
final class Lexicon {

    /** How much a WordNet synonym or derivational form counts relative to the exact lemma. */
    static final double WORDNET_FACTOR = 0.8;
    /** How much a hand-listed domain equivalent counts. */
    static final double DOMAIN_FACTOR = 0.9;

    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "at", "by", "for",
            "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
            "below", "to", "from", "in", "on", "off", "over", "under", "again", "further", "once", "here",
            "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
            "other", "some", "such", "only", "own", "same", "too", "very", "can", "will", "just", "should",
            "would", "could", "may", "might", "must", "shall", "be", "have", "do", "get", "i", "me", "my",
            "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them",
            "their", "what", "which", "who", "whom", "this", "that", "these", "those", "is", "are", "was",
            "were", "been", "being", "has", "had", "does", "did", "not", "no", "nor", "n't", "never", "e.g.",
            "eg", "etc", "vs", "via", "per", "also", "usually", "e.g", "i.e.", "ie", "example", "examples",
            "up", "out", "down", "back", "one", "thing", "things", "way", "lot", "like", "really",
            "something", "anything", "everything", "someone", "anyone", "everyone", "whether", "while",
            "within", "without", "until", "every", "much", "many", "well", "first", "still", "even", "go",
            "across", "around", "along", "among", "toward", "towards", "upon", "onto", "maybe", "often");

    /** Particles that form phrasal verbs ("roll back", "scale out", "fail over", "follow up"). */
    private static final Set<String> PARTICLES = Set.of("back", "out", "over", "up", "off", "down", "forward");

    /**
     * Domain equivalences WordNet lacks (keys normalised: lower case, letters and digits only).
     * Each group's members are interchangeable.
     */
    private static final List<Set<String>> DOMAIN_GROUPS = List.of(
            Set.of("rollback", "revert", "rollbacked", "undo"),
            Set.of("postmortem", "retro", "retrospective", "incidentreview", "writeup", "rca"),
            Set.of("p99", "p95", "p50", "p999", "percentile"),
            Set.of("oncall", "pager", "paged"),
            Set.of("runbook", "playbook"),
            Set.of("database", "db"),
            Set.of("deploy", "deployment", "release", "ship", "rollout"),
            Set.of("config", "configuration"),
            Set.of("featureflag", "flag", "toggle"),
            Set.of("alert", "alerting", "alarm"),
            Set.of("escalate", "escalation"),
            Set.of("downstream", "dependency", "upstream"),
            Set.of("slo", "sla"),
            Set.of("stabilize", "stabilise", "stable"),
            Set.of("prioritize", "prioritise"),
            Set.of("organize", "organise"),
            Set.of("analyze", "analyse", "analysis"),
            // general English multiword verbs WordNet does not list as synonyms (keys of adjacent words)
            Set.of("ensure", "makesure"),
            Set.of("recur", "recurrence", "reoccur", "happenagain"),
            Set.of("involve", "bringin", "loopin"),
            Set.of("document", "writedown"),
            // unit abbreviations
            Set.of("min", "mins", "minute"),
            Set.of("hr", "hrs", "hour"));

    private static final Map<String, Set<String>> DOMAIN;

    static {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (Set<String> g : DOMAIN_GROUPS) {
            for (String w : g) {
                m.merge(w, g, (a, b) -> {
                    java.util.Set<String> u = new java.util.HashSet<>(a);
                    u.addAll(b);
                    return Set.copyOf(u);
                });
            }
        }
        DOMAIN = Map.copyOf(m);
    }

    private Lexicon() {
    }

    /** Normal form used for every comparison: lower case, letters and digits only ("post-mortem" = "postmortem"). */
    static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int i = 0; // loops, not a stream: every token of every answer comes here
        while (i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i))) {
            i += Character.charCount(lower.codePointAt(i));
        }
        if (i == lower.length()) {
            return lower; // most words: nothing to drop, so no copy
        }
        StringBuilder b = new StringBuilder(lower.length()).append(lower, 0, i);
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static boolean isStopword(String lemma) {
        return STOPWORDS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    static boolean isParticle(String lemma) {
        return PARTICLES.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Hand-listed domain equivalents of a normalised key (without the key itself). */
    static Map<String, Double> domain(String key) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String d : DOMAIN.getOrDefault(key, Set.of())) {
            if (!d.equals(key)) {
                out.put(d, DOMAIN_FACTOR);
            }
        }
        return out;
    }

    /**
     * Terms related to {@code lemma} (of Penn tag {@code pos}), as normalised keys mapped to the
     * credit a match through them earns (the lemma itself is not included).
     */
    static Map<String, Double> related(String lemma, String pos) {
        Map<String, Double> out = new LinkedHashMap<>();
        String k = key(lemma);
        for (String d : DOMAIN.getOrDefault(k, Set.of())) {
            if (!d.equals(k)) {
                out.put(d, DOMAIN_FACTOR);
            }
        }
        // WordNet knows nothing useful of codes, numbers and short abbreviations ("p99", "15-30", "min", "GC")
        boolean lookUp = k.length() > 3 && k.chars().allMatch(Character::isLetter);
        for (String w : lookUp ? WordNet.related(lemma.replace('-', ' ').trim(), pos) : List.<String>of()) {
            String wk = key(w);
            if (wk.length() >= 3 && !wk.equals(k) && !isStopword(w)) {
                out.putIfAbsent(wk, WORDNET_FACTOR);
                for (String d : DOMAIN.getOrDefault(wk, Set.of())) {
                    out.putIfAbsent(d, WORDNET_FACTOR);
                }
            }
        }
        return out;
    }

    /** WordNet access: one dictionary per JVM, loaded lazily, used under a lock. */
    static final class WordNet {
        private static final Object LOCK = new Object();
        private static volatile Dictionary dictionary;
        private static volatile boolean unavailable;
        private static final Map<String, List<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        private WordNet() {
        }

        private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
                new java.util.concurrent.atomic.AtomicBoolean();

        /** Starts loading the dictionary on a background thread, if nothing has yet. */
        static void preload() {
            if (dictionary == null && !unavailable && PRELOADING.compareAndSet(false, true)) {
                Thread t = new Thread(WordNet::dictionary, "assay-preload-wordnet");
                t.setDaemon(true);
                t.start();
            }
        }

        private static Dictionary dictionary() {
            Dictionary d = dictionary;
            if (d == null && !unavailable) {
                synchronized (LOCK) {
                    d = dictionary;
                    if (d == null && !unavailable) {
                        try {
                            d = Dictionary.getDefaultResourceInstance();
                            dictionary = d;
                        } catch (JWNLException | RuntimeException e) {
                            unavailable = true;
                        }
                    }
                }
            }
            return d;
        }

        /** Whether WordNet lists the word, as written, as a verb's base form ("acknowledge", not "deploys"). */
        static boolean isVerb(String word) {
            return IS_VERB.computeIfAbsent(word, WordNet::lookupIsVerb);
        }

        private static final Map<String, Boolean> IS_VERB = new java.util.concurrent.ConcurrentHashMap<>();

        private static boolean lookupIsVerb(String word) {
            Dictionary d = dictionary();
            if (d == null) {
                return false;
            }
            synchronized (LOCK) {
                try {
                    IndexWord iw = d.getIndexWord(POS.VERB, word);
                    return iw != null && iw.getLemma().equalsIgnoreCase(word);
                } catch (JWNLException | RuntimeException e) {
                    return false;
                }
            }
        }

        /** Whether WordNet lists the word (a lemma, lower case) under any part of speech. */
        static boolean knows(String lemma) {
            Boolean k = KNOWN.get(lemma);
            if (k == null) {
                k = lookupKnows(lemma);
                if (KNOWN.size() < KNOWN_CAPACITY) { // bounded: the heap stays flat on any batch
                    KNOWN.put(lemma, k);
                }
            }
            return k;
        }

        private static final int KNOWN_CAPACITY = 200_000;
        private static final Map<String, Boolean> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

        private static boolean lookupKnows(String lemma) {
            Dictionary d = dictionary();
            if (d == null) {
                return true; // no WordNet: judge nothing
            }
            synchronized (LOCK) {
                try {
                    for (POS p : POS.getAllPOS()) {
                        if (d.getIndexWord(p, lemma) != null) {
                            return true;
                        }
                    }
                    return false;
                } catch (JWNLException | RuntimeException e) {
                    return true;
                }
            }
        }

        /** Sense-tagged corpus count of the lemma over all its senses and parts of speech (0 if unknown). */
        static int useCount(String lemma) {
            return USE_COUNTS.computeIfAbsent(lemma, WordNet::lookupUseCount);
        }

        private static final Map<String, Integer> USE_COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

        private static int lookupUseCount(String lemma) {
            Dictionary d = dictionary();
            if (d == null) {
                return 0;
            }
            int total = 0;
            synchronized (LOCK) {
                try {
                    for (POS p : POS.getAllPOS()) {
                        IndexWord iw = d.getIndexWord(p, lemma);
                        if (iw == null) {
                            continue;
                        }
                        for (Synset syn : iw.getSenses()) {
                            for (Word w : syn.getWords()) {
                                if (w.getLemma().equalsIgnoreCase(lemma)) {
                                    total += w.getUseCount();
                                }
                            }
                        }
                    }
                } catch (JWNLException | RuntimeException e) {
                    return total;
                }
            }
            return total;
        }

        private static final Map<String, List<String>> ANTONYMS = new java.util.concurrent.ConcurrentHashMap<>();

        /** WordNet antonyms of the lemma's own entries, every part of speech ("closed" → "open"). */
        static List<String> antonyms(String lemma) {
            return ANTONYMS.computeIfAbsent(lemma, WordNet::lookupAntonyms);
        }

        private static List<String> lookupAntonyms(String lemma) {
            Dictionary d = dictionary();
            if (d == null) {
                return List.of();
            }
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            synchronized (LOCK) {
                try {
                    for (POS p : POS.getAllPOS()) {
                        IndexWord iw = d.getIndexWord(p, lemma);
                        for (Synset syn : iw == null ? List.<Synset>of() : iw.getSenses()) {
                            for (Word w : syn.getWords()) {
                                if (!w.getLemma().equalsIgnoreCase(lemma)) {
                                    continue;
                                }
                                for (Pointer ptr : w.getPointers(PointerType.ANTONYM)) {
                                    if (ptr.getTarget() instanceof Word t) {
                                        out.add(t.getLemma().replace('_', ' ').toLowerCase(Locale.ROOT));
                                    }
                                }
                            }
                        }
                    }
                } catch (JWNLException | RuntimeException e) {
                    return List.copyOf(out);
                }
            }
            return List.copyOf(out);
        }

        static POS posOf(String pennTag) {
            if (pennTag == null) {
                return null;
            }
            if (pennTag.startsWith("NN")) {
                return POS.NOUN;
            }
            if (pennTag.startsWith("VB")) {
                return POS.VERB;
            }
            if (pennTag.startsWith("JJ")) {
                return POS.ADJECTIVE;
            }
            if (pennTag.startsWith("RB")) {
                return POS.ADVERB;
            }
            return null;
        }

        /**
         * Synonyms (same POS, first two senses), derivational forms, an adverb's adjective and a
         * noun's attribute adjectives (or an adjective's noun) of the lemma. Multi-word lemmas come
         * back with spaces.
         */
        static List<String> related(String lemma, String pennTag) {
            POS pos = posOf(pennTag);
            if (pos == null) {
                return List.of();
            }
            return CACHE.computeIfAbsent(pos.getLabel() + "|" + lemma, k -> lookup(lemma, pos));
        }

        private static List<String> lookup(String lemma, POS pos) {
            Dictionary d = dictionary();
            if (d == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            synchronized (LOCK) {
                try {
                    IndexWord iw = d.getIndexWord(pos, lemma);
                    if (iw == null) {
                        return List.of();
                    }
                    List<Synset> senses = iw.getSenses();
                    for (int i = 0; i < Math.min(2, senses.size()); i++) {
                        for (Word w : senses.get(i).getWords()) {
                            String wl = w.getLemma().replace('_', ' ');
                            if (wl.split(" ").length <= 2) {
                                out.add(wl);
                            }
                            if (wl.equalsIgnoreCase(lemma)) {
                                // an adverb's adjective ("actively" -> "active"): answers say "an active listener"
                                List<Pointer> ps = new ArrayList<>(w.getPointers(PointerType.DERIVATION));
                                if (pos == POS.ADVERB) {
                                    ps.addAll(w.getPointers(PointerType.PERTAINYM));
                                }
                                // a noun's attribute adjectives and back: "table sizes" = "how big the tables are"
                                ps.addAll(senses.get(i).getPointers(PointerType.ATTRIBUTE));
                                for (Pointer p : ps) {
                                    List<Word> targets = p.getTarget() instanceof Word t ? List.of(t)
                                            : p.getTarget() instanceof Synset ts ? ts.getWords() : List.of();
                                    for (Word t : targets) {
                                        String tl = t.getLemma().replace('_', ' ');
                                        if (tl.split(" ").length <= 2) {
                                            out.add(tl);
                                        }
                                    }
                                }
                            }
                        }
                    }
                } catch (JWNLException | RuntimeException e) {
                    return List.copyOf(out);
                }
            }
            return List.copyOf(out);
        }
    }
}
