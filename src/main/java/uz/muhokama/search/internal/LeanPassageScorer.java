package uz.muhokama.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a snippet's candidate passages exactly as Lucene's {@link PassageScorer} does (BM25 over the distinct
 * query terms in the passage, weighted by their frequency in the document), without the hash of terms that it
 * allocates for every passage: a passage holds a handful of matches, so finding the distinct ones by comparing them
 * with each other is cheaper than the hash's 32 KB blocks, which were a sixth of the highlighter's time.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] distinct = new int[matches];
        int[] freqsInPassage = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int seen = 0;
            while (seen < count && !terms[distinct[seen]].bytesEquals(terms[i])) {
                seen++;
            }
            if (seen == count) {
                distinct[count++] = i;
            }
            freqsInPassage[seen]++;
        }
        float score = 0;
        for (int j = 0; j < count; j++) {
            score += tf(freqsInPassage[j], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[j]]);
        }
        return score * norm(passage.getStartOffset());
    }
}
