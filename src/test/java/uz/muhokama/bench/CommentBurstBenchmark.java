package uz.muhokama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;

/**
 * A burst: {@code -Dbench.burst} comments (75,000) posted through the API by 64 clients as fast as they can (each over
 * its own kept-alive connection, {@link PlainHttpClient}, from a JVM of their own as {@link SeparateLoad} explains;
 * {@code -Dbench.load=same} from the application's), with the rate limits on as configured. Every request must end as 201 (posted) or 429 (refused cleanly); afterwards every
 * acknowledged comment must be readable through the public export within 15 seconds, and none may be lost.
 *
 * <p>Run: {@code mvn -B test -Dtest=CommentBurstBenchmark -Dbench=true [-Dbench.burst=75000] [-Dbench.load=process|same]}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.pg.url:jdbc:postgresql://localhost:5432/muhokama_bench}",
        "spring.datasource.username=${bench.pg.user:muhokama}",
        "spring.datasource.password=${bench.pg.password:muhokama}",
        "logging.level.uz.muhokama=warn"})
@ActiveProfiles("test")
class CommentBurstBenchmark {

    private static final long BURST = Long.getLong("bench.burst", 75_000);
    private static final int CLIENTS = 64;

    @LocalServerPort
    int port;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_burst_is_accepted_or_refused_cleanly_and_nothing_acknowledged_is_lost() throws Exception {
        BenchSupport.printLoad("at start");
        DraftId draft = BenchSupport.publishedDraft(drafts, organisations);
        List<BenchSupport.Person> people = BenchSupport.people(dsl, passwords, CLIENTS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(30)).build();
        String base = "http://127.0.0.1:" + port + "/api/v1/drafts/" + draft.value();
        URI uri = URI.create(base + "/comments");

        PlainHttpClient[] connections = new PlainHttpClient[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            connections[i] = new PlainHttpClient("127.0.0.1", port);
        }
        IntakeRun.Result burst = System.getProperty("bench.load", "process").equals("process")
                ? SeparateLoad.run("burst", port, uri.getPath(), people, CLIENTS, 1_800_000, BURST, false)
                : IntakeRun.run("burst", CLIENTS, 1_800_000, BURST,
                        (client, n) -> post(connections[client], uri.getPath(), people.get(client), n));
        burst.print();
        assertThat(burst.failed()).as("requests that ended other than 201 or 429").isZero();
        assertThat(burst.acknowledged() + burst.refused()).isEqualTo(BURST);

        Set<Long> acknowledged = new HashSet<>(burst.ids());
        long t0 = System.nanoTime();
        Set<Long> visible = new HashSet<>();
        while (System.nanoTime() - t0 < 15_000_000_000L) {
            visible = exported(http, base + "/comments.jsonl");
            if (visible.containsAll(acknowledged)) {
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(visible.containsAll(acknowledged)).as("every acknowledged comment is visible").isTrue();
        System.out.printf("BENCH burst of %d: %d posted, %d refused with 429, none failed; all %d visible in the "
                + "export after %.1f s%n", BURST, burst.acknowledged(), burst.refused(), acknowledged.size(), seconds);
    }

    private static long post(PlainHttpClient connection, String path, BenchSupport.Person person, long n)
            throws Exception {
        PlainHttpClient.Response response = connection.post(path, person.basic(),
                "{\"body\":\"Ommaviy izoh " + n + "\"}");
        if (response.status() == 429) {
            return -1;
        }
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return CommentIntakeBenchmark.postedId(response.body());
    }

    private static Set<Long> exported(HttpClient http, String url) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Set<Long> ids = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                ids.add(CommentIntakeBenchmark.postedId(line));
            }
        }
        return ids;
    }
}
