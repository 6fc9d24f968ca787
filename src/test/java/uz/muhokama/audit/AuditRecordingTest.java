package uz.muhokama.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.audit.internal.JooqAuditEventRepository;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class AuditRecordingTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JooqAuditEventRepository repository;

    @Autowired
    AuditLog auditLog;

    @Autowired
    OrganisationService organisations;

    @Test
    void an_action_published_in_a_committed_transaction_is_recorded() {
        String actor = unique("committed");
        transactions.executeWithoutResult(status -> events.publishEvent(action("TEST_COMMITTED", actor)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(byActor(actor)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("TEST_COMMITTED");
            assertThat(e.target()).isEqualTo("test:1");
            assertThat(e.remoteIp()).isEqualTo("203.0.113.7");
        }));
    }

    @Test
    void an_action_published_in_a_rolled_back_transaction_is_not_recorded() {
        String rolledBack = unique("rolled-back");
        String committed = unique("after-rollback");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(action("TEST_ROLLED_BACK", rolledBack));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> events.publishEvent(action("TEST_COMMITTED", committed)));

        await().atMost(WAIT).until(() -> byActor(committed).size() == 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> byActor(rolledBack).isEmpty());
    }

    @Test
    void creating_an_organisation_is_recorded_with_the_administrator_who_did_it() {
        String admin = unique("creator");
        NewOrganisation organisation = new NewOrganisation(TestOrganisations.uniqueCode("AUD"),
                OrganisationType.AGENCY, TestOrganisations.names("Audit"), null);
        SignedIn.asAdmin(admin, () -> organisations.create(organisation));

        await().atMost(WAIT).untilAsserted(() -> assertThat(byActor(admin)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(OrganisationService.CREATED);
            assertThat(e.target()).isEqualTo("organisation:" + organisation.code());
            assertThat(e.occurredAt()).isBefore(Instant.now().plusSeconds(1));
        }));
    }

    @Test
    void an_over_long_action_is_recorded_cut_to_the_columns() {
        String actor = unique("long");
        repository.insert(new AuditableAction("TEST_LONG", null, actor, "t".repeat(400), "d".repeat(3000),
                "i".repeat(100), null));

        assertThat(byActor(actor)).singleElement().satisfies(e -> {
            assertThat(e.target()).hasSize(300);
            assertThat(e.details()).hasSize(2000);
            assertThat(e.remoteIp()).hasSize(64);
            assertThat(e.occurredAt()).isNotNull();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void the_log_is_filtered_by_type_actor_and_days_in_tashkent_and_paged_newest_first() {
        String actor = unique("filter");
        // 19:30 UTC on 1 March is 00:30 on 2 March in Tashkent (UTC+5).
        repository.insert(new AuditableAction("TEST_A", null, actor, null, "late", null,
                Instant.parse("2020-03-01T19:30:00Z")));
        repository.insert(new AuditableAction("TEST_B", null, actor, null, "early", null,
                Instant.parse("2020-03-01T18:30:00Z")));
        repository.insert(new AuditableAction("TEST_A", null, actor, null, "next", null,
                Instant.parse("2020-03-05T10:00:00Z")));

        assertThat(details(new AuditQuery(null, actor.toUpperCase(), null, null), 0, 10))
                .containsExactly("next", "late", "early");
        assertThat(details(new AuditQuery(null, actor, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 2)), 0, 10))
                .containsExactly("late");
        assertThat(details(new AuditQuery(null, actor, null, LocalDate.of(2020, 3, 1)), 0, 10))
                .containsExactly("early");
        assertThat(details(new AuditQuery("TEST_A", actor, null, null), 0, 10)).containsExactly("next", "late");
        assertThat(details(new AuditQuery(null, actor, null, null), 1, 1)).containsExactly("late");
        assertThat(auditLog.count(new AuditQuery(null, actor, LocalDate.of(2020, 3, 2), null))).isEqualTo(2);
        assertThat(auditLog.types()).contains("TEST_A", "TEST_B");
    }

    @Test
    @WithMockUser(roles = {"CITIZEN", "MODERATOR"})
    void only_an_administrator_reads_the_log() {
        assertThatThrownBy(() -> auditLog.find(AuditQuery.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.count(AuditQuery.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.types()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_log_can_only_be_appended_to_and_read() {
        assertThat(Arrays.stream(JooqAuditEventRepository.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName))
                .containsExactlyInAnyOrder("insert", "find", "count", "types");
    }

    private List<String> details(AuditQuery query, int offset, int limit) {
        return auditLog.find(query, offset, limit).stream().map(AuditEntry::details).toList();
    }

    private List<AuditEntry> byActor(String actor) {
        return repository.find(new AuditQuery(null, actor, null, null), 0, 10);
    }

    private static AuditableAction action(String type, String actor) {
        return new AuditableAction(type, null, actor, "test:1", "a test action", "203.0.113.7", Instant.now());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.test";
    }
}
