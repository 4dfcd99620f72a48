package dev.assay.engine.star;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The literals that a set of {@link CuePattern}s checks before running a regex, found in a text by
 * one pass of an Aho–Corasick automaton instead of one {@link String#contains} per literal per
 * alternative (a few hundred per unit of an answer). Each alternative registers a gate: the
 * literals one of which it needs; the scan opens the gates of the literals it finds, so that an
 * alternative's check is one bit. Gates are added while the patterns are compiled; the automaton is
 * built on the first {@link #scan}, after which none may be added. Thread-safe once built.
 */
final class CueLiterals {

    /** Which gates a text opens (holds one of their literals), and whether it has an ASCII digit. */
    static final class Hits {
        private final long[] bits;
        final boolean digit;

        private Hits(long[] bits, boolean digit) {
            this.bits = bits;
            this.digit = digit;
        }

        boolean open(int gate) {
            return (bits[gate >>> 6] & 1L << gate) != 0;
        }
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> literals = new ArrayList<>();
    /** Per literal, the gates it opens. */
    private final List<List<Integer>> gatesOf = new ArrayList<>();
    private int gates;
    private volatile Automaton automaton;

    /** A new gate, opened by a text that holds any of the literals. */
    synchronized int gate(Collection<String> anyOf) {
        if (automaton != null) {
            throw new IllegalStateException("gates added after the first scan");
        }
        int gate = gates++;
        for (String literal : anyOf) {
            int id = ids.computeIfAbsent(literal, l -> {
                literals.add(l);
                gatesOf.add(new ArrayList<>());
                return literals.size() - 1;
            });
            gatesOf.get(id).add(gate);
        }
        return gate;
    }

    Hits scan(String text) {
        Automaton a = automaton;
        if (a == null) {
            synchronized (this) {
                if (automaton == null) {
                    automaton = new Automaton(literals, gatesOf, gates);
                }
                a = automaton;
            }
        }
        return a.scan(text);
    }

    /**
     * The automaton in flat arrays (small enough to stay cached): per state its goto edges sorted by
     * character, its failure link, the literals ending there and the nearest state down its failure
     * chain where some literal ends; per literal the gates it opens. The root's edges for ASCII are
     * a direct table.
     */
    private static final class Automaton {
        private final int literalCount;
        private final int gateCount;
        private final int[] gateStart; // literal -> its gates [gateStart[l], gateStart[l+1]) in gateIds
        private final int[] gateIds;
        private final int[] rootAscii = new int[128];
        private final int[] edgeStart; // state -> first edge; edges of s are [edgeStart[s], edgeStart[s+1])
        private final char[] edgeChar;
        private final int[] edgeTarget;
        private final int[] fail;
        private final int[] outStart; // state -> its own literals [outStart[s], outStart[s+1]) in outIds
        private final int[] outIds;
        private final int[] outLink; // next state down the failure chain with literals of its own, or -1

        Automaton(List<String> literals, List<List<Integer>> gatesOf, int gateCount) {
            literalCount = literals.size();
            this.gateCount = gateCount;
            gateStart = new int[literalCount + 1];
            gateIds = new int[gatesOf.stream().mapToInt(List::size).sum()];
            for (int l = 0, g = 0; l < literalCount; l++) {
                gateStart[l] = g;
                for (int gate : gatesOf.get(l)) {
                    gateIds[g++] = gate;
                }
                gateStart[l + 1] = g;
            }
            List<TreeMap<Character, Integer>> children = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            children.add(new TreeMap<>());
            ends.add(new ArrayList<>());
            for (int id = 0; id < literals.size(); id++) {
                int s = 0;
                for (char c : literals.get(id).toCharArray()) {
                    Integer next = children.get(s).get(c);
                    if (next == null) {
                        next = children.size();
                        children.get(s).put(c, next);
                        children.add(new TreeMap<>());
                        ends.add(new ArrayList<>());
                    }
                    s = next;
                }
                ends.get(s).add(id);
            }
            int n = children.size();
            edgeStart = new int[n + 1];
            int edges = 0;
            for (int s = 0; s < n; s++) {
                edgeStart[s] = edges;
                edges += children.get(s).size();
            }
            edgeStart[n] = edges;
            edgeChar = new char[edges];
            edgeTarget = new int[edges];
            for (int s = 0; s < n; s++) {
                int e = edgeStart[s];
                for (Map.Entry<Character, Integer> en : children.get(s).entrySet()) {
                    edgeChar[e] = en.getKey();
                    edgeTarget[e++] = en.getValue();
                }
            }
            for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
                if (edgeChar[e] < 128) {
                    rootAscii[edgeChar[e]] = edgeTarget[e];
                }
            }
            fail = new int[n];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
                queue.add(edgeTarget[e]);
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                    int t = edgeTarget[e];
                    int f = fail[s];
                    while (f != 0 && step(f, edgeChar[e]) < 0) {
                        f = fail[f];
                    }
                    int g = step(f, edgeChar[e]);
                    fail[t] = g >= 0 && g != t ? g : 0;
                    queue.add(t);
                }
            }
            outStart = new int[n + 1];
            int outs = 0;
            for (int s = 0; s < n; s++) {
                outStart[s] = outs;
                outs += ends.get(s).size();
            }
            outStart[n] = outs;
            outIds = new int[outs];
            for (int s = 0; s < n; s++) {
                int o = outStart[s];
                for (int id : ends.get(s)) {
                    outIds[o++] = id;
                }
            }
            outLink = new int[n];
            // in breadth-first order a state's failure target is settled before it
            outLink[0] = -1;
            queue.add(0);
            while (!queue.isEmpty()) {
                int s = queue.poll();
                for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                    int t = edgeTarget[e];
                    int f = fail[t];
                    outLink[t] = f == 0 ? -1 : outStart[f] < outStart[f + 1] ? f : outLink[f];
                    queue.add(t);
                }
            }
        }

        /** The goto edge of state s on c, or -1. */
        private int step(int s, char c) {
            if (s == 0 && c < 128) {
                int t = rootAscii[c];
                return t == 0 ? -1 : t;
            }
            for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                if (edgeChar[e] == c) {
                    return edgeTarget[e];
                }
            }
            return -1;
        }

        Hits scan(String text) {
            long[] found = new long[(literalCount + 63) >>> 6];
            long[] bits = new long[(gateCount + 63) >>> 6];
            boolean digit = false;
            int s = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                digit |= c >= '0' && c <= '9';
                int t;
                while ((t = step(s, c)) < 0 && s != 0) {
                    s = fail[s];
                }
                s = t < 0 ? 0 : t;
                for (int o = outStart[s] < outStart[s + 1] ? s : outLink[s]; o >= 0; o = outLink[o]) {
                    for (int k = outStart[o]; k < outStart[o + 1]; k++) {
                        int l = outIds[k];
                        if ((found[l >>> 6] & 1L << l) == 0) {
                            found[l >>> 6] |= 1L << l;
                            for (int g = gateStart[l]; g < gateStart[l + 1]; g++) {
                                bits[gateIds[g] >>> 6] |= 1L << gateIds[g];
                            }
                        }
                    }
                }
            }
            return new Hits(bits, digit);
        }
    }
}
