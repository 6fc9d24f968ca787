package uz.muhokama.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * Collects a page of hits exactly as the wrapped collector does (same score mode, so the scorer still skips what
 * cannot reach the page) and, on the way, hands the first {@code limit} matches to a facet collector. When the page's
 * count is exact and no larger, those are all the matches and the facets need no second pass over the index.
 *
 * @param <C> the page's collector
 */
final class PageAndMatches<C extends Collector>
        implements CollectorManager<PageAndMatches.Both<C>, PageAndMatches.Result> {

    /**
     * The page, and the matches collected for facets when they are all of them ({@code null} otherwise).
     */
    record Result(TopDocs top, FacetsCollector allMatches) {
    }

    private final CollectorManager<C, ? extends TopDocs> page;
    private final int limit;

    PageAndMatches(CollectorManager<C, ? extends TopDocs> page, int limit) {
        this.page = page;
        this.limit = limit;
    }

    @Override
    public Both<C> newCollector() throws IOException {
        return new Both<>(page.newCollector(), new FacetsCollector(false), limit);
    }

    @Override
    public Result reduce(Collection<Both<C>> collectors) throws IOException {
        List<C> pages = new ArrayList<>(collectors.size());
        List<FacetsCollector> matches = new ArrayList<>(collectors.size());
        long fed = 0;
        for (Both<C> both : collectors) {
            pages.add(both.page);
            matches.add(both.matches);
            fed += both.fed;
        }
        TopDocs top = page.reduce(pages);
        boolean all = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO && fed == top.totalHits.value()
                && fed <= limit;
        return new Result(top, all ? new FacetsCollectorManager().reduce(matches) : null);
    }

    /** The page's collector with a facet collector beside it. */
    static final class Both<C extends Collector> implements Collector {

        private final C page;
        private final FacetsCollector matches;
        private final int limit;
        private long fed;

        Both(C page, FacetsCollector matches, int limit) {
            this.page = page;
            this.matches = matches;
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector pageLeaf = page.getLeafCollector(context);
            LeafCollector matchesLeaf = matches.getLeafCollector(context);
            return new LeafCollector() {

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    pageLeaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    pageLeaf.collect(doc);
                    if (fed++ < limit) {
                        matchesLeaf.collect(doc);
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return pageLeaf.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    pageLeaf.finish();
                    matchesLeaf.finish();
                }
            };
        }

        @Override
        public void setWeight(Weight weight) {
            page.setWeight(weight);
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode();
        }
    }
}
