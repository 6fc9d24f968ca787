package uz.muhokama.bench;

import static uz.muhokama_db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;

/** What the benchmarks share: the database they run on, a published draft, people with passwords, percentiles. */
final class BenchSupport {

    static final String PG_URL = System.getProperty("bench.pg.url",
            "jdbc:postgresql://localhost:5432/muhokama_bench");
    static final String PG_USER = System.getProperty("bench.pg.user", "muhokama");
    static final String PG_PASSWORD = System.getProperty("bench.pg.password", "muhokama");
    static final String PASSWORD = "Bench-parol-2026!";
    static final String TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-modda. Asosiy tushunchalar
            Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi.
            2-bob. Yakuniy qoidalar
            3-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;
    static final List<String> PROVISIONS = List.of("chp_1__art_1", "chp_1__art_2", "chp_2__art_3");

    private BenchSupport() {
    }

    static DraftId publishedDraft(DraftService drafts, OrganisationService organisations) {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        return SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(ministry, DraftActType.LAW, "BENCH-" + System.nanoTime(),
                    "Benchmark loyihasi", "Проект для замеров", "Qisqacha", "Кратко"));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(DraftActType.LAW));
            return id;
        });
    }

    record Person(long id, String email) {

        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes());
        }
    }

    /** People with one password hash between them (hashing is slow on purpose, and it is not what is measured). */
    static List<Person> people(DSLContext dsl, PasswordEncoder passwords, int count) {
        String hash = passwords.encode(PASSWORD);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unique = UUID.randomUUID().toString().substring(0, 12);
            String email = "bench-" + unique + "@example.test";
            long id = dsl.insertInto(APP_USER).set(APP_USER.EMAIL, email).set(APP_USER.DISPLAY_NAME, "Bench " + i)
                    .set(APP_USER.PSEUDONYM, "bench-" + unique).set(APP_USER.PASSWORD_HASH, hash)
                    .set(APP_USER.EMAIL_CONFIRMED_AT, now).set(APP_USER.CREATED_AT, now)
                    .returning(APP_USER.ID).fetchOne(APP_USER.ID);
            people.add(new Person(id, email));
        }
        return people;
    }

    /** The machine's load, printed with the figures: on a shared machine they mean little without it. */
    static void printLoad(String when) {
        System.out.printf("BENCH load %s: %.1f on %d processors%n", when,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    static double percentile(long[] nanos, int count, double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) Math.ceil(p / 100.0 * count) - 1)] / 1e6;
    }
}
