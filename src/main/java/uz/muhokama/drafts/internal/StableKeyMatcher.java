package uz.muhokama.drafts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uz.muhokama.drafts.DraftProvision;

/**
 * Gives the provisions of a new version of a draft the stable keys of the matching provisions of the version before,
 * so that comments written on a provision show on the same provision in the newer text.
 *
 * <p>Three passes, each provision of the old version used at most once: first the same eId with a similar text (an
 * article edited in place); then, among the rest, the most similar text of the same kind anywhere (an article
 * renumbered or moved to another chapter); last, the same eId with the same heading or at least a little text in common
 * (an article heavily rewritten in place). An article inserted in the middle is matched by none of them, because the
 * article that used to carry its number has already found its own new place; it gets a fresh key, as does every other
 * provision without a match. Similarity is the Jaccard index of the two texts' word pairs.
 */
public final class StableKeyMatcher {

    /** Texts at least this similar are the same provision, wherever it moved. */
    static final double SIMILAR = 0.5;

    /** In place (same eId), this little text in common is enough when the heading changed too. */
    static final double RELATED = 0.15;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[ʻʼ'`‘’]");

    private StableKeyMatcher() {
    }

    /**
     * The new version's provisions, in the same order, each with the stable key it is to carry.
     *
     * @param previous the provisions of the version before, with their keys
     * @param next the provisions of the new version (whatever keys they came with are ignored)
     * @param versionNumber the new version's number, to make fresh keys unique
     * @param keysInUse every key any version of the draft already uses, so a fresh key never names an old provision
     */
    public static List<DraftProvision> carryKeys(List<DraftProvision> previous, List<DraftProvision> next,
                                                 int versionNumber, Set<String> keysInUse) {
        List<Set<String>> oldShingles = shingles(previous);
        List<Set<String>> newShingles = shingles(next);
        String[] keys = new String[next.size()];
        boolean[] oldUsed = new boolean[previous.size()];
        Map<String, Integer> oldByEId = new HashMap<>();
        for (int i = 0; i < previous.size(); i++) {
            oldByEId.putIfAbsent(previous.get(i).eId(), i);
        }

        for (int n = 0; n < next.size(); n++) {
            Integer o = oldByEId.get(next.get(n).eId());
            if (o != null && sameKind(previous.get(o), next.get(n))
                    && jaccard(oldShingles.get(o), newShingles.get(n)) >= SIMILAR) {
                keys[n] = previous.get(o).stableKey();
                oldUsed[o] = true;
            }
        }

        for (Pair pair : similarPairs(previous, next, oldShingles, newShingles, keys, oldUsed)) {
            if (keys[pair.next()] == null && !oldUsed[pair.old()]) {
                keys[pair.next()] = previous.get(pair.old()).stableKey();
                oldUsed[pair.old()] = true;
            }
        }

        for (int n = 0; n < next.size(); n++) {
            Integer o = oldByEId.get(next.get(n).eId());
            if (keys[n] == null && o != null && !oldUsed[o] && sameKind(previous.get(o), next.get(n))
                    && (sameHeading(previous.get(o), next.get(n))
                    || jaccard(oldShingles.get(o), newShingles.get(n)) >= RELATED)) {
                keys[n] = previous.get(o).stableKey();
                oldUsed[o] = true;
            }
        }

        Set<String> taken = new HashSet<>(keysInUse);
        previous.forEach(p -> taken.add(p.stableKey()));
        List<DraftProvision> out = new ArrayList<>(next.size());
        for (int n = 0; n < next.size(); n++) {
            DraftProvision p = next.get(n);
            String key = keys[n] != null ? keys[n] : fresh(p.eId(), versionNumber, taken);
            taken.add(key);
            out.add(new DraftProvision(p.kind(), p.number(), p.heading(), p.text(), p.eId(), key));
        }
        return out;
    }

    private record Pair(int old, int next, double similarity, int distance) {
    }

    /** Pairs of unmatched provisions of the same kind with similar texts, the most similar (then the nearest) first. */
    private static List<Pair> similarPairs(List<DraftProvision> previous, List<DraftProvision> next,
                                           List<Set<String>> oldShingles, List<Set<String>> newShingles,
                                           String[] keys, boolean[] oldUsed) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int o = 0; o < previous.size(); o++) {
            if (!oldUsed[o]) {
                for (String shingle : oldShingles.get(o)) {
                    postings.computeIfAbsent(shingle, s -> new ArrayList<>()).add(o);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < next.size(); n++) {
            if (keys[n] != null) {
                continue;
            }
            Map<Integer, Integer> common = new HashMap<>();
            for (String shingle : newShingles.get(n)) {
                for (int o : postings.getOrDefault(shingle, List.of())) {
                    common.merge(o, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : common.entrySet()) {
                int o = e.getKey();
                if (!sameKind(previous.get(o), next.get(n))) {
                    continue;
                }
                int union = oldShingles.get(o).size() + newShingles.get(n).size() - e.getValue();
                double similarity = (double) e.getValue() / union;
                if (similarity >= SIMILAR) {
                    pairs.add(new Pair(o, n, similarity, Math.abs(o - n)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::distance));
        return pairs;
    }

    private static String fresh(String eId, int versionNumber, Set<String> taken) {
        if (!taken.contains(eId)) {
            return eId;
        }
        String key = eId + "-v" + versionNumber;
        for (int i = 2; taken.contains(key); i++) {
            key = eId + "-v" + versionNumber + "-" + i;
        }
        return key;
    }

    private static boolean sameKind(DraftProvision a, DraftProvision b) {
        return a.kind() == b.kind();
    }

    private static boolean sameHeading(DraftProvision a, DraftProvision b) {
        return !a.heading().isBlank() && normalise(a.heading()).equals(normalise(b.heading()));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    /**
     * Each provision's word pairs, over its heading, its text and the text of everything it holds (an article's
     * paragraphs and points), without its number, which is what renumbering changes.
     */
    private static List<Set<String>> shingles(List<DraftProvision> provisions) {
        List<Set<String>> out = new ArrayList<>(provisions.size());
        for (int i = 0; i < provisions.size(); i++) {
            DraftProvision p = provisions.get(i);
            StringBuilder content = new StringBuilder(p.heading()).append(' ').append(p.text());
            for (int j = i + 1; j < provisions.size() && provisions.get(j).kind().depth() > p.kind().depth(); j++) {
                content.append(' ').append(provisions.get(j).heading()).append(' ').append(provisions.get(j).text());
            }
            out.add(shingles(content.toString()));
        }
        return out;
    }

    static Set<String> shingles(String text) {
        String[] words = NOT_A_WORD.split(normalise(text).strip());
        List<String> tokens = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                tokens.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        if (tokens.size() == 1) {
            out.add(tokens.getFirst());
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            out.add(tokens.get(i) + ' ' + tokens.get(i + 1));
        }
        return out;
    }

    private static String normalise(String text) {
        return APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
