package uz.muhokama.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import uz.muhokama.audit.internal.JooqAuditEventRepository;
import uz.muhokama.shared.AuditableAction;

/** The audit module on its own: an action published by anyone ends up in the log. */
@ApplicationModuleTest
@ActiveProfiles("test")
class AuditModuleTest {

    @Autowired
    JooqAuditEventRepository repository;

    @Test
    void a_published_action_is_recorded(Scenario scenario) {
        String actor = "module-" + UUID.randomUUID() + "@example.test";
        AuditableAction action = new AuditableAction("SIGN_IN_FAILED", null, actor, "user:unknown",
                "wrong password", "198.51.100.4", Instant.parse("2026-01-02T03:04:05Z"));

        scenario.publish(action)
                .andWaitForStateChange(() -> recorded(actor), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo("SIGN_IN_FAILED");
                    assertThat(e.target()).isEqualTo("user:unknown");
                    assertThat(e.details()).isEqualTo("wrong password");
                    assertThat(e.remoteIp()).isEqualTo("198.51.100.4");
                    assertThat(e.occurredAt()).isEqualTo(action.occurredAt());
                }));
    }

    private List<AuditEntry> recorded(String actor) {
        return repository.find(new AuditQuery(null, actor, null, null), 0, 10);
    }
}
