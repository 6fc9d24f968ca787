package uz.muhokama.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.RateLimitedException;
import uz.muhokama.drafts.internal.JooqCommentRepository.NewRow;

class CommentWriterTest {

    /** A store in memory: keeps what it stored, numbers rows from 1, and can be held or made to fail. */
    private static final class FakeStore implements CommentWriter.Store {

        final List<List<NewRow>> batches = Collections.synchronizedList(new ArrayList<>());
        final List<NewRow> stored = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong ids = new AtomicLong();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch hold = new CountDownLatch(0);
        volatile RuntimeException failure;

        @Override
        public List<CommentId> store(List<NewRow> rows) {
            batches.add(List.copyOf(rows));
            entered.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            stored.addAll(rows);
            return rows.stream().map(r -> new CommentId(ids.incrementAndGet())).toList();
        }
    }

    private final FakeStore store = new FakeStore();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private CommentWriter writer;

    @AfterEach
    void stop() {
        store.hold.countDown();
        writer.stop();
        callers.shutdownNow();
    }

    private CommentWriter start(int batch, int queue, Duration timeout) {
        writer = new CommentWriter(store, batch, queue, timeout);
        writer.start();
        return writer;
    }

    private static NewRow row(String body) {
        return new NewRow(new DraftId(1), 1, null, null, null, null, 1, 7, body, null, null, Instant.now());
    }

    private List<Future<CommentId>> postAll(int count) {
        List<Future<CommentId>> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "izoh " + i;
            posted.add(callers.submit(() -> writer.write(row(body))));
        }
        return posted;
    }

    private void awaitQueued(int rows) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (writer.waiting() < rows && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(writer.waiting()).isEqualTo(rows);
    }

    @Test
    void comments_arriving_while_a_batch_is_written_go_together_in_the_next_one_and_each_caller_gets_its_own_id()
            throws Exception {
        start(500, 1000, Duration.ofSeconds(10));
        store.hold = new CountDownLatch(1);
        Future<CommentId> first = callers.submit(() -> writer.write(row("birinchi")));
        assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<CommentId>> next = postAll(40);
        awaitQueued(40);

        store.hold.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new CommentId(1));
        List<CommentId> ids = new ArrayList<>();
        for (Future<CommentId> f : next) {
            ids.add(f.get(5, TimeUnit.SECONDS));
        }
        assertThat(store.batches).extracting(List::size).containsExactly(1, 40);
        assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        for (int i = 0; i < 40; i++) {
            // each caller's id is the one the store gave to that caller's row
            assertThat(store.stored.get((int) ids.get(i).value() - 1).body()).isEqualTo("izoh " + i);
        }
    }

    @Test
    void a_batch_holds_at_most_the_configured_number_of_rows() throws Exception {
        start(10, 1000, Duration.ofSeconds(10));
        store.hold = new CountDownLatch(1);
        Future<CommentId> first = callers.submit(() -> writer.write(row("birinchi")));
        assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<CommentId>> next = postAll(25);
        awaitQueued(25);

        store.hold.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (Future<CommentId> f : next) {
            f.get(5, TimeUnit.SECONDS);
        }
        assertThat(store.batches).extracting(List::size).containsExactly(1, 10, 10, 5);
    }

    @Test
    void a_failed_batch_fails_every_caller_in_it_and_stores_none_of_them() throws Exception {
        start(500, 1000, Duration.ofSeconds(10));
        store.hold = new CountDownLatch(1);
        store.failure = new IllegalStateException("the database refused the batch");
        Future<CommentId> first = callers.submit(() -> writer.write(row("birinchi")));
        assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<CommentId>> next = postAll(20);
        awaitQueued(20);

        store.hold.countDown();

        List<Future<CommentId>> all = new ArrayList<>(next);
        all.add(first);
        for (Future<CommentId> f : all) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("the database refused the batch");
        }
        assertThat(store.stored).isEmpty();

        store.failure = null;
        assertThat(writer.write(row("keyingi"))).as("the writer goes on after a failed batch").isNotNull();
    }

    @Test
    void a_caller_that_waits_too_long_is_told_the_server_is_busy_and_its_comment_is_not_stored_later()
            throws Exception {
        start(500, 1000, Duration.ofMillis(300));
        store.hold = new CountDownLatch(1);
        Future<CommentId> first = callers.submit(() -> writer.write(row("birinchi")));
        assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> writer.write(row("kutib qolgan")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.intake.busy");
        store.hold.countDown();
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DraftException.class);

        assertThat(writer.write(row("keyingi"))).isNotNull();
        assertThat(store.stored).extracting(NewRow::body).containsExactly("birinchi", "keyingi");
    }

    @Test
    void when_the_queue_is_full_a_comment_is_refused_like_one_over_the_rate_limit() throws Exception {
        start(500, 2, Duration.ofSeconds(10));
        store.hold = new CountDownLatch(1);
        callers.submit(() -> writer.write(row("birinchi")));
        assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();
        postAll(2);
        awaitQueued(2);

        assertThatThrownBy(() -> writer.write(row("ortiqcha"))).isInstanceOf(RateLimitedException.class);
    }
}
