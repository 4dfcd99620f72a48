package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.analysis.Token;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a question's concepts and misconceptions in an analysed answer. Thread-safe.
 *
 * <p>Each rubric phrasing is split into short parts and analysed once per question (cached by the
 * question's id and content): its content lemmas become weighted slots (idf over the bank's own
 * text; words of the question itself count less), each with its WordNet synonyms, derivational forms
 * and hand-listed domain equivalents. In an answer, a hit is a window of one sentence (or two
 * adjacent sentences for phrasings of four or more content words) holding at least
 * {@link Settings#minShare()} of the phrasing's weight, in any order, within a gap limit. Its strength
 * is that weighted share (synonyms earn less than exact lemmas), scaled down for phrasings with
 * little content (a lone common word), with a small bonus for order and adjacency. Hits in a
 * negation's scope are kept but marked negated; hits inside a bare keyword list are weakened.
 * Besides, each point's words pooled over all its phrasings are aligned with each sentence
 * ({@link PointAligner}): a heading word and a description word together ("escalate" … "senior")
 * are evidence no single phrasing holds.
 */
public final class ConceptMatcher {

    /**
     * Tunable settings. Defaults were chosen on the DEV procedural questions (Q2, Q8) of
     * {@code interview-answers} only.
     *
     * @param minShare             least weighted share of a phrasing's content a window must hold to be a hit
     * @param gapBase              extra tokens a window may span beyond the phrasing's content words…
     * @param gapPerSlot           …plus this many per content word
     * @param massFull             total slot weight at which a phrasing can reach full strength
     * @param orderWeight          share of the strength that depends on order and adjacency
     * @param keywordListFactor    strength multiplier for hits inside a bare keyword list
     * @param twoSentenceMinSlots  phrasings with at least this many content words may span two sentences
     * @param generalWeight        how much frequency in general English (WordNet's sense-tagged counts)
     *                             lowers a word's weight
     * @param coverageThreshold    a concept counts as covered when its coverage reaches this
     * @param softThreshold        least cosine (CoreNLP word embeddings) at which an answer word with no
     *                             lemma, WordNet or domain match still fills a slot…
     * @param softCredit           …earning this credit (0 turns soft matching off)…
     * @param softMinWeight        …and only for slots weighing at least this much (words that carry the
     *                             phrasing, not general verbs like "run" or "check")
     */
    public record Settings(double minShare, int gapBase, double gapPerSlot, double massFull, double orderWeight,
                           double keywordListFactor, int twoSentenceMinSlots, double generalWeight,
                           double coverageThreshold, double softThreshold, double softCredit, double softMinWeight) {

        public static final Settings DEFAULT = new Settings(0.5, 3, 1.0, 3.0, 0.15, 0.1, 4, 0.1, 0.55,
                0.7, 0.5, 1.5);

        public Settings withCoverageThreshold(double t) {
            return new Settings(minShare, gapBase, gapPerSlot, massFull, orderWeight, keywordListFactor,
                    twoSentenceMinSlots, generalWeight, t, softThreshold, softCredit, softMinWeight);
        }

        /** The same settings without embedding soft matches. */
        public Settings withoutSoftMatch() {
            return new Settings(minShare, gapBase, gapPerSlot, massFull, orderWeight, keywordListFactor,
                    twoSentenceMinSlots, generalWeight, coverageThreshold, softThreshold, 0, softMinWeight);
        }
    }

    private final QuestionBank bank;
    private final Settings settings;
    private volatile PhraseCompiler.DocFreq bankDf;
    private final dev.assay.engine.QuestionCache<Compiled> cache = new dev.assay.engine.QuestionCache<>(512);
    private final java.util.function.Supplier<Embeddings> embeddings;

    /** Document frequencies come from each question's own text. */
    public ConceptMatcher() {
        this(null, Settings.DEFAULT);
    }

    /** Document frequencies come from the whole bank's text. */
    public ConceptMatcher(QuestionBank bank) {
        this(bank, Settings.DEFAULT);
    }

    public ConceptMatcher(QuestionBank bank, Settings settings) {
        this(bank, settings, Embeddings::shared);
    }

    /** With a given embedding table (tests). */
    ConceptMatcher(QuestionBank bank, Settings settings, Embeddings embeddings) {
        this(bank, settings, () -> embeddings);
    }

    private ConceptMatcher(QuestionBank bank, Settings settings, java.util.function.Supplier<Embeddings> embeddings) {
        this.bank = bank;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.embeddings = settings.softCredit() > 0 ? embeddings : () -> Embeddings.EMPTY;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Whether a sentence is a bare keyword list ("Rollback, stabilize, post-mortem, 24 hours, …"), whose
     * evidence is weakened by {@link Settings#keywordListFactor()}.
     */
    public static boolean isKeywordList(Sentence s) {
        return AnswerIndex.isKeywordList(s.tokens());
    }

    /** Starts loading WordNet on a background thread (see {@link dev.assay.engine.Grader#preload()}). */
    public static void preloadLexicon() {
        Lexicon.WordNet.preload();
    }

    public ConceptMatch match(Analysis analysis, Question question) {
        Compiled c = compiled(question);
        AnswerIndex idx = new AnswerIndex(analysis, c.soft, c.usedKeys);
        SlotCandidates cands = new SlotCandidates(c);
        // a near word by embedding, for a weighty slot with no lexical match there: low credit
        Embeddings emb = c.soft ? embeddings.get() : Embeddings.EMPTY;
        for (int w = 0; w < idx.softKeys.size(); w++) {
            for (int code : c.softSlots(idx.softKeys.get(w), emb, settings.softThreshold())) {
                for (int pos : idx.softPositions.get(w)) {
                    cands.offer(code >>> 16, code & 0xFFFF, pos, pos, settings.softCredit(), false);
                }
            }
        }
        // the answer's keys looked up in the question's slots (not every slot key in the answer)
        for (Map.Entry<String, List<int[]>> e : idx.occ.entrySet()) {
            for (SlotKey k : c.slotsByKey.getOrDefault(e.getKey(), List.of())) {
                for (int[] o : e.getValue()) {
                    cands.offer(k.phrase(), k.slot(), o[0], o[1], k.credit(), false);
                }
            }
        }
        // keys that hold only under negation ("not blame" for "blameless"); such a match is not a negated hit
        for (Map.Entry<String, List<int[]>> e : idx.occ.entrySet()) {
            for (SlotKey k : c.slotsByNegatedKey.getOrDefault(e.getKey(), List.of())) {
                for (int[] o : e.getValue()) {
                    if (idx.negated[o[0]]) {
                        cands.offer(k.phrase(), k.slot(), o[0], o[1], k.credit(), true);
                    }
                }
            }
        }
        List<ConceptHit> hits = new ArrayList<>();
        for (int pi = 0; pi < c.concepts.size(); pi++) {
            Phrase p = c.concepts.get(pi);
            for (Window w : find(p, cands.of(pi), idx)) {
                hits.add(new ConceptHit(p.ownerId(), w.strength, w.sentence, w.begin, w.end,
                        analysis.text().substring(w.begin, w.end), w.negated, p.text(), ConceptHit.Source.PHRASING));
            }
        }
        hits.addAll(c.pooled.align(idx, analysis, settings));
        List<MisconceptionHit> mis = new ArrayList<>();
        for (int mi = 0; mi < c.misconceptions.size(); mi++) {
            Phrase p = c.misconceptions.get(mi);
            for (Window w : find(p, cands.of(c.concepts.size() + mi), idx)) {
                if (!w.claim()) {
                    // A wrong claim needs most of its words: "manager's" alone is not "going over the
                    // manager's head", and "the server sends back SYN-ACK" is not "the server sends the first SYN".
                    continue;
                }
                // a claim said in its own words counts whatever the mass of its (often common) words
                mis.add(new MisconceptionHit(p.ownerId(), Math.max(w.strength, w.share), w.sentence, w.begin, w.end,
                        analysis.text().substring(w.begin, w.end), w.negated, p.text()));
            }
        }
        hits.sort(Comparator.comparingInt(ConceptHit::begin).thenComparingInt(ConceptHit::end)
                .thenComparing(ConceptHit::conceptId));
        mis.sort(Comparator.comparingInt(MisconceptionHit::begin).thenComparingInt(MisconceptionHit::end)
                .thenComparing(MisconceptionHit::misconceptionId));
        double order = stepOrder(hits, question);
        return new ConceptMatch(hits, mis, order);
    }

    /** The compiled phrasings of a question's concepts (for diagnostics and tests). */
    List<Phrase> phrases(Question q) {
        return compiled(q).concepts;
    }

    /** Whether the answer covers the concept: its coverage reaches the threshold. */
    public boolean covered(ConceptMatch match, String conceptId) {
        return match.coverage(conceptId) >= settings.coverageThreshold();
    }

    /** Sum of the penalties of the misconceptions stated (not negated) with enough strength, capped at 1. */
    public double misconceptionPenalty(ConceptMatch match, Question question) {
        double sum = 0;
        for (Misconception m : question.misconceptions()) {
            if (match.misconceptionCoverage(m.id()) >= settings.coverageThreshold()) {
                sum += m.penalty();
            }
        }
        return Math.min(1.0, sum);
    }

    // ---------------------------------------------------------------- step order

    private double stepOrder(List<ConceptHit> hits, Question q) {
        List<Step> steps = q.structure().steps();
        if (steps.size() < 2) {
            return Double.NaN;
        }
        Map<String, Double> coverage = new HashMap<>();
        for (ConceptHit h : hits) {
            coverage.computeIfAbsent(h.conceptId(), id -> ConceptMatch.coverage(hits, id));
        }
        List<int[]> found = new ArrayList<>(); // {expected order, position}
        for (Step s : steps) {
            if (coverage.getOrDefault(s.concept(), 0.0) < settings.coverageThreshold()) {
                continue;
            }
            Optional<ConceptHit> first = hits.stream()
                    .filter(h -> h.conceptId().equals(s.concept()) && !h.negated())
                    .min(Comparator.comparingInt(ConceptHit::begin));
            first.ifPresent(h -> found.add(new int[] {s.order(), h.begin()}));
        }
        return orderAgreement(found);
    }

    /** (1 + Kendall tau) / 2 over pairs of {expected order, position}; ties count half. NaN below two. */
    static double orderAgreement(List<int[]> found) {
        if (found.size() < 2) {
            return Double.NaN;
        }
        double agree = 0;
        int pairs = 0;
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                int a = Integer.compare(found.get(i)[0], found.get(j)[0]);
                int b = Integer.compare(found.get(i)[1], found.get(j)[1]);
                if (a == 0) {
                    continue;
                }
                pairs++;
                agree += b == 0 ? 0.5 : (a == b ? 1 : 0);
            }
        }
        return pairs == 0 ? Double.NaN : agree / pairs;
    }

    // ---------------------------------------------------------------- compilation

    private static final class Compiled {
        final List<Phrase> concepts;
        final List<Phrase> misconceptions;
        /** Per concept phrasing, per slot: the unit vector for soft matching, or null (no soft match). */
        final List<float[][]> conceptVectors;
        final boolean soft;
        /** Answer lemma key -> the slots it softly matches, coded phrasing index << 16 | slot index. */
        private final Map<String, int[]> softCache = new ConcurrentHashMap<>();
        /**
         * Each key of a slot -> the slots it fills (concept phrasings, then misconceptions, numbered on),
         * so that an answer's few hundred keys are looked up here rather than the question's thousands
         * of slot keys (synonyms, derived forms) in the answer.
         */
        final Map<String, List<SlotKey>> slotsByKey = new HashMap<>();
        /** The same for the keys that fill a slot only when negated in the answer. */
        final Map<String, List<SlotKey>> slotsByNegatedKey = new HashMap<>();

        /** The keys that fill some slot, plainly or under negation: an answer's other keys are not indexed. */
        final SlotKeySet usedKeys;

        final PointAligner pooled;

        Compiled(List<Phrase> concepts, List<Phrase> misconceptions, List<float[][]> conceptVectors,
                 PointAligner pooled) {
            this.pooled = pooled;
            this.concepts = List.copyOf(concepts);
            this.misconceptions = List.copyOf(misconceptions);
            this.conceptVectors = java.util.Collections.unmodifiableList(new ArrayList<>(conceptVectors));
            this.soft = conceptVectors.stream().anyMatch(Objects::nonNull);
            List<Phrase> all = new ArrayList<>(concepts);
            all.addAll(misconceptions);
            for (int pi = 0; pi < all.size(); pi++) {
                List<Phrase.Slot> slots = all.get(pi).slots();
                for (int si = 0; si < slots.size(); si++) {
                    for (Map.Entry<String, Double> k : slots.get(si).keys().entrySet()) {
                        slotsByKey.computeIfAbsent(k.getKey(), x -> new ArrayList<>())
                                .add(new SlotKey(pi, si, k.getValue()));
                    }
                    for (Map.Entry<String, Double> k : slots.get(si).negKeys().entrySet()) {
                        slotsByNegatedKey.computeIfAbsent(k.getKey(), x -> new ArrayList<>())
                                .add(new SlotKey(pi, si, k.getValue()));
                    }
                }
            }
            java.util.Set<String> used = new java.util.HashSet<>(slotsByKey.keySet());
            used.addAll(slotsByNegatedKey.keySet());
            this.usedKeys = new SlotKeySet(used);
        }

        /**
         * The slots an answer word softly matches (near by cosine, not already one of the slot's keys);
         * cached per question, so the word's vector is looked up in the large table only the first time.
         */
        int[] softSlots(String key, Embeddings emb, double threshold) {
            int[] cached = softCache.get(key);
            if (cached != null) {
                return cached;
            }
            float[] vector = emb.vector(key);
            int[] r = vector == null ? new int[0] : softSlots(key, vector, threshold);
            if (softCache.size() > 20_000) {
                softCache.clear();
            }
            softCache.put(key, r);
            return r;
        }

        private int[] softSlots(String key, float[] vector, double threshold) {
            List<Integer> out = new ArrayList<>();
            for (int pi = 0; pi < conceptVectors.size(); pi++) {
                float[][] v = conceptVectors.get(pi);
                if (v == null) {
                    continue;
                }
                for (int si = 0; si < v.length; si++) {
                    if (v[si] != null && !concepts.get(pi).slots().get(si).keys().containsKey(key)
                            && Embeddings.cosine(v[si], vector) >= threshold) {
                        out.add(pi << 16 | si);
                    }
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private Compiled compiled(Question q) {
        return cache.get(q, this::compile);
    }

    private Compiled compile(Question q) {
        PhraseCompiler.DocFreq df = docFreq(q);
        List<Phrase> concepts = new ArrayList<>();
        for (Concept c : q.concepts()) {
            concepts.addAll(PhraseCompiler.compile(c.id(), c.label(), c.phrasings(), q, df,
                    settings.generalWeight()));
        }
        List<Phrase> mis = new ArrayList<>();
        for (Misconception m : q.misconceptions()) {
            mis.addAll(PhraseCompiler.compile(m.id(), m.label(), m.phrasings(), q, df,
                    settings.generalWeight(), true));
        }
        // Misconceptions get no soft matches: a near word is not evidence of a wrong claim.
        List<float[][]> vectors = new ArrayList<>();
        Embeddings emb = settings.softCredit() > 0 ? embeddings.get() : Embeddings.EMPTY;
        for (Phrase p : concepts) {
            vectors.add(softVectors(p, emb));
        }
        List<PointPool> pools = new ArrayList<>();
        for (Concept c : q.concepts()) {
            pools.add(PointPool.of(c.id(), concepts));
        }
        return new Compiled(concepts, mis, vectors, new PointAligner(pools));
    }

    /** Slot vectors of a phrasing for soft matching: only slots that carry weight and are not negated. */
    private float[][] softVectors(Phrase p, Embeddings emb) {
        if (emb.isEmpty() || p.expectNegated()) {
            return null;
        }
        float[][] v = new float[p.slots().size()][];
        boolean any = false;
        for (int i = 0; i < v.length; i++) {
            Phrase.Slot s = p.slots().get(i);
            if (s.weight() >= settings.softMinWeight() && !s.keys().isEmpty()) {
                v[i] = emb.vector(s.primary());
                any |= v[i] != null;
            }
        }
        return any ? v : null;
    }

    private PhraseCompiler.DocFreq docFreq(Question q) {
        if (bank == null || bank.question(q.id()).isEmpty()) {
            return PhraseCompiler.DocFreq.of(List.of(q));
        }
        return bankDocFreq();
    }

    /**
     * Starts computing the bank's document frequencies (an analysis of all its rubric text) on a
     * background thread, so that the first answer's analysis runs meanwhile; the first compile waits
     * for it. Changes no result.
     */
    public void prepareInBackground() {
        if (bank == null || bankDf != null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                bankDocFreq();
            } catch (RuntimeException | Error e) {
                // computed again, and reported, on the grading thread
            }
        }, "assay-prepare-concepts");
        t.setDaemon(true);
        t.start();
    }

    private PhraseCompiler.DocFreq bankDocFreq() {
        PhraseCompiler.DocFreq d = bankDf;
        if (d == null) {
            synchronized (this) {
                d = bankDf;
                if (d == null) {
                    d = PhraseCompiler.DocFreq.of(bank.questions());
                    bankDf = d;
                }
            }
        }
        return d;
    }

    // ---------------------------------------------------------------- matching

    /**
     * One answer's tokens, flattened, with where each normalised key occurs. Arrays sized once, and
     * each token's punctuation test made once: this is built for every answer.
     */
    static final class AnswerIndex {
        final Token[] tokens;
        final int[] sentenceOf;
        final int[] sentenceStart;
        final int[] sentenceEnd; // exclusive
        final boolean[] negated;
        final boolean[] content;
        final boolean[] keywordList; // per sentence
        /** Where each key some slot of the question uses occurs: key -> {first, last}. */
        final Map<String, List<int[]>> occ = new HashMap<>();
        private final SlotKeySet used;
        /** Distinct content lemmas that may have a word vector, and their positions (for soft matches). */
        final List<String> softKeys = new ArrayList<>();
        final List<List<Integer>> softPositions = new ArrayList<>();

        /**
         * {@code soft}: whether to list the soft-match candidates; {@code used}: the keys that can fill a
         * slot, only those are recorded in {@link #occ}.
         */
        AnswerIndex(Analysis a, boolean soft, SlotKeySet used) {
            this.used = used;
            List<Sentence> ss = a.sentences();
            int count = 0;
            for (Sentence s : ss) {
                count += s.tokens().size();
            }
            tokens = new Token[count];
            sentenceOf = new int[count];
            negated = new boolean[count];
            content = new boolean[count];
            boolean[] punctuation = new boolean[count];
            // each token's keys, worked out once: they are asked for again for every compound it is part of
            String[] lemmaKey = new String[count];
            String[] wordKey = new String[count];
            boolean[] joinable = new boolean[count];
            sentenceStart = new int[ss.size()];
            sentenceEnd = new int[ss.size()];
            keywordList = new boolean[ss.size()];
            int at = 0;
            boolean[][] scopes = NegationScope.of(a); // the polarity features ask for the same answer's
            for (int s = 0; s < ss.size(); s++) {
                List<Token> ts = ss.get(s).tokens();
                sentenceStart[s] = at;
                System.arraycopy(scopes[s], 0, negated, at, ts.size());
                for (Token t : ts) {
                    tokens[at] = t;
                    sentenceOf[at] = s;
                    punctuation[at] = t.isPunctuation();
                    content[at] = !punctuation[at] && !Lexicon.isStopword(t.lemma());
                    if (!punctuation[at]) {
                        lemmaKey[at] = Lexicon.key(t.lemma());
                        wordKey[at] = Lexicon.key(t.word());
                        joinable[at] = joinable(t.lemma()) && joinable(t.word());
                    }
                    at++;
                }
                sentenceEnd[s] = at;
                keywordList[s] = isKeywordList(ts);
            }
            if (soft) {
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    if (!content[i]) {
                        continue;
                    }
                    String k = lemmaKey[i];
                    if (k.length() < 3 || !allLetters(k)) {
                        continue;
                    }
                    Integer known = seen.get(k);
                    if (known == null) {
                        known = softKeys.size();
                        seen.put(k, known);
                        softKeys.add(k);
                        softPositions.add(new ArrayList<>());
                    }
                    softPositions.get(known).add(i);
                }
            }
            for (int s = 0; s < ss.size(); s++) {
                for (int i = sentenceStart[s]; i < sentenceEnd[s]; i++) {
                    Token t = tokens[i];
                    if (punctuation[i]) {
                        continue;
                    }
                    add(lemmaKey[i], i, i);
                    add(wordKey[i], i, i);
                    // two-word compounds: "roll back" = "rollback", "post mortem" / "post-mortem" = "postmortem"
                    int j = i + 1;
                    if (j + 1 < sentenceEnd[s] && tokens[j].word().equals("-")) {
                        j++;
                    }
                    if (j < sentenceEnd[s] && !punctuation[j]) {
                        Token u = tokens[j];
                        if (joinable[i] && joinable[j]) {
                            addJoined(lemmaKey[i], lemmaKey[j], i, j);
                            addJoined(wordKey[i], wordKey[j], i, j);
                        } else {
                            add(Lexicon.key(t.lemma() + u.lemma()), i, j);
                            add(Lexicon.key(t.word() + u.word()), i, j);
                        }
                    }
                    // separated phrasal verbs: "roll it back", "scaled the pool out"
                    if (t.isVerb()) {
                        for (int k = i + 2; k < Math.min(sentenceEnd[s], i + 5); k++) {
                            Token u = tokens[k];
                            if (punctuation[k] || u.isVerb()) {
                                break;
                            }
                            if (Lexicon.isParticle(u.lemma()) && (u.pos().equals("RP") || u.pos().startsWith("RB"))) {
                                if (joinable[i] && joinable[k]) {
                                    addJoined(lemmaKey[i], lemmaKey[k], i, k);
                                } else {
                                    add(Lexicon.key(t.lemma() + u.lemma()), i, k);
                                }
                                break;
                            }
                        }
                    }
                }
            }
        }

        /**
         * Whether {@code Lexicon.key(a + b)} is {@code Lexicon.key(a) + Lexicon.key(b)} for this string
         * and any other such: below U+0370 lower-casing maps each character on its own (the Greek
         * capital sigma's depends on its neighbours) and no surrogate pair can straddle the join.
         */
        private static boolean joinable(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= '\u0370') {
                    return false;
                }
            }
            return true;
        }

        private void addJoined(String a, String b, int first, int last) {
            String key = used.joined(a, b);
            if (key != null) {
                record(key, first, last);
            }
        }

        private static boolean allLetters(String k) {
            for (int i = 0; i < k.length(); i++) {
                if (!Character.isLetter(k.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void add(String key, int first, int last) {
            if (!key.isEmpty() && used.contains(key)) {
                record(key, first, last);
            }
        }

        private void record(String key, int first, int last) {
            List<int[]> l = occ.computeIfAbsent(key, k -> new ArrayList<>());
            for (int[] o : l) {
                if (o[0] == first && o[1] == last) {
                    return;
                }
            }
            l.add(new int[] {first, last});
        }

        /**
         * A bare keyword list: many comma-separated items, nearly all of one to three words, and no
         * finite verb ("Rollback, stabilize, post-mortem, 24 hours, timeline, root cause, …").
         */
        static boolean isKeywordList(List<Token> ts) {
            int items = 1;
            int shortItems = 0;
            int len = 0;
            boolean finiteVerb = false;
            for (Token t : ts) {
                if (t.word().equals(",") || t.word().equals(";")) {
                    if (len > 0 && len <= 3) {
                        shortItems++;
                    }
                    items++;
                    len = 0;
                } else if (!t.isPunctuation()) {
                    len++;
                    if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
                        finiteVerb = true;
                    }
                }
            }
            if (len > 0 && len <= 3) {
                shortItems++;
            }
            return items >= 8 && shortItems >= 0.8 * items && !finiteVerb || isWordSalad(ts, finiteVerb);
        }

        private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "in", "on", "for",
                "with", "and", "or", "is", "are", "was", "were", "we", "i", "it", "that", "this", "by", "from", "at",
                "as", "be", "then", "so", "if", "when", "our", "my", "their");

        /**
         * Terms strung together without punctuation ("feature flag rollout kill switch default audit cleanup …"):
         * ten words or more, all letters (no numbers or formulas), and almost none of the small words every
         * English sentence has (none at all when the tagger found a finite verb among them).
         */
        private static boolean isWordSalad(List<Token> ts, boolean finiteVerb) {
            int words = 0;
            int function = 0;
            for (int i = 0; i < ts.size(); i++) {
                String w = ts.get(i).word();
                if (!w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                    if (i < ts.size() - 1 || !ts.get(i).isPunctuation()) {
                        return false; // numbers, formulas, lists: "1- specification 2- design", "O(n) time"
                    }
                    continue;
                }
                words++;
                if (FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    function++;
                }
            }
            // A tagger reads verbs into a bare run of nouns ("PCB registers scheduler … save restore"), so a finite
            // verb spares the run only when it also has a small word: a real sentence of ten words has one.
            return words >= 10 && (finiteVerb ? function == 0 : function <= 0.05 * words);
        }
    }

    /**
     * {@code claim}: the window says the phrasing as a claim, as a misconception needs: most of its
     * weight ({@link #CLAIM_SHARE}), two or more of its words (unless it has one), and each of its
     * {@link PhraseCompiler#CLAIM_WORDS}.
     */
    private record Window(double strength, int sentence, int begin, int end, boolean negated, boolean claim,
                          double share) {
    }

    /** A key that fills slot {@code slot} of phrasing {@code phrase}, earning {@code credit}. */
    private record SlotKey(int phrase, int slot, double credit) {
    }

    /**
     * One answer's candidate matches per phrasing and slot: {first, last, credit, via negation} per
     * span of tokens, the best credit kept (on a tie, the first offered).
     */
    private static final class SlotCandidates {
        private final List<Map<Long, double[]>[]> byPhrase = new ArrayList<>();

        @SuppressWarnings("unchecked")
        SlotCandidates(Compiled c) {
            for (Phrase p : c.concepts) {
                byPhrase.add(new Map[p.slots().size()]);
            }
            for (Phrase p : c.misconceptions) {
                byPhrase.add(new Map[p.slots().size()]);
            }
        }

        void offer(int phrase, int slot, int first, int last, double credit, boolean viaNegation) {
            Map<Long, double[]>[] slots = byPhrase.get(phrase);
            if (slots[slot] == null) {
                slots[slot] = new HashMap<>();
            }
            long id = ((long) first << 32) | last;
            double[] prev = slots[slot].get(id);
            // at equal credit the negated reading wins: "prevent recurrence" holds "does not recur"
            if (prev == null || prev[2] < credit || viaNegation && prev[2] == credit) {
                slots[slot].put(id, new double[] {first, last, credit, viaNegation ? 1 : 0});
            }
        }

        /** Per slot of the phrasing: its candidates, or null for none. */
        Map<Long, double[]>[] of(int phrase) {
            return byPhrase.get(phrase);
        }
    }

    /** The best window per starting sentence for one phrasing, from its slots' candidates. */
    /** Least weighted share of a misconception's words an answer must say to state it. */
    static final double CLAIM_SHARE = 0.6;

    private List<Window> find(Phrase p, Map<Long, double[]>[] slotCandidates, AnswerIndex idx) {
        int n = p.slots().size();
        // candidates per slot, in text order: {first, last, factor, via negation}
        List<List<double[]>> cands = new ArrayList<>(n);
        boolean any = false;
        for (int sIdx = 0; sIdx < n; sIdx++) {
            List<double[]> l = slotCandidates[sIdx] == null ? List.of() : new ArrayList<>(slotCandidates[sIdx].values());
            if (l.size() > 1) {
                l.sort(Comparator.comparingDouble((double[] d) -> d[0]).thenComparingDouble(d -> d[1]));
            }
            cands.add(l);
            any |= !l.isEmpty();
        }
        if (!any) {
            return List.of();
        }
        int maxSpan = n + settings.gapBase() + (int) Math.round(settings.gapPerSlot() * n);
        int sentences = idx.sentenceStart.length;
        List<Window> out = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            int hi = (n >= settings.twoSentenceMinSlots() && s + 1 < sentences)
                    ? idx.sentenceEnd[s + 1] : idx.sentenceEnd[s];
            // the best plain and the best negated window: "we didn't roll back, but then we rolled back"
            Window best = null;
            Window bestNegated = null;
            for (int si = 0; si < n; si++) {
                for (double[] anchor : cands.get(si)) {
                    int a = (int) anchor[0];
                    if (a < idx.sentenceStart[s] || a >= idx.sentenceEnd[s]) {
                        continue; // windows start in sentence s
                    }
                    Window w = window(p, cands, idx, a, Math.min(hi, a + maxSpan));
                    if (w == null) {
                        continue;
                    }
                    if (w.negated) {
                        if (bestNegated == null || w.strength > bestNegated.strength) {
                            bestNegated = w;
                        }
                    } else if (best == null || w.strength > best.strength) {
                        best = w;
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
            if (bestNegated != null && (best == null || bestNegated.begin != best.begin)) {
                out.add(bestNegated);
            }
        }
        return out;
    }

    /** Best assignment of slots to occurrences inside [from, to); null when below the minimum share. */
    private Window window(Phrase p, List<List<double[]>> cands, AnswerIndex idx, int from, int to) {
        int n = p.slots().size();
        int[] first = new int[n];
        int[] last = new int[n];
        double[] factor = new double[n];
        boolean[] viaNegation = new boolean[n];
        boolean[] used = new boolean[idx.tokens.length];
        double got = 0;
        for (int si = 0; si < n; si++) {
            first[si] = -1;
            double[] pick = null;
            for (double[] c : cands.get(si)) {
                int f = (int) c[0];
                int l = (int) c[1];
                if (f < from || l >= to || used[f] || used[l]) {
                    continue;
                }
                if (pick == null || c[2] > pick[2]) {
                    pick = c;
                }
            }
            if (pick != null) {
                first[si] = (int) pick[0];
                last[si] = (int) pick[1];
                factor[si] = pick[2];
                viaNegation[si] = pick[3] > 0;
                for (int t = first[si]; t <= last[si]; t++) {
                    used[t] = true;
                }
                got += p.slots().get(si).weight() * pick[2];
            }
        }
        for (int si = 1; si < n; si++) {
            // "does not recur" says both words of "prevent recurrence": the negation stands for the verb
            if (viaNegation[si] && first[si - 1] < 0
                    && PhraseCompiler.PREVENTING_VERBS.contains(p.slots().get(si - 1).primary())) {
                got += p.slots().get(si - 1).weight() * factor[si];
            }
        }
        double share = p.total() <= 0 ? 0 : got / p.total();
        if (share < settings.minShare()) {
            return null;
        }
        int begin = Integer.MAX_VALUE;
        int end = -1;
        int matched = 0;
        int ordered = 0;
        int prevPos = -1;
        int orderPairs = 0;
        double negWeight = 0;
        double matchedWeight = 0;
        for (int si = 0; si < n; si++) {
            if (first[si] < 0) {
                continue;
            }
            matched++;
            begin = Math.min(begin, first[si]);
            end = Math.max(end, last[si]);
            if (prevPos >= 0) {
                orderPairs++;
                if (first[si] > prevPos) {
                    ordered++;
                }
            }
            prevPos = first[si];
            double w = p.slots().get(si).weight() * factor[si];
            matchedWeight += w;
            boolean neg = false;
            for (int t = first[si]; t <= last[si] && !viaNegation[si]; t++) {
                neg |= idx.negated[t];
            }
            if (neg) {
                negWeight += w;
            }
        }
        boolean claimWordsFound = true;
        for (int si = 0; si < n; si++) {
            claimWordsFound &= first[si] >= 0 || !PhraseCompiler.CLAIM_WORDS.contains(p.slots().get(si).primary());
        }
        int contentInSpan = 0;
        for (int t = begin; t <= end; t++) {
            if (idx.content[t]) {
                contentInSpan++;
            }
        }
        double order = orderPairs == 0 ? 1.0 : (double) ordered / orderPairs;
        double compact = matched <= 1 ? 1.0 : Math.min(1.0, (double) matched / Math.max(1, contentInSpan));
        double bonus = (order + compact) / 2;
        double mass = Math.min(1.0, p.total() / settings.massFull());
        double strength = share * mass * (1 - settings.orderWeight() + settings.orderWeight() * bonus);
        int sentence = idx.sentenceOf[begin];
        boolean kw = idx.keywordList[sentence];
        if (kw) {
            strength *= settings.keywordListFactor();
        }
        boolean negated = matchedWeight > 0 && negWeight >= 0.5 * matchedWeight;
        return new Window(Math.min(1.0, strength), sentence, idx.tokens[begin].begin(),
                idx.tokens[end].end(), negated, share >= CLAIM_SHARE && matched >= Math.min(2, n) && claimWordsFound, share);
    }
}
