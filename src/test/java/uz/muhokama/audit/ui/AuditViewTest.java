package uz.muhokama.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.audit.AuditEntry;
import uz.muhokama.audit.internal.JooqAuditEventRepository;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.WithPerson;

@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    JooqAuditEventRepository repository;

    @Test
    @WithPerson(roles = "ADMIN")
    void an_administrator_sees_events_newest_first_in_tashkent_time_filtered_by_actor() {
        String actor = "audit-view-" + UUID.randomUUID() + "@example.test";
        repository.insert(new AuditableAction("ROLE_GRANTED", null, actor, "user:1", "older <b>", "192.0.2.1",
                Instant.parse("2026-01-10T06:00:00Z")));
        repository.insert(new AuditableAction("ROLE_REVOKED", null, actor, "user:1", "newer", "192.0.2.1",
                Instant.parse("2026-01-10T20:15:00Z")));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AuditView.class);

        test($(TextField.class).id("audit-actor")).setValue(actor);

        Grid<AuditEntry> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("ROLE_REVOKED");
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("11.01.2026 01:15:00");
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("older <b>");
        assertThat(test(grid).getCellText(1, 5)).isEqualTo("192.0.2.1");
    }

    @Test
    @WithPerson(roles = {"CITIZEN", "MODERATOR"})
    void a_non_administrator_cannot_open_the_log() {
        assertThat(catchThrowable(() -> navigate("admin/audit", AuditView.class))).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
