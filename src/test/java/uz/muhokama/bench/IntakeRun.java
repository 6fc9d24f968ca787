package uz.muhokama.bench;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code clients} virtual threads each send one comment after the other for a while (or until a
 * total is reached), timing every call. What one call is (HTTP, the service, raw JDBC) is given as a {@link Call}.
 */
final class IntakeRun {

    /** One comment by client {@code client}; returns the id acknowledged, -1 for a clean refusal (429). */
    interface Call {
        long post(int client, long sequence) throws Exception;
    }

    record Result(String name, int clients, long acknowledged, long refused, long failed, double seconds,
                  double p50, double p99, ConcurrentLinkedQueue<Long> ids) {

        double perSecond() {
            return acknowledged / seconds;
        }

        void print() {
            System.out.printf("BENCH %-22s %2d clients: %7d acknowledged, %6d refused (429), %d failed in %.1f s"
                            + " = %8.0f comments/s, p50 %.1f ms, p99 %.1f ms%n", name, clients, acknowledged, refused,
                    failed, seconds, perSecond(), p50, p99);
        }
    }

    private IntakeRun() {
    }

    static Result run(String name, int clients, long millis, long total, Call call) throws InterruptedException {
        return run(name, clients, millis, total, call, Thread.ofVirtual().factory());
    }

    /** The same on threads of the given kind (the load generator's own JVM can use platform threads). */
    static Result run(String name, int clients, long millis, long total, Call call, ThreadFactory threadKind)
            throws InterruptedException {
        int capacity = 2_000_000;
        long[] latencies = new long[capacity];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong sequence = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(threadKind)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    try {
                        while (System.nanoTime() < deadline) {
                            long n = sequence.getAndIncrement();
                            if (total > 0 && n >= total) {
                                break;
                            }
                            long t0 = System.nanoTime();
                            try {
                                long id = call.post(client, n);
                                if (id < 0) {
                                    refused.incrementAndGet();
                                } else {
                                    ids.add(id);
                                }
                            } catch (Exception e) {
                                if (failed.incrementAndGet() <= 3) {
                                    System.out.println("BENCH failure: " + e);
                                }
                            }
                            int slot = recorded.getAndIncrement();
                            if (slot < capacity) {
                                latencies[slot] = System.nanoTime() - t0;
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int count = Math.min(recorded.get(), capacity);
        return new Result(name, clients, ids.size(), refused.get(), failed.get(), seconds,
                BenchSupport.percentile(latencies, count, 50), BenchSupport.percentile(latencies, count, 99), ids);
    }
}
