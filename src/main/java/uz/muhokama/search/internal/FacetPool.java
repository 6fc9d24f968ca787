package uz.muhokama.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Counts facets beside the page: while the caller collects the page of hits and makes their snippets, a facet pass
 * runs on one of a few spare threads, so a first page costs about the longer of the two rather than their sum. When
 * every thread is busy (a loaded server has no spare core either), the pass runs on the caller's thread at once, as
 * it would without the pool; idle threads end after a while.
 */
final class FacetPool {

    /** Some work that counts facets. */
    interface Counting<T> {
        T run() throws IOException;
    }

    private final ThreadPoolExecutor threads;

    FacetPool() {
        int size = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        threads = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                Thread.ofPlatform().name("search-facets-", 0).daemon().factory(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        threads.allowCoreThreadTimeOut(true);
    }

    <T> CompletableFuture<T> submit(Counting<T> counting) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return counting.run();
            } catch (IOException e) {
                throw new UncheckedIOException("Facet counting failed", e);
            }
        }, threads);
    }

    /**
     * Waits for a pass that may still be running (after the caller failed), so that its searcher is not released
     * under it; its own failure, if any, is the caller's no longer.
     */
    static void awaitQuietly(CompletableFuture<?> counting) {
        if (counting != null) {
            try {
                counting.join();
            } catch (RuntimeException ignored) {
                // The search has already answered or failed on its own account.
            }
        }
    }
}
