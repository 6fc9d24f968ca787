package uz.muhokama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.problems.ProblemMapService;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportFilter;
import uz.muhokama.support.TestOrganisations;

/**
 * 100,000 problem reports ({@code -Dbench.reports}) on PostgreSQL, written with JDBC batches and spread over the
 * twelve districts of Tashkent, eight categories, every status and the last year, three in ten with a photo. Measures
 * p50/p95/p99 of what the problems page asks for with the filters people use: the map's points (up to 2,000, the
 * browser clusters them) and the list (the count shown above it and the first page of 20), each against the same
 * number of rows read with a plain {@code select … where latitude between … limit …} in the same run. Reports made
 * by earlier runs are kept and topped up, so a second run measures at once.
 *
 * <p>Run: {@code mvn -B test -Dtest=ProblemReportsBenchmark -Dbench=true
 * -Dbench.pg.url=jdbc:postgresql://localhost:5432/muhokama_bench_problems [-Dbench.reports=100000]}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(properties = {
        "spring.datasource.url=${bench.pg.url:jdbc:postgresql://localhost:5432/muhokama_bench_problems}",
        "spring.datasource.username=${bench.pg.user:muhokama}",
        "spring.datasource.password=${bench.pg.password:muhokama}",
        "logging.level.uz.muhokama=warn"})
@ActiveProfiles("test")
class ProblemReportsBenchmark {

    private static final int REPORTS = Integer.getInteger("bench.reports", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 60);
    private static final int BATCH = 5_000;
    private static final int MAP_POINTS = 2_000;
    private static final int PAGE = 20;
    private static final String URL = System.getProperty("bench.pg.url",
            "jdbc:postgresql://localhost:5432/muhokama_bench_problems");
    private static final String CATEGORY_PREFIX = "bench-";
    /** Category codes (after the prefix) and their groups. */
    private static final String[][] CATEGORIES = {{"water-leak", "WATER"}, {"no-water", "WATER"},
        {"sewage", "SEWAGE"}, {"power-cut", "POWER"}, {"gas-smell", "GAS"}, {"waste-bin", "WASTE"},
        {"street-light", "LIGHTING"}, {"road-hole", "ROADS"}};
    /** Districts of Tashkent with a point near their middle. */
    private static final Map<String, double[]> DISTRICTS = new LinkedHashMap<>();

    static {
        DISTRICTS.put("Chilonzor", new double[] {41.275, 69.205});
        DISTRICTS.put("Yakkasaroy", new double[] {41.285, 69.255});
        DISTRICTS.put("Yunusobod", new double[] {41.365, 69.285});
        DISTRICTS.put("Mirzo Ulugʻbek", new double[] {41.330, 69.335});
        DISTRICTS.put("Shayxontohur", new double[] {41.325, 69.230});
        DISTRICTS.put("Olmazor", new double[] {41.355, 69.215});
        DISTRICTS.put("Uchtepa", new double[] {41.295, 69.170});
        DISTRICTS.put("Yashnobod", new double[] {41.290, 69.345});
        DISTRICTS.put("Mirobod", new double[] {41.290, 69.285});
        DISTRICTS.put("Sergeli", new double[] {41.225, 69.220});
        DISTRICTS.put("Bektemir", new double[] {41.210, 69.335});
        DISTRICTS.put("Yangihayot", new double[] {41.210, 69.260});
    }

    /** Tashkent's bounding box, the map's view of the city. */
    private static final double[] CITY = {41.15, 41.45, 69.10, 69.45};

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemMapService map;

    @Autowired
    OrganisationService organisations;

    @Test
    void map_and_list_of_a_city_with_a_hundred_thousand_reports() throws Exception {
        BenchSupport.printLoad("at start");
        try (Connection db = DriverManager.getConnection(URL + "?reWriteBatchedInserts=true",
                BenchSupport.PG_USER, BenchSupport.PG_PASSWORD)) {
            List<Long> categories = categories(db);
            int existing = count(db, "select count(*) from problem_report where token like 'bench-%'");
            if (existing < REPORTS) {
                long t0 = System.nanoTime();
                generate(db, categories, organisations(), REPORTS - existing);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("BENCH generated %d reports in %.1f s (%.0f per second, JDBC batches of %d)%n",
                        REPORTS - existing, seconds, (REPORTS - existing) / seconds, BATCH);
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("vacuum analyze problem_report");
                analyze.execute("vacuum analyze problem_photo");
            }
            System.out.printf("BENCH %d reports in the table, %d of them public%n",
                    count(db, "select count(*) from problem_report"),
                    count(db, "select count(*) from problem_report where hidden = false"));

            List<ReportFilter> filters = filters();
            Timer pins = new Timer("map: ProblemMapService.pins (<= 2,000 points)");
            Timer oldPins = new Timer("map as before: ProblemService.list(0, 2000)");
            Timer mapBaseline = new Timer("map baseline: plain SQL bounding box, limit 2,000");
            Timer list = new Timer("list: ProblemService.count + list(0, 20)");
            Timer deep = new Timer("list scrolled: ProblemService.list(2000, 20)");
            Timer listBaseline = new Timer("list baseline: plain SQL bounding box, limit 20");
            Timer grid = new Timer("grid clusters of the city in SQL (proposal)");
            for (int warm = 0; warm < 3; warm++) {
                for (ReportFilter filter : filters) {
                    map.pins(filter, MAP_POINTS);
                    problems.count(filter);
                    problems.list(filter, 0, PAGE);
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (ReportFilter filter : filters) {
                    pins.time(() -> map.pins(filter, MAP_POINTS).size());
                    mapBaseline.time(() -> box(db, MAP_POINTS));
                    list.time(() -> problems.count(filter) + problems.list(filter, 0, PAGE).size());
                    listBaseline.time(() -> box(db, PAGE));
                    deep.time(() -> problems.list(filter, 2000, PAGE).size());
                    if (round % 4 == 0) {
                        oldPins.time(() -> problems.list(filter, 0, MAP_POINTS).size());
                        grid.time(() -> grid(db));
                    }
                }
            }
            BenchSupport.printLoad("after measuring");
            System.out.printf("BENCH %d rounds of %d filters (none, category, status, district, overdue, "
                    + "category + district, open status + district)%n", ROUNDS, filters.size());
            pins.print(mapBaseline);
            oldPins.print(mapBaseline);
            mapBaseline.print(mapBaseline);
            list.print(listBaseline);
            deep.print(listBaseline);
            listBaseline.print(listBaseline);
            grid.print(mapBaseline);
            System.out.printf("BENCH target p95 <= 100 ms: map %s, list %s%n", pins.p(95) <= 100 ? "met" : "MISSED",
                    list.p(95) <= 100 ? "met" : "MISSED");
            assertThat(map.pins(ReportFilter.ALL, MAP_POINTS)).hasSize(MAP_POINTS);
        }
    }

    private static List<ReportFilter> filters() {
        return List.of(ReportFilter.ALL,
                new ReportFilter(CATEGORY_PREFIX + "water-leak", null, null, null, null, null, false, false),
                new ReportFilter(null, ProblemStatus.NEW, null, null, null, null, false, false),
                new ReportFilter(null, null, "Chilonzor", null, null, null, false, false),
                new ReportFilter(null, null, null, null, null, null, true, false),
                new ReportFilter(CATEGORY_PREFIX + "waste-bin", null, "Yunusobod", null, null, null, false, false),
                new ReportFilter(null, ProblemStatus.IN_PROGRESS, "Sergeli", null, null, null, false, false));
    }

    private static int box(Connection db, int limit) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select id, latitude, longitude, title, status, "
                + "deadline_at from problem_report where latitude between ? and ? and longitude between ? and ? "
                + "limit ?")) {
            select.setDouble(1, CITY[0]);
            select.setDouble(2, CITY[1]);
            select.setDouble(3, CITY[2]);
            select.setDouble(4, CITY[3]);
            select.setInt(5, limit);
            return drain(select);
        }
    }

    private static int grid(Connection db) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select floor(latitude * 100), floor(longitude * 100), "
                + "count(*), avg(latitude), avg(longitude) from problem_report where hidden = false "
                + "and latitude between ? and ? and longitude between ? and ? group by 1, 2")) {
            select.setDouble(1, CITY[0]);
            select.setDouble(2, CITY[1]);
            select.setDouble(3, CITY[2]);
            select.setDouble(4, CITY[3]);
            return drain(select);
        }
    }

    private static int drain(PreparedStatement select) throws Exception {
        int rows = 0;
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                result.getLong(1);
                rows++;
            }
        }
        return rows;
    }

    private static int count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static List<Long> categories(Connection db) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String[] category : CATEGORIES) {
            String full = CATEGORY_PREFIX + category[0];
            try (PreparedStatement insert = db.prepareStatement("insert into problem_category (code, group_code, "
                    + "name_uz_latn, name_uz_cyrl, name_ru, name_en) select ?, ?, ?, ?, ?, ? where not exists "
                    + "(select 1 from problem_category where code = ?)")) {
                insert.setString(1, full);
                insert.setString(2, category[1]);
                for (int i = 3; i <= 6; i++) {
                    insert.setString(i, full);
                }
                insert.setString(7, full);
                insert.executeUpdate();
            }
            try (PreparedStatement select = db.prepareStatement("select id from problem_category where code = ?")) {
                select.setString(1, full);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<Long> organisations() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OrganisationId id = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
            ids.add(id.value());
        }
        return ids;
    }

    /** Statuses in the shares a year of a live board has: most reports closed or on the way. */
    private static ProblemStatus status(Random random) {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return ProblemStatus.NEW;
        }
        if (roll < 25) {
            return ProblemStatus.ACKNOWLEDGED;
        }
        if (roll < 35) {
            return ProblemStatus.IN_PROGRESS;
        }
        if (roll < 40) {
            return ProblemStatus.ACTION_SCHEDULED;
        }
        if (roll < 55) {
            return ProblemStatus.FIXED;
        }
        if (roll < 85) {
            return ProblemStatus.CLOSED;
        }
        if (roll < 90) {
            return ProblemStatus.DUPLICATE;
        }
        if (roll < 96) {
            return ProblemStatus.NOT_RESPONSIBLE;
        }
        return ProblemStatus.REOPENED;
    }

    private static void generate(Connection db, List<Long> categories, List<Long> organisations, int count)
            throws Exception {
        Random random = new Random(count);
        List<String> districts = List.copyOf(DISTRICTS.keySet());
        Instant now = Instant.now();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into problem_report (category_id, latitude, "
                + "longitude, address, district, title, description, status, organisation_id, reporter_name, "
                + "show_name, deadline_at, token, hidden, supporters, acknowledged_at, fixed_at, created_at, "
                + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String district = districts.get(random.nextInt(districts.size()));
                double[] middle = DISTRICTS.get(district);
                // Newer reports are more frequent: a board grows.
                Instant created = now.minus(Duration.ofMinutes((long) (525_600 * Math.pow(random.nextDouble(), 1.5))));
                ProblemStatus status = status(random);
                int column = 1;
                insert.setLong(column++, categories.get(random.nextInt(categories.size())));
                insert.setDouble(column++, middle[0] + random.nextGaussian() * 0.012);
                insert.setDouble(column++, middle[1] + random.nextGaussian() * 0.015);
                insert.setString(column++, district + ", " + (1 + random.nextInt(60)) + "-uy");
                insert.setString(column++, district);
                insert.setString(column++, "Muammo " + i);
                insert.setString(column++, "Hovlida suv quvuri yorilgan, suv ikki kundan beri oqyapti. " + i);
                insert.setString(column++, status.name());
                if (random.nextInt(10) < 3) {
                    insert.setNull(column++, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(column++, organisations.get(random.nextInt(organisations.size())));
                }
                insert.setString(column++, "Bench " + i);
                insert.setBoolean(column++, random.nextInt(4) == 0);
                insert.setTimestamp(column++, Timestamp.from(created.plus(Duration.ofDays(15))));
                insert.setString(column++, "bench-" + java.util.UUID.randomUUID().toString().replace("-", ""));
                insert.setBoolean(column++, random.nextInt(100) == 0);
                insert.setInt(column++, random.nextInt(5) == 0 ? random.nextInt(30) : 0);
                insert.setTimestamp(column++, status == ProblemStatus.NEW ? null
                        : Timestamp.from(created.plus(Duration.ofHours(6))));
                insert.setTimestamp(column++, status == ProblemStatus.FIXED || status == ProblemStatus.CLOSED
                        ? Timestamp.from(created.plus(Duration.ofDays(5))) : null);
                insert.setTimestamp(column++, Timestamp.from(created));
                insert.setTimestamp(column++, Timestamp.from(created));
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        try (Statement photos = db.createStatement()) {
            photos.execute("insert into problem_photo (report_id, image_key, thumb_key, width, height, position, "
                    + "created_at) select id, 'bench/' || id, 'bench/' || id || '-t', 2048, 1536, 0, created_at "
                    + "from problem_report r where token like 'bench-%' and mod(id, 10) < 3 and not exists "
                    + "(select 1 from problem_photo p where p.report_id = r.id)");
            db.commit();
        }
        db.setAutoCommit(autoCommit);
    }

    /** Latencies of one kind of call. */
    private static final class Timer {

        private final String name;
        private long[] nanos = new long[1024];
        private int count;

        Timer(String name) {
            this.name = name;
        }

        void time(Callable<Integer> call) throws Exception {
            long start = System.nanoTime();
            call.call();
            if (count == nanos.length) {
                nanos = java.util.Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = System.nanoTime() - start;
        }

        double p(double percentile) {
            return BenchSupport.percentile(nanos, count, percentile);
        }

        void print(Timer baseline) {
            System.out.printf("BENCH %-52s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (p95 %.2f x baseline, n=%d)%n",
                    name, p(50), p(95), p(99), p(95) / baseline.p(95), count);
        }
    }
}
