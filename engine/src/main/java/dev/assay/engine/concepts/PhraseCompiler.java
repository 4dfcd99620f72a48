package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.analysis.Token;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarSection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a question's concepts and misconceptions into {@link Phrase}s: splits each rubric phrasing
 * into short parts, analyses each part once, keeps its content lemmas as weighted slots, and adds
 * synonyms and derivational forms.
 */
final class PhraseCompiler {

    /** A slot whose word also appears in the question's own title or prompt counts this much. */
    static final double QUESTION_WORD_DISCOUNT = 0.5;
    /** Credit for the bare verb of a phrasal verb ("roll" for "roll back"). */
    static final double BARE_VERB_FACTOR = 0.7;

    /**
     * A manner adverb ("actively", "regularly", "safely") qualifies the action a point names; answers
     * restate the action and vary the manner ("listen carefully"), so it weighs less.
     */
    static final double MANNER_ADVERB_FACTOR = 0.5;

    /** Verbs whose object an answer states negated: "prevent recurrence" is "so that it does not happen again". */
    static final Set<String> PREVENTING_VERBS = Set.of("prevent", "avoid");

    private static final Pattern QUOTED_CONTRAST =
            Pattern.compile("(\"[^\"]*\")\\s*(?:vs\\.?|versus)\\s*\"[^\"]*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:examples?|e\\.g\\.|i\\.e\\.|such as)\\s*[:,]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HARD_SPLIT = Pattern.compile("[,;:()?!\\[\\]]|\\s[—–]\\s|\\.\\s");
    private static final Pattern SOFT_SPLIT = Pattern.compile("\\s(?:vs\\.?|versus|or|and|e\\.g\\.|i\\.e\\.)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_PAIR = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*/\\p{L}[\\p{L}\\p{N}-]*");
    private static final Pattern NEGATOR = Pattern.compile(
            "\\b(?:not|never|no|cannot|(?:can|don|doesn|didn|isn|aren|wasn|won|shouldn|mustn)'t|rather than|instead of"
                    + "|without)\\b", Pattern.CASE_INSENSITIVE);

    /** A negator that stands for the clause's subject or object and negates its verb ("take nothing with them"). */
    private static final Pattern OBJECT_NEGATOR = Pattern.compile("\\b(?:nothing|nobody|no one|no-one|none)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A part of a phrasing; {@code negated} when the rubric states it negated ("not who"). */
    record Part(String text, boolean negated) {
    }

    /** Document frequencies of normalised lemma keys over a bank's (or a question's) text. */
    static final class DocFreq {
        private final Map<String, Integer> df;
        private final int docs;

        DocFreq(Map<String, Integer> df, int docs) {
            this.df = Map.copyOf(df);
            this.docs = Math.max(1, docs);
        }

        /** Documents: each concept, misconception, STAR section and model answer, and each prompt. */
        static DocFreq of(Collection<Question> questions) {
            Map<String, Integer> df = new HashMap<>();
            int docs = 0;
            for (Question q : questions) {
                for (String doc : documents(q)) {
                    docs++;
                    for (String k : keysOf(TextAnalyzer.shared().analyze(doc))) {
                        df.merge(k, 1, Integer::sum);
                    }
                }
            }
            return new DocFreq(df, docs);
        }

        double idf(String key) {
            int d = df.getOrDefault(key, 0);
            return Math.log(1.0 + (double) docs / (1.0 + d));
        }
    }

    private PhraseCompiler() {
    }

    static List<String> documents(Question q) {
        List<String> docs = new ArrayList<>();
        docs.add(nz(q.title()) + "\n" + nz(q.prompt()) + "\n" + nz(q.context()));
        for (Concept c : q.concepts()) {
            docs.add(nz(c.label()) + "\n" + String.join("\n", c.phrasings()));
        }
        for (Misconception m : q.misconceptions()) {
            docs.add(nz(m.label()) + "\n" + String.join("\n", m.phrasings()));
        }
        for (StarSection s : q.structure().star()) {
            docs.add(String.join("\n", s.cues()) + "\n" + nz(s.example()));
        }
        for (ModelAnswer a : q.modelAnswers()) {
            docs.add(nz(a.text()));
        }
        return docs;
    }

    private static Set<String> keysOf(Analysis a) {
        Set<String> keys = new HashSet<>();
        for (Sentence s : a.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.isPunctuation()) {
                    continue;
                }
                keys.add(Lexicon.key(t.lemma()));
                if (i + 1 < ts.size() && !ts.get(i + 1).isPunctuation()) {
                    keys.add(Lexicon.key(t.lemma() + ts.get(i + 1).lemma()));
                }
            }
        }
        return keys;
    }

    /** The short parts a rubric phrasing is matched by. */
    static List<Part> parts(String phrasing) {
        if (phrasing == null || phrasing.isBlank()) {
            return List.of();
        }
        String s = QUOTED_CONTRAST.matcher(phrasing).replaceAll("$1");
        s = s.replace('"', ' ');
        Set<Part> out = new LinkedHashSet<>();
        for (String chunk : HARD_SPLIT.split(" " + s + " ")) {
            chunk = LEAD.matcher(chunk.strip()).replaceFirst("");
            String neg = null;
            java.util.regex.Matcher m = NEGATOR.matcher(chunk);
            java.util.regex.Matcher none = OBJECT_NEGATOR.matcher(chunk);
            if (none.find()) {
                // "take nothing with them", "nobody leaves the room": the whole clause is stated negated
                neg = (chunk.substring(0, none.start()) + " " + chunk.substring(none.end())).strip().replaceAll("\\s+", " ");
                chunk = "";
            } else if (m.find()) {
                neg = chunk.substring(m.end());
                chunk = chunk.substring(0, m.start());
            }
            for (String p : SOFT_SPLIT.split(" " + chunk + " ")) {
                add(out, p, false);
            }
            if (neg != null) {
                for (String p : SOFT_SPLIT.split(" " + neg + " ")) {
                    add(out, p, true);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(Set<Part> out, String p, boolean negated) {
        p = p.strip();
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1).strip();
        }
        if (!p.isEmpty()) {
            out.add(new Part(p, negated));
        }
    }

    /**
     * Words a stop list drops but a wrong claim turns on ("the server sends the <b>first</b> SYN",
     * "<b>only</b> the lead can deploy"): in a misconception they are slots an answer must say.
     */
    static final Set<String> CLAIM_WORDS = Set.of("first", "only");

    static List<Phrase> compile(String ownerId, String label, List<String> phrasings, Question q, DocFreq df,
                                double generalWeight) {
        return compile(ownerId, label, phrasings, q, df, generalWeight, false);
    }

    /** @param claim a misconception's phrasings: {@link #CLAIM_WORDS} are slots of their own */
    static List<Phrase> compile(String ownerId, String label, List<String> phrasings, Question q, DocFreq df,
                                double generalWeight, boolean claim) {
        Set<String> questionKeys = keysOf(TextAnalyzer.shared().analyze(nz(q.title()) + "\n" + nz(q.prompt())));
        List<String> raw = new ArrayList<>();
        if (label != null) {
            raw.add(label);
        }
        raw.addAll(phrasings);
        Map<String, Phrase> out = new LinkedHashMap<>();
        for (String r : raw) {
            for (Part part : parts(r)) {
                // a lone pair "expand/contract" names one thing: both words are needed, not either
                String text = LONE_PAIR.matcher(part.text()).matches() ? part.text().replace('/', ' ') : part.text();
                Phrase p = phrase(ownerId, text, part.negated(), questionKeys, df, generalWeight, claim);
                if (p != null) {
                    String sig = p.expectNegated() + p.slots().stream().map(Phrase.Slot::primary).toList().toString();
                    out.putIfAbsent(sig, p);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * @param generalWeight how much a word's frequency in general English (its WordNet sense-tagged
     *                      count) lowers its weight: {@code w = idf / (1 + generalWeight · ln(1 + count))}
     */
    static Phrase phrase(String ownerId, String text, boolean expectNegated, Set<String> questionKeys, DocFreq df,
                         double generalWeight) {
        return phrase(ownerId, text, expectNegated, questionKeys, df, generalWeight, false);
    }

    static Phrase phrase(String ownerId, String text, boolean expectNegated, Set<String> questionKeys, DocFreq df,
                         double generalWeight, boolean claim) {
        List<Token> ts = TextAnalyzer.shared().analyze(text).tokens();
        List<Phrase.Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Token t = ts.get(i);
            boolean claimWord = claim && CLAIM_WORDS.contains(t.lemma());
            // the possessive "'s" is no word of the phrasing ("the manager's head" has two: manager, head)
            if (t.isPunctuation() || (Lexicon.isStopword(t.lemma()) && !claimWord) || Lexicon.key(t.lemma()).isEmpty()
                    || t.pos().equals("POS")) {
                i++;
                continue;
            }
            Map<String, Double> keys = new LinkedHashMap<>();
            String primary;
            int next = i + 1;
            // a hyphen chain written without spaces ("on-call", "burn-rate") is one compound slot
            StringBuilder chain = new StringBuilder(t.word());
            StringBuilder chainLemma = new StringBuilder(t.lemma());
            int j = i;
            while (j + 2 < ts.size() && ts.get(j + 1).word().equals("-")
                    && ts.get(j).end() == ts.get(j + 1).begin() && ts.get(j + 1).end() == ts.get(j + 2).begin()) {
                chain.append(ts.get(j + 2).word());
                chainLemma.append(ts.get(j + 2).lemma());
                j += 2;
            }
            if (j > i) {
                primary = Lexicon.key(chain.toString());
                keys.put(primary, 1.0);
                keys.putIfAbsent(Lexicon.key(chainLemma.toString()), 1.0);
                // only the hand list for hyphen chains: WordNet would read "gh-ost" as "ghost"
                if (Lexicon.WordNet.useCount(chain.toString()) > 0) {
                    Lexicon.related(chain.toString(), "NN").forEach(keys::putIfAbsent);
                } else {
                    Lexicon.domain(primary).forEach(keys::putIfAbsent);
                }
                next = j + 1;
            } else if (i + 1 < ts.size() && Lexicon.isParticle(ts.get(i + 1).lemma())
                    && (t.isVerb() || t.pos().startsWith("NN"))) {
                // phrasal verb: "roll back" = "rollback"; the bare verb earns part credit
                String particle = ts.get(i + 1).lemma();
                primary = Lexicon.key(t.lemma() + particle);
                keys.put(primary, 1.0);
                keys.putIfAbsent(Lexicon.key(t.word() + particle), 1.0);
                Lexicon.related(t.lemma() + " " + particle, "VB").forEach(keys::putIfAbsent);
                Lexicon.related(primary, "NN").forEach(keys::putIfAbsent);
                keys.putIfAbsent(Lexicon.key(t.lemma()), BARE_VERB_FACTOR);
                next = i + 2;
            } else if (i == 0 && headingVerb(t)) {
                // a point's heading or bullet often opens with an imperative the tagger misreads
                // ("Acknowledge/NNP impact", "Share/NN learnings"): read it as the verb too, keeping the noun
                String verb = t.word().toLowerCase(java.util.Locale.ROOT);
                primary = Lexicon.key(verb);
                keys.put(primary, 1.0);
                keys.putIfAbsent(Lexicon.key(t.lemma()), 1.0);
                Lexicon.related(verb, "VB").forEach(keys::putIfAbsent);
                Lexicon.related(t.lemma(), t.pos()).forEach(keys::putIfAbsent);
            } else {
                primary = Lexicon.key(t.lemma());
                keys.put(primary, 1.0);
                keys.putIfAbsent(Lexicon.key(t.word()), 1.0);
                Lexicon.related(t.lemma(), t.pos()).forEach(keys::putIfAbsent);
            }
            // "a/b": the word after a slash is an alternative for the same slot
            while (next + 1 < ts.size() && ts.get(next).word().equals("/") && !ts.get(next + 1).isPunctuation()) {
                Token alt = ts.get(next + 1);
                keys.putIfAbsent(Lexicon.key(alt.lemma()), 1.0);
                keys.putIfAbsent(Lexicon.key(alt.word()), 1.0);
                Lexicon.related(alt.lemma(), alt.pos()).forEach(keys::putIfAbsent);
                next += 2;
            }
            double w = df.idf(primary)
                    / (1 + generalWeight * Math.log1p(Lexicon.WordNet.useCount(t.lemma().replace('-', ' '))));
            if (questionKeys.contains(primary)) {
                w *= QUESTION_WORD_DISCOUNT;
            }
            if (isMannerAdverb(t)) {
                w *= MANNER_ADVERB_FACTOR;
            }
            Map<String, Double> negKeys = new LinkedHashMap<>();
            if (expectNegated) {
                negKeys.putAll(keys);
                keys.clear();
            } else if (primary.endsWith("less") && primary.length() > 6) {
                // "blameless" = "not blame", "without blame"
                String stem = primary.substring(0, primary.length() - 4);
                negKeys.put(stem, 1.0);
                Lexicon.related(stem, "NN").forEach(negKeys::putIfAbsent);
            }
            if (!expectNegated && !slots.isEmpty()
                    && PREVENTING_VERBS.contains(slots.get(slots.size() - 1).primary())) {
                // "prevent recurrence" = "so it does not recur": the object, negated, also fills its slot
                negKeys.putAll(keys);
            }
            slots.add(new Phrase.Slot(primary, w, Map.copyOf(keys), Map.copyOf(negKeys)));
            i = next;
        }
        if (slots.isEmpty()) {
            return null;
        }
        double total = slots.stream().mapToDouble(Phrase.Slot::weight).sum();
        return new Phrase(ownerId, (expectNegated ? "not " : "") + text.strip(), List.copyOf(slots), total,
                expectNegated);
    }

    static boolean isMannerAdverb(Token t) {
        return t.pos().startsWith("RB") && t.lemma().length() > 4 && t.lemma().endsWith("ly");
    }

    /** The first word of a part, not tagged a verb nor a plural noun, whose written form is a WordNet verb. */
    static boolean headingVerb(Token t) {
        String p = t.pos();
        return !t.isVerb() && !p.equals("NNS") && !p.equals("NNPS") && !t.word().contains("-")
                && Lexicon.WordNet.isVerb(t.word().toLowerCase(java.util.Locale.ROOT));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
