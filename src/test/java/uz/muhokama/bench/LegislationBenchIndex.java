package uz.muhokama.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.util.FileSystemUtils;
import uz.muhokama.search.SearchDocument;
import uz.muhokama.search.internal.LuceneIndex;

/**
 * The benchmark's Lucene index of a generated corpus, kept under {@code target/bench/index-N} and built, when missing,
 * the way {@code SearchService.rebuild()} builds the platform's: {@link LuceneIndex#addAll} (one indexing thread per
 * core into one writer) and one commit at the end.
 */
final class LegislationBenchIndex {

    private LegislationBenchIndex() {
    }

    static Path folder(int size) {
        return LegislationSearchBench.CACHE.resolve("index-" + size + "-" + LegislationBenchCorpus.VERSION);
    }

    /**
     * Builds the index unless a complete one of the current layout is there; prints the indexing rate when it
     * builds.
     */
    static void ensure(Path corpus, int size) throws IOException {
        Path folder = folder(size);
        Path complete = folder.resolve("bench-complete");
        if (Files.exists(complete) && current(folder)) {
            return;
        }
        FileSystemUtils.deleteRecursively(folder);
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            long started = System.nanoTime();
            long added = index.addAll(documents -> {
                try {
                    LegislationBenchCorpus.read(corpus, p -> documents.accept(document(p)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            index.commit();
            double seconds = LegislationSearchBench.seconds(started);
            System.out.printf("BENCH indexed %,d provisions in %.1f s: %,.0f provisions per second (%d indexing "
                    + "threads, load %s)%n", added, seconds, added / seconds, LuceneIndex.bulkThreads(),
                    LegislationSearchBench.loadAverage());
            Files.writeString(complete, "indexed in " + seconds + " s\n");
        }
    }

    /** Whether the index there is of the platform's current layout (an older one opens as a fresh, empty one). */
    private static boolean current(Path folder) throws IOException {
        try (LuceneIndex index = LuceneIndex.open(folder)) {
            return !index.isFresh();
        }
    }

    /** A provision as the legislation module hands it to the index ({@code ActSearchDocuments}). */
    static SearchDocument document(LegislationBenchCorpus.Provision p) {
        String act = "/act/uz/" + p.type().toLowerCase() + "/" + p.year() + "/" + p.act();
        String eId = p.id().substring(p.id().lastIndexOf(':') + 1);
        return new SearchDocument(p.id() + ":" + p.language(), "act:" + p.act(), "provision", p.language(),
                p.title(), p.text(), act + "/" + eId + "?lang=" + p.language(), act, LocalDate.of(p.year(), 6, 1),
                Map.of("type", p.type(), "status", p.status()),
                Map.of("eId", eId, "act", LegislationBenchCorpus.actNumber(p.act(), p.language())));
    }
}
