package uz.muhokama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Open311 {@code GET requests.json} under load on loopback: a closed-loop generator (Java's {@code HttpClient},
 * one virtual thread per client, each sending its next request when the answer has arrived) at several
 * concurrencies ({@code -Dbench.clients}), for {@code -Dbench.seconds} each, against 127.0.0.1 only. Side by side on
 * the same server: the discovery document ({@code GET discovery.json}), the baseline of what any request to the
 * application costs. The requests are the default list (the newest public reports of the last 90 days, at most
 * 1,000) and a typical client's poll (open reports of one service in the last 7 days). Run it after
 * {@link ProblemReportsBenchmark}, which fills the database with 100,000 reports.
 *
 * <p>Run: {@code mvn -B test -Dtest=Open311RequestsBenchmark -Dbench=true
 * -Dbench.pg.url=jdbc:postgresql://localhost:5432/muhokama_bench_problems [-Dbench.seconds=10]
 * [-Dbench.clients=1,8,32]}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.pg.url:jdbc:postgresql://localhost:5432/muhokama_bench_problems}",
        "spring.datasource.username=${bench.pg.user:muhokama}",
        "spring.datasource.password=${bench.pg.password:muhokama}",
        "muhokama.limits.enabled=false",
        "logging.level.uz.muhokama=warn"})
@ActiveProfiles("test")
class Open311RequestsBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("bench.clients", "1,8,32")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();

    @LocalServerPort
    int port;

    @Test
    void requests_json_against_the_discovery_document() throws Exception {
        BenchSupport.printLoad("at start");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port + "/open311/v2/";
        String list = base + "requests.json";
        String poll = base + "requests.json?status=open&service_code=bench-water-leak&start_date="
                + java.time.OffsetDateTime.now().minusDays(7).withNano(0);
        String discovery = base + "discovery.json";
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(list)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        System.out.printf("BENCH requests.json answers %d KB; the poll %d KB; discovery.json %d bytes%n",
                first.body().length() / 1024, send(http, poll).length() / 1024, send(http, discovery).length());
        for (String url : List.of(discovery, list, poll)) {
            run(http, url, 8, Math.min(5, SECONDS));
        }
        for (int clients : CLIENTS) {
            Result baseline = run(http, discovery, clients, SECONDS);
            Result ours = run(http, list, clients, SECONDS);
            Result polled = run(http, poll, clients, SECONDS);
            BenchSupport.printLoad("after " + clients + " clients");
            baseline.print("discovery.json (baseline)", clients, baseline);
            ours.print("requests.json (default: 90 days, <= 1,000)", clients, baseline);
            polled.print("requests.json?status=open&service_code&7 days", clients, baseline);
            assertThat(ours.failures.get() + polled.failures.get() + baseline.failures.get()).isZero();
        }
    }

    private static String send(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static Result run(HttpClient http, String url, int clients, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        Result result = new Result();
        List<Future<long[]>> runs = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                runs.add(threads.submit(() -> {
                    long[] nanos = new long[1024];
                    int count = 0;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            result.failures.incrementAndGet();
                        }
                        if (count == nanos.length) {
                            nanos = Arrays.copyOf(nanos, count * 2);
                        }
                        nanos[count++] = took;
                    }
                    return Arrays.copyOf(nanos, count);
                }));
            }
            for (Future<long[]> run : runs) {
                result.add(run.get());
            }
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    /** Latencies and throughput of one endpoint at one concurrency. */
    private static final class Result {

        private final AtomicLong failures = new AtomicLong();
        private long[] nanos = new long[0];
        private double seconds;

        void add(long[] more) {
            long[] all = Arrays.copyOf(nanos, nanos.length + more.length);
            System.arraycopy(more, 0, all, nanos.length, more.length);
            nanos = all;
        }

        double perSecond() {
            return nanos.length / seconds;
        }

        double p(double percentile) {
            return BenchSupport.percentile(nanos, nanos.length, percentile);
        }

        void print(String what, int clients, Result baseline) {
            System.out.printf("BENCH open311 %3d clients %-48s %8.1f req/s (%.3f of baseline)  p50 %7.1f ms  "
                            + "p99 %7.1f ms  (%d requests, %d failed)%n", clients, what, perSecond(),
                    perSecond() / baseline.perSecond(), p(50), p(99), nanos.length, failures.get());
        }
    }
}
