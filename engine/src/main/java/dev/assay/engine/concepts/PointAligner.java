package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence-level alignment of each point's pooled words ({@link PointPool}) with an answer: in one
 * sentence, each pooled word takes its best answer token (lemma, WordNet or domain key, or an
 * embedding neighbour), one token per word, all within {@link #SPAN} tokens; the matched weight, if
 * at least two words match by their keys, gives a hit whose strength grows with that weight up to
 * {@link #CAP}. The words must come from different phrasings (words of one phrasing are that
 * phrasing's window's to judge), and a word several points share counts for each only in part. It complements the per-phrasing
 * windows, which need one phrasing's words together. Built once per question; per answer it only
 * looks up the answer's own keys.
 */
final class PointAligner {

    /** Pooled evidence is looser than a phrasing's own words: it never counts as more than this. */
    static final double CAP = 0.75;
    /**
     * A pooled hit reaches {@link #CAP} when its matched weight equals this many of the question's
     * average pooled words (relative, because weights are idf over however much rubric text there is).
     */
    static final double MASS_WORDS = 2.2;
    /**
     * Least number of pooled words matched by their own keys (lemma, WordNet, domain); embedding
     * neighbours add weight but never make a hit on their own.
     */
    static final int MIN_LEXICAL = 2;
    /** The pooled words must fall within this many tokens of each other. */
    static final int SPAN = 8;

    private record Ref(int pool, int word, double credit) {
    }

    private final List<PointPool> pools;
    private final Map<String, List<Ref>> byKey = new HashMap<>();
    private final Map<String, int[]> softCache = new ConcurrentHashMap<>();
    /** Matched weight at which a hit reaches {@link #CAP}. */
    private final double mass;

    /** Per pool, per word: its weight, divided by the number of the question's points it belongs to. */
    private final double[][] weight;

    PointAligner(List<PointPool> pools) {
        this.pools = List.copyOf(pools);
        this.weight = new double[pools.size()][];
        double sum = 0;
        int count = 0;
        for (int p = 0; p < pools.size(); p++) {
            List<PointPool.Word> ws = pools.get(p).words();
            weight[p] = new double[ws.size()];
            for (int w = 0; w < ws.size(); w++) {
                // a word several points share ("action items" to define and to implement) tells them apart poorly
                String primary = ws.get(w).primary();
                long owners = pools.stream()
                        .filter(o -> o.words().stream().anyMatch(x -> x.keys().containsKey(primary))).count();
                weight[p][w] = ws.get(w).weight() / Math.max(1, owners);
                sum += ws.get(w).weight();
                count++;
                for (Map.Entry<String, Double> k : ws.get(w).keys().entrySet()) {
                    byKey.computeIfAbsent(k.getKey(), x -> new ArrayList<>()).add(new Ref(p, w, k.getValue()));
                }
            }
        }
        this.mass = MASS_WORDS * (count == 0 ? 1 : sum / count);
    }

    /** Candidate: pooled word, answer token span, credit. */
    private record Cand(int word, int first, int last, double credit, double value, boolean soft) {
    }

    /** The best pooled hit per point (at most one each). */
    List<ConceptHit> align(ConceptMatcher.AnswerIndex idx, Analysis analysis, ConceptMatcher.Settings s) {
        List<List<Cand>> cands = new ArrayList<>(pools.size());
        for (int p = 0; p < pools.size(); p++) {
            cands.add(new ArrayList<>());
        }
        for (Map.Entry<String, List<int[]>> e : idx.occ.entrySet()) {
            List<Ref> refs = byKey.get(e.getKey());
            if (refs == null) {
                continue;
            }
            for (Ref r : refs) {
                double wt = weight[r.pool][r.word];
                for (int[] o : e.getValue()) {
                    cands.get(r.pool).add(new Cand(r.word, o[0], o[1], r.credit, wt * r.credit, false));
                }
            }
        }
        if (s.softCredit() > 0) {
            for (int i = 0; i < idx.softKeys.size(); i++) {
                for (int code : softRefs(idx.softKeys.get(i), idx.softVectors.get(i), s.softThreshold())) {
                    int p = code >>> 16;
                    int w = code & 0xFFFF;
                    double wt = weight[p][w];
                    for (int pos : idx.softPositions.get(i)) {
                        cands.get(p).add(new Cand(w, pos, pos, s.softCredit(), wt * s.softCredit(), true));
                    }
                }
            }
        }
        List<ConceptHit> hits = new ArrayList<>();
        for (int p = 0; p < pools.size(); p++) {
            ConceptHit h = best(pools.get(p), cands.get(p), idx, analysis, s);
            if (h != null) {
                hits.add(h);
            }
        }
        return hits;
    }

    private ConceptHit best(PointPool pool, List<Cand> cands, ConceptMatcher.AnswerIndex idx, Analysis analysis,
                            ConceptMatcher.Settings s) {
        if (cands.size() < MIN_LEXICAL) {
            return null;
        }
        cands.sort(Comparator.comparingDouble(Cand::value).reversed());
        Map<Integer, List<Cand>> bySentence = new HashMap<>();
        for (Cand c : cands) {
            bySentence.computeIfAbsent(idx.sentenceOf.get(c.first), x -> new ArrayList<>()).add(c);
        }
        ConceptHit best = null;
        for (Map.Entry<Integer, List<Cand>> e : bySentence.entrySet()) {
            // windows anchored at each candidate: the point's words must stand close together
            for (Cand anchor : e.getValue()) {
                ConceptHit h = window(pool, e.getValue(), anchor.first, anchor.first + SPAN, e.getKey(), idx,
                        analysis, s);
                if (h != null && (best == null || (best.negated() && !h.negated())
                        || (best.negated() == h.negated() && h.strength() > best.strength()))) {
                    best = h;
                }
            }
        }
        return best;
    }

    /** Greedy alignment inside tokens [from, to) of one sentence; null when fewer than {@link #MIN_LEXICAL} match by their keys. */
    private ConceptHit window(PointPool pool, List<Cand> cands, int from, int to, int sentence,
                              ConceptMatcher.AnswerIndex idx, Analysis analysis, ConceptMatcher.Settings s) {
        boolean[] wordUsed = new boolean[pool.words().size()];
        java.util.Set<Integer> tokenUsed = new java.util.HashSet<>();
        double got = 0;
        double negated = 0;
        int lexical = 0;
        int begin = Integer.MAX_VALUE;
        int end = -1;
        List<String> matched = new ArrayList<>();
        long common = -1L; // phrasings holding every matched word
        for (Cand c : cands) { // by value, best first
            if (c.first < from || c.last >= to || wordUsed[c.word] || tokenUsed.contains(c.first)
                    || tokenUsed.contains(c.last)) {
                continue;
            }
            wordUsed[c.word] = true;
            for (int t = c.first; t <= c.last; t++) {
                tokenUsed.add(t);
            }
            lexical += c.soft ? 0 : 1;
            got += c.value;
            if (idx.negated[c.first]) {
                negated += c.value;
            }
            begin = Math.min(begin, c.first);
            end = Math.max(end, c.last);
            matched.add(pool.words().get(c.word).primary());
            common &= pool.words().get(c.word).phrasings();
        }
        if (lexical < MIN_LEXICAL || common != 0) {
            return null; // words of one phrasing alone: its own window has judged them
        }
        double strength = CAP * Math.min(1.0, got / mass);
        if (idx.keywordList[sentence]) {
            strength *= s.keywordListFactor();
        }
        int b = idx.tokens.get(begin).begin();
        int en = idx.tokens.get(end).end();
        return new ConceptHit(pool.conceptId(), strength, sentence, b, en, analysis.text().substring(b, en),
                negated >= 0.5 * got, ConceptHit.POOLED_PREFIX + String.join(", ", matched));
    }

    /** Pooled words an answer word is an embedding neighbour of, coded pool << 16 | word; cached per key. */
    private int[] softRefs(String key, float[] vector, double threshold) {
        int[] cached = softCache.get(key);
        if (cached != null) {
            return cached;
        }
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < pools.size(); p++) {
            List<PointPool.Word> ws = pools.get(p).words();
            for (int w = 0; w < ws.size(); w++) {
                float[] v = ws.get(w).vector();
                if (v != null && !ws.get(w).keys().containsKey(key) && Embeddings.cosine(v, vector) >= threshold) {
                    out.add(p << 16 | w);
                }
            }
        }
        int[] r = out.stream().mapToInt(Integer::intValue).toArray();
        if (softCache.size() > 20_000) {
            softCache.clear();
        }
        softCache.put(key, r);
        return r;
    }
}
