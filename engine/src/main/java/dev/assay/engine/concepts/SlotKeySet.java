package dev.assay.engine.concepts;

import java.util.Collection;

/**
 * The keys some slot of a question uses, in one open-addressing table, so that an answer's two-word
 * compound keys ("roll" + "back") can be looked up without building the joined string for every
 * pair of adjacent tokens: the joined string's hash is worked out from the parts' (cached) hashes.
 */
final class SlotKeySet {

    private final String[] keys;
    private final int[] hashes;
    private final int mask;

    SlotKeySet(Collection<String> keys) {
        int size = Integer.highestOneBit(Math.max(4, keys.size() * 2 + 1) * 2 - 1);
        this.keys = new String[size];
        this.hashes = new int[size];
        this.mask = size - 1;
        for (String k : keys) {
            int h = k.hashCode();
            int i = spread(h) & mask;
            while (this.keys[i] != null && !this.keys[i].equals(k)) {
                i = (i + 1) & mask;
            }
            this.keys[i] = k;
            hashes[i] = h;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    boolean contains(String key) {
        int h = key.hashCode();
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The key equal to {@code a + b}, or null when there is none (or the join is empty). */
    String joined(String a, String b) {
        int length = a.length() + b.length();
        if (length == 0) {
            return null;
        }
        int p = 1; // 31 to the power b.length(): String.hashCode of a + b is a's hash * p + b's
        for (int i = 0; i < b.length(); i++) {
            p *= 31;
        }
        int h = a.hashCode() * p + b.hashCode();
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            String k = keys[i];
            if (hashes[i] == h && k.length() == length && k.startsWith(a) && k.startsWith(b, a.length())) {
                return k;
            }
        }
        return null;
    }
}
