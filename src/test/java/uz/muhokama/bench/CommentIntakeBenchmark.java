package uz.muhokama.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.support.TestAccount;

/**
 * Comment intake through the public API on PostgreSQL: the application on a random port, clients over 127.0.0.1,
 * each a different account posting with HTTP Basic in a closed loop over its own kept-alive connection
 * ({@link PlainHttpClient}), from a JVM of their own on platform threads ({@link SeparateLoad} says why);
 * {@code -Dbench.load=same} runs them in the application's JVM, {@code -Dbench.load=jdk} there with Java's
 * {@code HttpClient} (as before). Side by side, at the same concurrency and on the same database: raw JDBC inserts of
 * the same rows (one committed transaction per comment, the limit) and {@code CommentService.post} called in-process
 * (what the service costs without HTTP). Each phase also prints the CPU time spent per comment ({@code BENCH cpu}).
 * Afterwards every acknowledged comment must be in the database. Rate limits are off, and the near-duplicate grouping
 * job does not run (its cost is measured by {@code NearDuplicateBenchmark}).
 *
 * <p>Run (PostgreSQL started, database {@code muhokama_bench} owned by {@code muhokama}):
 * {@code mvn -B test -Dtest=CommentIntakeBenchmark -Dbench=true [-Dbench.seconds=15] [-Dbench.warmup=100000]
 * [-Dbench.load=process|same|jdk]}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.pg.url:jdbc:postgresql://localhost:5432/muhokama_bench}",
        "spring.datasource.username=${bench.pg.user:muhokama}",
        "spring.datasource.password=${bench.pg.password:muhokama}",
        "muhokama.limits.enabled=false",
        "muhokama.duplicates.interval=PT1H",
        "muhokama.duplicates.first-run=PT1H",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:20}",
        "logging.level.uz.muhokama=warn"})
@ActiveProfiles("test")
class CommentIntakeBenchmark {

    private static final int[] CONCURRENCY = java.util.Arrays.stream(System.getProperty("bench.clients", "32,64")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final long MILLIS = Long.getLong("bench.seconds", 15) * 1000;
    /**
     * Requests before anything is measured: enough for the compiler to finish with the request path. A count rather
     * than a time, as a loaded machine makes fewer in the same time and would measure code still being compiled.
     */
    private static final long WARM_UP_REQUESTS = Long.getLong("bench.warmup", 100_000);

    @LocalServerPort
    int port;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CommentService comments;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Test
    void sustained_intake_through_the_api_against_raw_jdbc() throws Exception {
        BenchSupport.printLoad("at start");
        DraftId draft = BenchSupport.publishedDraft(drafts, organisations);
        List<BenchSupport.Person> people = BenchSupport.people(dsl, passwords, 64);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(30)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/drafts/" + draft.value() + "/comments");
        PlainHttpClient[] connections = new PlainHttpClient[people.size()];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = new PlainHttpClient("127.0.0.1", port);
        }
        String load = System.getProperty("bench.load", "process");
        IntakeRun.Call inJvm = load.equals("jdk") ? (client, n) -> postOverHttp(http, uri, people.get(client), n)
                : (client, n) -> postOverSocket(connections[client], uri.getPath(), people.get(client), n);
        Api api = (name, clients, millis, total) -> load.equals("process")
                ? SeparateLoad.run(name, port, uri.getPath(), people, clients, millis, total, true)
                : IntakeRun.run(name, clients, millis, total, inJvm);
        IntakeRun.Call service = (client, n) -> postInProcess(draft, people.get(client), n);
        List<IntakeRun.Result> results = new ArrayList<>();
        System.out.println("BENCH HTTP load: " + load + " (process: plain kept-alive connections from another JVM; "
                + "same: the same from this JVM; jdk: java.net.http.HttpClient in this JVM)");

        // Each account's first request checks its password hash (slow on purpose); then the code paths are warmed up.
        results.add(api.run("sign-in of 64 accounts", 64, 120_000, 64));
        results.getLast().print();
        results.add(api.run("warm-up api", 64, 300_000, WARM_UP_REQUESTS));
        results.getLast().print();
        results.add(IntakeRun.run("warm-up service", 32, 10000, 0, service));
        results.getLast().print();
        for (int clients : CONCURRENCY) {
            try (RawInserts raw = new RawInserts(draft, people, clients)) {
                IntakeRun.Result baseline = withCpu(() -> IntakeRun.run("raw jdbc", clients, MILLIS, 0, raw::insert));
                baseline.print();
                IntakeRun.Result inProcess = withCpu(() -> IntakeRun.run("CommentService.post", clients, MILLIS, 0,
                        service));
                inProcess.print();
                IntakeRun.Result overHttp = api.run("HTTP API", clients, MILLIS, 0);
                overHttp.print();
                results.addAll(List.of(baseline, inProcess, overHttp));
                System.out.printf("BENCH ratio at %d clients: API/raw %.2f, service/raw %.2f, API p99 %.1f ms%n",
                        clients, overHttp.perSecond() / baseline.perSecond(),
                        inProcess.perSecond() / baseline.perSecond(), overHttp.p99());
            }
        }
        BenchSupport.printLoad("at end");

        Set<Long> stored = new HashSet<>(dsl.select(DRAFT_COMMENT.ID).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.value())).fetch(DRAFT_COMMENT.ID));
        long acknowledged = 0;
        for (IntakeRun.Result r : results) {
            assertThat(r.failed()).as(r.name()).isZero();
            assertThat(stored.containsAll(r.ids())).as("every comment acknowledged by " + r.name() + " is stored")
                    .isTrue();
            acknowledged += r.acknowledged();
        }
        assertThat(stored).hasSize((int) acknowledged);
        System.out.printf("BENCH verified: all %d acknowledged comments are stored%n", acknowledged);
    }

    private static long postOverHttp(HttpClient http, URI uri, BenchSupport.Person person, long n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", person.basic())
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(commentJson(n))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429) {
            return -1;
        }
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return postedId(response.body());
    }

    /** Runs a phase in this JVM and prints the CPU time this JVM spent per comment. */
    private static IntakeRun.Result withCpu(Phase phase) throws Exception {
        long before = SeparateLoad.processCpuNanos();
        IntakeRun.Result result = phase.run();
        System.out.printf("BENCH cpu %-22s %2d clients: application JVM %.0f µs per comment%n", result.name(),
                result.clients(), (SeparateLoad.processCpuNanos() - before) / 1e3
                        / Math.max(1, result.acknowledged() + result.refused()));
        return result;
    }

    private interface Phase {
        IntakeRun.Result run() throws Exception;
    }

    /** A phase of HTTP load, from this JVM or another. */
    private interface Api {
        IntakeRun.Result run(String name, int clients, long millis, long total) throws Exception;
    }

    private static long postOverSocket(PlainHttpClient connection, String path, BenchSupport.Person person, long n)
            throws Exception {
        PlainHttpClient.Response response = connection.post(path, person.basic(), commentJson(n));
        if (response.status() == 429) {
            return -1;
        }
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return postedId(response.body());
    }

    private static String commentJson(long n) {
        String provision = n % 4 == 3 ? "" : ",\"provision\":\"" + BenchSupport.PROVISIONS.get((int) (n % 4)) + "\"";
        return "{\"body\":\"Izoh raqami " + n + ": taklif matni.\"" + provision + "}";
    }

    /** The first {@code "id":} number of a JSON object. */
    static long postedId(String json) {
        int start = json.indexOf("\"id\":") + 5;
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(start, end));
    }

    private long postInProcess(DraftId draft, BenchSupport.Person person, long n) {
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new TestAccount(person.id(), person.email(), "Bench"), null,
                List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"))));
        securityContexts.setContext(context);
        try {
            String provision = n % 4 == 3 ? null : BenchSupport.PROVISIONS.get((int) (n % 4));
            return comments.post(NewComment.on(draft, provision, "Izoh raqami " + n + ": taklif matni.")).value();
        } finally {
            securityContexts.clearContext();
        }
    }

    /** The limit: the same row inserted over a plain connection per client, auto-commit (one transaction each). */
    private static final class RawInserts implements AutoCloseable {

        private final DraftId draft;
        private final List<BenchSupport.Person> people;
        private final Connection[] connections;
        private final PreparedStatement[] statements;

        RawInserts(DraftId draft, List<BenchSupport.Person> people, int clients) throws Exception {
            this.draft = draft;
            this.people = people;
            connections = new Connection[clients];
            statements = new PreparedStatement[clients];
            for (int i = 0; i < clients; i++) {
                connections[i] = DriverManager.getConnection(BenchSupport.PG_URL, BenchSupport.PG_USER,
                        BenchSupport.PG_PASSWORD);
                statements[i] = connections[i].prepareStatement("insert into draft_comment (draft_id, "
                        + "version_number, provision_key, provision_e_id, depth, author_id, body, created_at) "
                        + "values (?, 1, ?, ?, 1, ?, ?, ?) returning id");
            }
        }

        long insert(int client, long n) throws Exception {
            PreparedStatement insert = statements[client];
            String provision = n % 4 == 3 ? null : BenchSupport.PROVISIONS.get((int) (n % 4));
            insert.setLong(1, draft.value());
            insert.setString(2, provision);
            insert.setString(3, provision);
            insert.setLong(4, people.get(client).id());
            insert.setString(5, "Izoh raqami " + n + ": taklif matni.");
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }

        @Override
        public void close() throws Exception {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
