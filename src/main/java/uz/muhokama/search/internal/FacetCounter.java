package uz.muhokama.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Counts a search's matches per facet value, all dimensions in one pass over the sorted-set doc values: exactly
 * when there are fewer than {@code exactCountLimit} matches, otherwise over the finest of the index's nested random
 * samples ({@link LuceneIndex#SAMPLE_RATES}) that holds enough matches to estimate from, scaled up. Which pass to
 * run is chosen from the query's cost (an upper bound on its matches that Lucene knows from the term statistics
 * without iterating), so a broad search never iterates all its matches and a narrow one never runs a sample pass
 * that would turn out too thin.
 */
final class FacetCounter {

    private static final int MAX_FACET_VALUES = 50;

    /** The counts; {@code total} is exact or, when {@code approximate}, an estimate from the sample. */
    record Counts(long total, Map<String, Map<String, Long>> facets, boolean approximate) {
    }

    private final int exactCountLimit;
    private final int minimumSample;

    FacetCounter(int exactCountLimit) {
        this.exactCountLimit = exactCountLimit;
        this.minimumSample = Math.max(1, exactCountLimit / LuceneIndex.SAMPLE_RATES[0]);
    }

    /** At most how many documents the (rewritten) query can match, from the term statistics alone. */
    static long cost(IndexSearcher searcher, Query rewritten) throws IOException {
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier != null) {
                cost += supplier.cost();
            }
        }
        return cost;
    }

    Counts count(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState ordinals, Query query, long cost)
            throws IOException {
        if (cost >= exactCountLimit) {
            int[] rates = LuceneIndex.SAMPLE_RATES;
            for (int i = rates.length - 1; i >= 0; i--) {
                if (cost / rates[i] < minimumSample) {
                    continue;
                }
                FacetsCollector sample = searcher.search(sampled(query, rates[i]), new FacetsCollectorManager());
                if (matches(sample) >= minimumSample) {
                    return new Counts((long) matches(sample) * rates[i], facets(ordinals, sample, rates[i]), true);
                }
            }
        }
        return exact(searcher, ordinals, query);
    }

    /** Counts over matches someone else collected: all of them. */
    static Counts exact(DefaultSortedSetDocValuesReaderState ordinals, FacetsCollector all) throws IOException {
        return new Counts(matches(all), facets(ordinals, all, 1), false);
    }

    private static Counts exact(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState ordinals, Query query)
            throws IOException {
        return exact(ordinals, searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager()));
    }

    private static Query sampled(Query query, int rate) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.SAMPLE_FIELD, Integer.toString(rate))),
                        BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.FILTER)
                .build();
    }

    private static int matches(FacetsCollector collector) {
        return collector.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    private static Map<String, Map<String, Long>> facets(DefaultSortedSetDocValuesReaderState ordinals,
                                                         FacetsCollector collector, int scale) throws IOException {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (FacetResult dim : new SortedSetDocValuesFacetCounts(ordinals, collector).getAllDims(MAX_FACET_VALUES)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (LabelAndValue lv : dim.labelValues) {
                counts.put(lv.label, lv.value.longValue() * scale);
            }
            result.put(dim.dim, counts);
        }
        return result;
    }
}
