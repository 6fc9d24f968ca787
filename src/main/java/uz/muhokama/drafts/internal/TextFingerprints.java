package uz.muhokama.drafts.internal;

import java.util.Arrays;

/**
 * MinHash fingerprints of comment texts, to find near-identical comments (a mass campaign) without comparing every
 * pair. A text is normalised (lower case, Uzbek Cyrillic folded to Latin, apostrophes of every kind dropped, every
 * other non-letter a word break), cut into shingles of one word (its set of words), and each of {@link #length()}
 * hash functions keeps the smallest hash over the shingles; the share of equal positions of two signatures estimates
 * the Jaccard similarity of their shingle sets.
 *
 * <p>One-word shingles because campaign texts are copied and retyped: a typo then changes one shingle, not two or
 * three, so two copies of a 40-word text with a different typo each still compare at about 0.9 (with two-word
 * shingles at 0.81, too close to the default threshold of 0.8, which split campaigns in the benchmark), while word
 * order hardly ever separates a campaign text from an individual one. Our own ~60 lines rather than a library: the
 * Java MinHash libraries on Maven Central are unmaintained, and the folding here is much faster than the ICU
 * transliterator of the search module (one shared lock) for a million comments.
 */
public final class TextFingerprints {

    private final long[] seeds;

    TextFingerprints(int length) {
        seeds = new long[length];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < length; i++) {
            seed = mix(seed + i);
            seeds[i] = seed;
        }
    }

    public int length() {
        return seeds.length;
    }

    /** The signature of a text: {@link #length()} minimum hashes (16 bits each are kept; see the index). */
    public int[] signature(String text) {
        String[] words = words(text);
        int[] signature = new int[seeds.length];
        Arrays.fill(signature, Integer.MAX_VALUE);
        long[] hashes = new long[words.length];
        for (int w = 0; w < words.length; w++) {
            hashes[w] = mix(words[w].hashCode() * 0x9E3779B97F4A7C15L + words[w].length());
        }
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            int min = Integer.MAX_VALUE;
            for (long h : hashes) {
                int v = (int) (mix(h ^ seed) >>> 33);
                if (v < min) {
                    min = v;
                }
            }
            signature[i] = min;
        }
        return signature;
    }

    /** The words of a normalised text (see the class description). */
    static String[] words(String text) {
        if (text == null) {
            return new String[0];
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (isApostrophe(c)) {
                continue;
            }
            String latin = UzbekCyrillic.latin(c, wordStart);
            if (latin != null) {
                out.append(latin);
                wordStart = false;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
                wordStart = false;
            } else if (!wordStart) {
                out.append(' ');
                wordStart = true;
            }
        }
        String folded = out.toString().strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == 'ʻ' || c == 'ʼ' || c == '‘' || c == '’' || c == '`' || c == '´';
    }

    /** The splitmix64 finaliser: a fast, well-spread 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
