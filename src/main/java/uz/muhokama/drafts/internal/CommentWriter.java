package uz.muhokama.drafts.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.RateLimitedException;
import uz.muhokama.drafts.internal.JooqCommentRepository.NewRow;

/**
 * Group commit for new comments: callers hand their checked row to one writer thread, which takes everything waiting
 * (up to {@code muhokama.comments.writer.batch} rows), writes it as one multi-row insert in one transaction, and only
 * after the commit answers each caller with its own id. Every comment is still acknowledged individually and only
 * once stored; what is saved is the per-comment transaction, whose commit (a disk flush) is what limits one
 * transaction per comment. A batch that fails fails all its callers and stores none of them.
 *
 * <p>A caller waits at most {@code muhokama.comments.writer.timeout}; a row whose caller gave up before the writer
 * took it is dropped, and the caller is told the server is busy ({@code drafts.intake.busy}). When more rows wait
 * than the queue holds, a new comment is refused like one over the rate limit (429 through the API).
 */
@Component
public class CommentWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommentWriter.class);

    /** Stores rows in one transaction and returns their ids in the same order; throws when nothing was stored. */
    @FunctionalInterface
    public interface Store {
        List<CommentId> store(List<NewRow> rows);
    }

    private record Pending(NewRow row, CompletableFuture<CommentId> done) {
    }

    private final Store store;
    private final int maxBatch;
    private final Duration timeout;
    private final BlockingQueue<Pending> queue;
    private volatile boolean running;
    private Thread thread;

    CommentWriter(Store store, @Value("${muhokama.comments.writer.batch:500}") int maxBatch,
                  @Value("${muhokama.comments.writer.queue:20000}") int capacity,
                  @Value("${muhokama.comments.writer.timeout:PT10S}") Duration timeout) {
        this.store = store;
        this.maxBatch = maxBatch;
        this.timeout = timeout;
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    /**
     * Stores the row with others waiting at the same time and returns its id once committed.
     *
     * @throws RateLimitedException when the queue is full
     * @throws DraftException {@code drafts.intake.busy} when it was not stored within the timeout (or the writer is
     *     stopped)
     */
    public CommentId write(NewRow row) {
        if (!running) {
            throw new DraftException("drafts.intake.busy");
        }
        Pending pending = new Pending(row, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new RateLimitedException(1);
        }
        try {
            return pending.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            return gaveUp(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return gaveUp(pending);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Storing a batch of comments failed", e.getCause());
        }
    }

    /** How many comments wait for the writer now. */
    int waiting() {
        return queue.size();
    }

    /** Cancels the wait; if the writer answered in the meantime, that answer stands. */
    private CommentId gaveUp(Pending pending) {
        if (pending.done().cancel(false)) {
            throw new DraftException("drafts.intake.busy");
        }
        return pending.done().join();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                batch.removeIf(p -> p.done().isDone());
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<CommentId> ids;
        try {
            ids = store.store(batch.stream().map(Pending::row).toList());
            if (ids.size() != batch.size()) {
                throw new IllegalStateException("Stored " + ids.size() + " comments of " + batch.size());
            }
        } catch (RuntimeException | Error e) {
            log.warn("A batch of {} comments failed; none of them was stored", batch.size(), e);
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(ids.get(i));
        }
    }

    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            thread = Thread.ofPlatform().name("comment-writer").daemon().start(this::run);
        }
    }

    /** Stops taking comments and writes those already waiting. */
    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
