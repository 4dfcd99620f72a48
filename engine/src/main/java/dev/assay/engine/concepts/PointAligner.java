package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence-level alignment of each point's pooled words ({@link PointPool}) with an answer: in one
 * sentence, each pooled word takes its best answer token (by lemma, WordNet or domain key; not by
 * embedding, which proved no help here), one token per word, all within {@link #SPAN} tokens; the
 * matched weight, if at least two words match, gives a hit whose strength grows with that weight up
 * to {@link #CAP}. The words must come from different phrasings (words of one phrasing are that
 * phrasing's own window's to judge), and a word several points share counts for each only in part.
 * Built once per question; per answer it only looks up the answer's own keys.
 */
final class PointAligner {

    /** Pooled evidence is looser than a phrasing's own words: it never counts as more than this. */
    static final double CAP = 0.75;
    /**
     * A pooled hit reaches {@link #CAP} when its matched weight equals this many of the question's
     * average pooled words (relative, because weights are idf over however much rubric text there is).
     */
    static final double MASS_WORDS = 2.2;
    /** Least number of pooled words in a hit. */
    static final int MIN_WORDS = 2;
    /** The pooled words must fall within this many tokens of each other. */
    static final int SPAN = 8;

    private record Ref(int pool, int word, double credit) {
    }

    private final List<PointPool> pools;
    private final Map<String, List<Ref>> byKey = new HashMap<>();
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

    /** Candidate: pooled word, answer token span, weight times credit. */
    private record Cand(int word, int first, int last, double value) {
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
                    cands.get(r.pool).add(new Cand(r.word, o[0], o[1], wt * r.credit));
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
        if (!twoWords(cands)) {
            return null; // the common case, decided without sorting
        }
        // by sentence, then best value first (the greedy order within a window)
        cands.sort(Comparator.comparingInt((Cand c) -> idx.sentenceOf[c.first])
                .thenComparing(Comparator.comparingDouble(Cand::value).reversed())
                .thenComparingInt(Cand::first).thenComparingInt(Cand::word));
        Window best = null;
        int from = 0;
        while (from < cands.size()) {
            int sentence = idx.sentenceOf[cands.get(from).first];
            int to = from;
            while (to < cands.size() && idx.sentenceOf[cands.get(to).first] == sentence) {
                to++;
            }
            List<Cand> inSentence = cands.subList(from, to);
            // windows anchored at each candidate: the point's words must stand close together
            for (Cand anchor : inSentence) {
                Window w = window(pool, inSentence, anchor.first, anchor.first + SPAN, idx);
                if (w != null && (best == null || (best.negated && !w.negated)
                        || (best.negated == w.negated && w.got > best.got))) {
                    best = w;
                }
            }
            from = to;
        }
        if (best == null) {
            return null;
        }
        int sentence = idx.sentenceOf[best.begin];
        double strength = CAP * Math.min(1.0, best.got / mass);
        if (idx.keywordList[sentence]) {
            strength *= s.keywordListFactor();
        }
        int b = idx.tokens[best.begin].begin();
        int e = idx.tokens[best.end].end();
        return new ConceptHit(pool.conceptId(), strength, sentence, b, e, analysis.text().substring(b, e),
                best.negated, ConceptHit.POOLED_PREFIX + String.join(", ", best.words), ConceptHit.Source.POOLED);
    }

    private static boolean twoWords(List<Cand> cands) {
        int first = -1;
        for (Cand c : cands) {
            if (first < 0) {
                first = c.word;
            } else if (c.word != first) {
                return true;
            }
        }
        return false;
    }

    /** A scored window: matched weight, token span, whether mostly negated, the rubric words matched. */
    private record Window(double got, int begin, int end, boolean negated, List<String> words) {
    }

    /**
     * Greedy alignment inside tokens [from, to) of one sentence's candidates (best value first); null
     * when fewer than {@link #MIN_WORDS} words match or one phrasing holds them all.
     */
    private Window window(PointPool pool, List<Cand> cands, int from, int to, ConceptMatcher.AnswerIndex idx) {
        boolean[] wordUsed = new boolean[pool.words().size()];
        boolean[] tokenUsed = new boolean[to - from];
        double got = 0;
        double negated = 0;
        int words = 0;
        int begin = Integer.MAX_VALUE;
        int end = -1;
        List<String> matched = new ArrayList<>(4);
        long common = -1L; // phrasings holding every matched word
        for (Cand c : cands) {
            if (c.first < from || c.last >= to || wordUsed[c.word] || tokenUsed[c.first - from]
                    || tokenUsed[c.last - from]) {
                continue;
            }
            wordUsed[c.word] = true;
            for (int t = c.first; t <= c.last; t++) {
                tokenUsed[t - from] = true;
            }
            words++;
            got += c.value;
            if (idx.negated[c.first]) {
                negated += c.value;
            }
            begin = Math.min(begin, c.first);
            end = Math.max(end, c.last);
            matched.add(pool.words().get(c.word).primary());
            common &= pool.words().get(c.word).phrasings();
        }
        if (words < MIN_WORDS || common != 0) {
            return null; // words of one phrasing alone: its own window has judged them
        }
        return new Window(got, begin, end, negated >= 0.5 * got, matched);
    }
}
