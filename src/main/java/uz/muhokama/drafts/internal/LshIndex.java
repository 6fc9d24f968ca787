package uz.muhokama.drafts.internal;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures, for grouping near-identical comments in one pass. Each group is
 * led by its earliest comment; a later comment joins the leader most similar to it (estimated Jaccard similarity at
 * least the threshold) among those sharing one of its bands, or leads a group of its own. Comparing with leaders only
 * keeps a group from drifting, link by link, to texts unlike its first one.
 *
 * <p>Only leaders are kept: their ids, 16 bits of each signature position and their band keys in an open-addressing
 * table of ints, about 0.3 KB per distinct text, so that a million comments of a mass campaign fit in little memory.
 */
final class LshIndex {

    /** How sure a pair at exactly the threshold is to share a band. */
    private static final double RECALL_AT_THRESHOLD = 0.97;
    private static final int MAX_LENGTH = 128;

    private final int bands;
    private final int rows;
    private final double threshold;
    private int[] keys = new int[1 << 12];
    private int[] slots = new int[1 << 12];
    private int used;
    private long[] leaderIds = new long[1 << 10];
    private short[] signatures;
    private int leaders;

    LshIndex(double threshold) {
        validate(threshold);
        this.threshold = threshold;
        int[] shape = shape(threshold);
        this.bands = shape[0];
        this.rows = shape[1];
        this.signatures = new short[leaderIds.length * length()];
    }

    static void validate(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
    }

    /** Bands and rows: the most rows (fewest false candidates) that still find a pair at the threshold. */
    static int[] shape(double threshold) {
        for (int rows = 8; rows >= 1; rows--) {
            double p = Math.pow(threshold, rows);
            int bands = (int) Math.ceil(Math.log(1 - RECALL_AT_THRESHOLD) / Math.log(1 - p));
            if (bands * rows <= MAX_LENGTH) {
                return new int[] {Math.max(1, bands), rows};
            }
        }
        return new int[] {MAX_LENGTH, 1};
    }

    int length() {
        return bands * rows;
    }

    int leaders() {
        return leaders;
    }

    /**
     * The leader a comment joins, or its own id when it leads a new group (comments must come oldest first).
     */
    long assign(long commentId, int[] signature) {
        int best = -1;
        int bestEqual = -1;
        for (int b = 0; b < bands; b++) {
            int leader = find(bandKey(signature, b));
            if (leader >= 0 && leader != best) {
                int equal = equalPositions(leader, signature);
                if (equal > bestEqual) {
                    best = leader;
                    bestEqual = equal;
                }
            }
        }
        if (best >= 0 && bestEqual >= Math.ceil(threshold * length() - 1e-9)) {
            return leaderIds[best];
        }
        addLeader(commentId, signature);
        return commentId;
    }

    /** Adds a comment known to lead its group (or to stand alone), as found by an earlier run. */
    void addLeader(long commentId, int[] signature) {
        if (leaders == leaderIds.length) {
            leaderIds = Arrays.copyOf(leaderIds, leaders * 2);
            signatures = Arrays.copyOf(signatures, leaders * 2 * length());
        }
        int index = leaders++;
        leaderIds[index] = commentId;
        int base = index * length();
        for (int i = 0; i < length(); i++) {
            signatures[base + i] = (short) signature[i];
        }
        for (int b = 0; b < bands; b++) {
            put(bandKey(signature, b), index);
        }
    }

    private int equalPositions(int leader, int[] signature) {
        int base = leader * length();
        int equal = 0;
        for (int i = 0; i < length(); i++) {
            if (signatures[base + i] == (short) signature[i]) {
                equal++;
            }
        }
        return equal;
    }

    private int bandKey(int[] signature, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            h = TextFingerprints.mix(h ^ signature[r]);
        }
        return (int) (h ^ (h >>> 32));
    }

    /** The leader stored under this key, or -1. */
    private int find(int key) {
        int mask = keys.length - 1;
        for (int i = spread(key) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i] - 1;
            }
        }
        return -1;
    }

    /** Stores the key for this leader unless an earlier leader has it. */
    private void put(int key, int leader) {
        if (used * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (slots[i] != 0) {
            if (keys[i] == key) {
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = leader + 1;
        used++;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new int[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] != 0) {
                int i = spread(oldKeys[j]) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int spread(int key) {
        return key * 0x9E3779B9 ^ (key >>> 16);
    }
}
