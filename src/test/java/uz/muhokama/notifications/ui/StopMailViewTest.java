package uz.muhokama.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama_db.Tables.NOTICE_MAIL_TOKEN;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.notifications.NewNotice;
import uz.muhokama.notifications.NoticeKind;
import uz.muhokama.notifications.NoticeService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestUsers;

/** The page behind "stop these e-mails" changes nothing when opened, and stops the kind when confirmed. */
@IntegrationTest
class StopMailViewTest extends SpringBrowserlessTest {

    @Autowired
    NoticeService notices;

    @Autowired
    DSLContext dsl;

    @Test
    void opening_changes_nothing_and_the_button_stops_that_kind() {
        TestUsers.Created person = new TestUsers(dsl).create("stop", "Stop");
        notices.deliver(List.of(person.id()), new NewNotice(NoticeKind.DRAFT_CLOSED, "Loyiha", "Проект",
                "/drafts/1", "closed-" + UUID.randomUUID()));
        String token = dsl.select(NOTICE_MAIL_TOKEN.TOKEN).from(NOTICE_MAIL_TOKEN)
                .where(NOTICE_MAIL_TOKEN.RECIPIENT_ID.eq(person.id())).fetchOptional(NOTICE_MAIL_TOKEN.TOKEN)
                .orElseGet(() -> tokenOf(person));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));

        UI.getCurrent().navigate("notices/stop/" + token, QueryParameters.of("kind", "DRAFT_CLOSED"));
        assertThat(notices.mailOptOuts(token)).contains(java.util.Set.of());
        test($(Button.class).id("stop-mail-kind")).click();

        assertThat(notices.mailOptOuts(token)).contains(java.util.Set.of(NoticeKind.DRAFT_CLOSED));
        assertThat($(Paragraph.class).id("stop-mail-done").getText()).contains("Завершение обсуждения");
        assertThat($(Button.class).id("stop-mail-kind").isEnabled()).isFalse();
    }

    @Test
    void an_unknown_link_says_so() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("uz-Latn"));
        navigate("notices/stop/" + "z".repeat(43), StopMailView.class);
        assertThat($(Paragraph.class).id("stop-mail-unknown").getText()).contains("eskirgan");
        assertThat($view(Button.class).all()).isEmpty();
    }

    /** The person has no confirmed address in this test, so no mail made a token; make one as a mail would. */
    private String tokenOf(TestUsers.Created person) {
        String token = UUID.randomUUID().toString().replace("-", "") + "abcdefghij";
        dsl.insertInto(NOTICE_MAIL_TOKEN).columns(NOTICE_MAIL_TOKEN.RECIPIENT_ID, NOTICE_MAIL_TOKEN.TOKEN)
                .values(person.id(), token).execute();
        return token;
    }
}
