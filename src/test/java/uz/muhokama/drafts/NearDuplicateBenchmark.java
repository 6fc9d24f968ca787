package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestUsers;

/**
 * Near-duplicate grouping of one draft with {@code -Dbench.comments} generated comments (default 1,000,000): a third
 * are copies of 50 campaign texts (with a typo in every fourth copy), the rest distinct texts of 25–60 words from a
 * vocabulary of 3,000 words. The rows are inserted with plain JDBC batches; only the full regroup is timed.
 *
 * <p>Run: {@code mvn -B test -Dtest=NearDuplicateBenchmark -Dbench=true -Dbench.comments=1000000}
 * (add {@code -Dtest.postgres=true} for PostgreSQL).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NearDuplicateBenchmark {

    private static final int CAMPAIGNS = 50;

    @Autowired
    DuplicateGroupingService grouping;

    @Autowired
    DraftStatistics statistics;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    @Autowired
    DataSource dataSource;

    @Test
    void a_million_comments_are_grouped_within_five_minutes() throws Exception {
        int total = Integer.getInteger("bench.comments", 1_000_000);
        OpenDrafts open = new OpenDrafts(drafts, dsl, organisations, memberships);
        OpenDrafts.Open draft = open.publish();
        List<Long> authors = new ArrayList<>();
        TestUsers users = new TestUsers(dsl);
        for (int i = 0; i < 200; i++) {
            authors.add(users.create("bench", "Bench").id());
        }
        Random random = new Random(42);
        String[] vocabulary = vocabulary(random, 3_000);
        String[] campaigns = new String[CAMPAIGNS];
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns[i] = text(random, vocabulary, 40);
        }
        long inserting = System.nanoTime();
        int campaignCopies = insert(draft.id(), total, authors, random, vocabulary, campaigns);
        System.out.printf("Inserted %,d comments (%,d campaign copies) in %d s%n", total, campaignCopies,
                Duration.ofNanos(System.nanoTime() - inserting).toSeconds());

        long start = System.nanoTime();
        DuplicateGrouping result = DraftPeople.as(open.people.citizen(), Roles.MODERATOR,
                () -> grouping.regroup(draft.id()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        DraftStats stats = statistics.of(draft.id()).orElseThrow();

        System.out.printf("Near-duplicate grouping of %,d comments: %d ms, %,d groups, %,d comments grouped, "
                        + "%,d proposals, heap used %,d MB%n", result.comments(), took.toMillis(), result.groups(),
                result.grouped(), stats.proposals(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        assertThat(took).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(result.comments()).isEqualTo(total);
        assertThat(result.groups()).isEqualTo(CAMPAIGNS);
        assertThat(stats.proposals()).isEqualTo(total - campaignCopies + CAMPAIGNS);
    }

    private int insert(DraftId draft, int total, List<Long> authors, Random random, String[] vocabulary,
                       String[] campaigns) throws Exception {
        int copies = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into draft_comment (draft_id, version_number, depth, author_id, body, created_at)
                values (?, 1, 1, ?, ?, ?)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < total; i++) {
                String body;
                if (i % 3 == 0) {
                    body = campaigns[random.nextInt(CAMPAIGNS)];
                    if (random.nextInt(4) == 0) {
                        body = typo(body, random);
                    }
                    copies++;
                } else {
                    body = text(random, vocabulary, 25 + random.nextInt(36));
                }
                insert.setLong(1, draft.value());
                insert.setLong(2, authors.get(i % authors.size()));
                insert.setString(3, body);
                insert.setTimestamp(4, now);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return copies;
    }

    private static String[] vocabulary(Random random, int size) {
        String letters = "abdefghijklmnopqrstuvxyzʻ";
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 3 + random.nextInt(8); n > 0; n--) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static String text(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : random.nextInt(9) == 0 ? ", " : " ")
                    .append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.append('.').toString();
    }

    /** One letter of one word changed, as people mistype when they copy a campaign text by hand. */
    private static String typo(String text, Random random) {
        char[] chars = text.toCharArray();
        int at = random.nextInt(chars.length);
        while (!Character.isLetter(chars[at])) {
            at = (at + 1) % chars.length;
        }
        chars[at] = chars[at] == 'a' ? 'e' : 'a';
        return new String(chars);
    }
}
