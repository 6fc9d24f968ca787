package uz.muhokama.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import uz.muhokama.search.SearchDocument;

/**
 * Hands documents from one producer to several indexing threads, in batches through a bounded queue (so a fast
 * producer cannot fill the memory). Lucene's writer takes documents from many threads at once, each into its own
 * in-memory segment, and analysis is the costly part of adding one, so indexing scales with the cores. The first
 * failure of a worker is thrown to the producer at its next document, or by {@link #finish()}.
 */
final class BulkIndexer implements Consumer<SearchDocument>, AutoCloseable {

    private static final int BATCH = 128;
    private static final int MAX_THREADS = 4;
    private static final List<SearchDocument> END = List.of();

    private final Consumer<SearchDocument> sink;
    private final BlockingQueue<List<SearchDocument>> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private List<SearchDocument> batch = new ArrayList<>(BATCH);
    private long count;
    private boolean finished;

    BulkIndexer(Consumer<SearchDocument> sink, int threads) {
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(threads * 4);
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().name("search-bulk-index-" + i).daemon().start(this::work));
        }
    }

    /** One thread per core, leaving the producer to share them (it mostly waits for the database or a file). */
    static int defaultThreads() {
        return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_THREADS);
    }

    @Override
    public void accept(SearchDocument document) {
        throwIfFailed();
        batch.add(document);
        count++;
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every document handed over is in the writer; returns how many there were. */
    long finish() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>();
        }
        stopWorkers();
        throwIfFailed();
        return count;
    }

    /** Stops the workers (after the documents already queued) when the producer failed before {@link #finish()}. */
    @Override
    public void close() {
        stopWorkers();
    }

    private void work() {
        while (true) {
            List<SearchDocument> next = take();
            if (next == END) {
                return;
            }
            if (failure.get() == null) {
                try {
                    next.forEach(sink);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        }
    }

    private void stopWorkers() {
        if (finished) {
            return;
        }
        finished = true;
        workers.forEach(worker -> put(END));
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while indexing", e);
            }
        }
    }

    private void throwIfFailed() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    private void put(List<SearchDocument> documents) {
        try {
            queue.put(documents);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
    }

    private List<SearchDocument> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }
}
