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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentOrder;
import uz.muhokama.drafts.CommentScope;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.CommentView;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;

/**
 * A draft with a million comments ({@code -Dbench.comments}), written with JDBC batches on PostgreSQL: seven in ten
 * top-level (on the three articles and the draft as a whole), the rest replies. Measures what the draft's page loads
 * (the draft, its text, the first page of top-level comments with their replies, the count, the counts per provision,
 * the stances) against the same reads in plain SQL, a page of the API deep in the list, the list of drafts ordered by
 * comments, and the bulk export over HTTP against reading the same rows through a plain JDBC cursor.
 *
 * <p>Run: {@code mvn -B test -Dtest=MillionCommentsBenchmark -Dbench=true [-Dbench.comments=1000000]}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${bench.pg.url:jdbc:postgresql://localhost:5432/muhokama_bench}",
        "spring.datasource.username=${bench.pg.user:muhokama}",
        "spring.datasource.password=${bench.pg.password:muhokama}",
        "muhokama.limits.enabled=false",
        "logging.level.uz.muhokama=warn"})
@ActiveProfiles("test")
class MillionCommentsBenchmark {

    private static final int COMMENTS = Integer.getInteger("bench.comments", 1_000_000);
    private static final int BATCH = 5_000;
    private static final int ROUNDS = 60;

    @LocalServerPort
    int port;

    @Autowired
    DraftService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void page_data_and_export_of_a_draft_with_a_million_comments() throws Exception {
        BenchSupport.printLoad("at start");
        DraftId draft = BenchSupport.publishedDraft(drafts, organisations);
        List<BenchSupport.Person> people = BenchSupport.people(dsl, passwords, 1000);
        try (Connection db = DriverManager.getConnection(BenchSupport.PG_URL + "?reWriteBatchedInserts=true",
                BenchSupport.PG_USER, BenchSupport.PG_PASSWORD)) {
            long t0 = System.nanoTime();
            generate(db, draft, people);
            double inserting = (System.nanoTime() - t0) / 1e9;
            try (Statement analyze = db.createStatement()) {
                analyze.execute("vacuum analyze draft_comment");
            }
            System.out.printf("BENCH generated %d comments in %.1f s (%.0f per second, JDBC batches of %d)%n",
                    COMMENTS, inserting, COMMENTS / inserting, BATCH);

            int latest = drafts.find(draft).orElseThrow().latestVersion();
            long[] ours = time(() -> pageData(draft, latest));
            long[] raw = time(() -> rawPageData(db, draft));
            report("draft page data", ours);
            report("same reads in SQL", raw);
            System.out.printf("BENCH page data ratio at p95: %.2f (target: p95 <= 300 ms)%n",
                    BenchSupport.percentile(ours, ours.length, 95) / BenchSupport.percentile(raw, raw.length, 95));
            assertThat(BenchSupport.percentile(ours, ours.length, 95)).isLessThanOrEqualTo(300);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long middle = middleId(db, draft);
            String deep = "http://127.0.0.1:" + port + "/api/v1/drafts/" + draft.value() + "/comments?limit=100&cursor="
                    + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("last:" + middle).getBytes());
            report("API page deep in list", time(() -> http.send(HttpRequest.newBuilder(URI.create(deep)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()));
            report("drafts by comments", time(() -> drafts.list(new DraftFilter(null, null, null, null, null,
                    DraftSort.MOST_DISCUSSED), 0, 20).size()));

            long r0 = System.nanoTime();
            long rawRows = rawExport(db, draft);
            double rawSeconds = (System.nanoTime() - r0) / 1e9;
            for (String format : List.of("jsonl", "csv")) {
                long e0 = System.nanoTime();
                long[] linesAndBytes = download(http, "http://127.0.0.1:" + port + "/api/v1/drafts/" + draft.value()
                        + "/comments." + format);
                double seconds = (System.nanoTime() - e0) / 1e9;
                long rows = format.equals("csv") ? linesAndBytes[0] - 1 : linesAndBytes[0];
                System.out.printf("BENCH export %-5s %d rows, %.0f MB in %.1f s (raw JDBC cursor read %.1f s, ratio"
                                + " %.1f; target <= 30 s)%n", format, rows, linesAndBytes[1] / 1e6, seconds, rawSeconds,
                        seconds / rawSeconds);
                assertThat(rows).isEqualTo(rawRows).isEqualTo(COMMENTS);
                assertThat(seconds).isLessThanOrEqualTo(30);
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("BENCH heap in use after the exports: %d MB of %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private int pageData(DraftId draft, int latest) {
        int size = drafts.find(draft).orElseThrow().versions().size();
        size += drafts.text(draft, latest).size();
        List<CommentView> first = comments.topLevel(draft, CommentScope.all(), CommentOrder.NEWEST, 0, 20);
        size += comments.replies(first.stream().map(CommentView::id).toList()).size();
        size += comments.count(draft, CommentScope.all());
        Map<String, Integer> counts = comments.countsByProvision(draft);
        size += counts.size() + comments.tally(draft).support();
        return size;
    }

    private static int rawPageData(Connection db, DraftId draft) throws Exception {
        int size = 0;
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement first = db.prepareStatement("select id, body, author_id, created_at, up_votes, "
                + "down_votes from draft_comment where draft_id = ? and depth = 1 order by id desc limit 20")) {
            first.setLong(1, draft.value());
            try (ResultSet rows = first.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement replies = db.prepareStatement(
                "select id, body from draft_comment where thread_id = any(?) order by thread_id, id")) {
            replies.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = replies.executeQuery()) {
                while (rows.next()) {
                    size++;
                }
            }
        }
        size += single(db, "select count(*) from draft_comment where draft_id = ? and depth = 1", draft);
        try (PreparedStatement counts = db.prepareStatement("select provision_key, count(*) from draft_comment "
                + "where draft_id = ? and depth = 1 group by provision_key")) {
            counts.setLong(1, draft.value());
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    size += rows.getInt(2);
                }
            }
        }
        return size + ids.size();
    }

    private static int single(Connection db, String sql, DraftId draft) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, draft.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static long middleId(Connection db, DraftId draft) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(
                "select id from draft_comment where draft_id = ? order by id offset ? limit 1")) {
            statement.setLong(1, draft.value());
            statement.setLong(2, COMMENTS / 2);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long rawExport(Connection db, DraftId draft) throws Exception {
        db.setAutoCommit(false);
        long rows = 0;
        try (PreparedStatement all = db.prepareStatement("select * from draft_comment where draft_id = ? order by id")) {
            all.setFetchSize(2_000);
            all.setLong(1, draft.value());
            try (ResultSet r = all.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        r.getObject(c);
                    }
                    rows++;
                }
            }
        } finally {
            db.commit();
            db.setAutoCommit(true);
        }
        return rows;
    }

    private static long[] download(HttpClient http, String url) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                chars += line.length() + 1;
            }
        }
        return new long[] {lines, chars};
    }

    private void generate(Connection db, DraftId draft, List<BenchSupport.Person> people) throws Exception {
        int topLevel = COMMENTS * 7 / 10;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("insert into draft_comment (draft_id, version_number, "
                + "provision_key, provision_e_id, depth, author_id, body, created_at, up_votes) "
                + "values (?, 1, ?, ?, 1, ?, ?, ?, ?)")) {
            for (int i = 0; i < topLevel; i++) {
                String provision = i % 4 == 3 ? null : BenchSupport.PROVISIONS.get(i % 4);
                insert.setLong(1, draft.value());
                insert.setString(2, provision);
                insert.setString(3, provision);
                insert.setLong(4, people.get(i % people.size()).id());
                insert.setString(5, "Izoh " + i + ": ushbu moddaga taklif, matnni aniqlashtirish kerak.");
                insert.setTimestamp(6, now);
                insert.setInt(7, i % 7);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        List<Long> parents = new ArrayList<>();
        try (PreparedStatement sample = db.prepareStatement("select id from draft_comment "
                + "where draft_id = ? and depth = 1 and id % 50 = 0")) {
            sample.setLong(1, draft.value());
            try (ResultSet rows = sample.executeQuery()) {
                while (rows.next()) {
                    parents.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("insert into draft_comment (draft_id, version_number, "
                + "provision_key, provision_e_id, parent_id, thread_id, depth, author_id, body, created_at) "
                + "select draft_id, 1, provision_key, provision_e_id, id, id, 2, ?, ?, ? from draft_comment "
                + "where id = ?")) {
            for (int i = 0; i < COMMENTS - topLevel; i++) {
                long parent = parents.get(i % parents.size());
                insert.setLong(1, people.get((i * 7) % people.size()).id());
                insert.setString(2, "Javob " + i + ": qoʻshilaman.");
                insert.setTimestamp(3, now);
                insert.setLong(4, parent);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        assertThat(single(db, "select count(*) from draft_comment where draft_id = ?", draft)).isEqualTo(COMMENTS);
    }

    private static long[] time(Callable<?> action) throws Exception {
        for (int i = 0; i < 10; i++) {
            action.call();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            action.call();
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static void report(String name, long[] nanos) {
        System.out.printf("BENCH %-22s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", name,
                BenchSupport.percentile(nanos, nanos.length, 50), BenchSupport.percentile(nanos, nanos.length, 95),
                BenchSupport.percentile(nanos, nanos.length, 99));
    }
}
