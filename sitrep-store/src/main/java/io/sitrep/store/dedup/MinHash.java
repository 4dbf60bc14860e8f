package io.sitrep.store.dedup;

import io.sitrep.store.ContentHash;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * MinHash signatures over word shingles, and the LSH band keys that find near-duplicates with an index lookup.
 *
 * <p>A text's shingles are its overlapping runs of {@value #SHINGLE} words (lower case, letters and digits);
 * the signature keeps, for each of {@value #HASHES} hash functions, the smallest hash of any shingle. The share
 * of equal positions in two signatures estimates the Jaccard similarity of their shingle sets. The signature is
 * cut into {@value #BANDS} bands of {@value #ROWS} rows: two texts with Jaccard similarity s share at least one
 * band with probability 1 - (1 - s^4)^16 (0.99 at s = 0.7, 0.64 at s = 0.5, 0.05 at s = 0.25).
 */
public final class MinHash {
    public static final int SHINGLE = 4;
    public static final int HASHES = 64;
    public static final int ROWS = 4;
    public static final int BANDS = HASHES / ROWS;
    /** Estimated Jaccard similarity from which two articles are the same story. */
    public static final double SAME_STORY = 0.5;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    /** The signature of a text, or null when it has no words. */
    public static long[] signature(String text) {
        long[] shingles = shingles(text);
        if (shingles.length == 0) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(sh ^ SEEDS[i]) >>> 1;
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
    public static double similarity(long[] a, long[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One key per band: texts sharing a key are candidates for the same story. */
    public static long[] bandKeys(long[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public static String encode(long[] sig) {
        if (sig == null) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            buf.putLong(v);
        }
        return Base64.getEncoder().encodeToString(buf.array());
    }

    public static long[] decode(String s) {
        if (s == null) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(s));
        long[] sig = new long[buf.remaining() / Long.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getLong();
        }
        return sig;
    }

    /** Hashes of the word shingles (all words when the text is shorter than one shingle). */
    static long[] shingles(String text) {
        List<Long> words = wordHashes(ContentHash.normalise(text));
        if (words.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, words.size() - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x632BE59BD9B4E019L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                h = mix(h ^ words.get(j));
            }
            out[i] = h;
        }
        return out;
    }

    private static List<Long> wordHashes(String s) {
        List<Long> out = new ArrayList<>(s.length() / 5);
        long h = 0;
        int len = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = h * 31 + c;
                len++;
            } else if (len > 0) {
                out.add(mix(h + len));
                h = 0;
                len = 0;
            }
        }
        return out;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
