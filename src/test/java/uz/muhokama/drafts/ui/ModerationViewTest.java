package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.ReportedComments;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.WithPerson;

@IntegrationTest
@WithPerson(roles = Roles.MODERATOR)
class ModerationViewTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    ReportedComments reported;
    SecurityContext previous;

    @BeforeEach
    void signInAsAModeratorWithAnAccount() {
        reported = new ReportedComments(drafts, comments, dsl, organisations, memberships);
        previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(reported.signedIn(Roles.MODERATOR));
        UI.getCurrent().setLocale(Locale.of("uz"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.setContext(previous);
    }

    Div card(CommentId id) {
        return $(Div.class).id("moderation-item-" + id.value());
    }

    @Test
    void the_queue_shows_the_comment_its_draft_its_article_and_the_reasons_as_text() {
        String hostile = "<b>Haqorat</b> " + System.nanoTime();
        CommentId id = reported.reported(hostile, "Haqoratli", "Soʻkinish");

        navigate(ModerationView.class);

        String text = card(id).getElement().getTextRecursively();
        assertThat(text).contains(hostile, "Haqoratli", "Soʻkinish", "Mehnat toʻgʻrisidagi qonun loyihasi",
                "3-modda", "2 ta shikoyat");
        assertThat(card(id).getElement().getOuterHTML()).doesNotContain("<b>Haqorat</b>");
    }

    @Test
    void a_moderator_hides_a_comment_with_a_reason_and_the_public_sees_the_reason() {
        CommentId id = reported.reported("Reklama " + System.nanoTime(), "Spam");
        navigate(ModerationView.class);

        test($(Button.class).id("moderation-hide-" + id.value())).click();
        test($(Button.class).id("moderation-confirm")).click();
        assertThat($(TextArea.class).id("moderation-reason").isInvalid()).isTrue();
        assertThat(comments.find(id).orElseThrow().hidden()).isFalse();

        test($(TextArea.class).id("moderation-reason")).setValue("Reklama taqiqlangan");
        test($(Button.class).id("moderation-confirm")).click();

        assertThat(comments.find(id).orElseThrow().hiddenReason()).isEqualTo("Reklama taqiqlangan");
        assertThat($(Div.class).withId("moderation-item-" + id.value()).exists()).isFalse();

        test($(com.vaadin.flow.component.tabs.Tabs.class).first()).select(1);
        assertThat(card(id).getElement().getTextRecursively()).contains("Reklama taqiqlangan");
        test($(Button.class).id("moderation-restore-" + id.value())).click();
        test($(TextArea.class).id("moderation-reason")).setValue("Xato bilan yashirilgan");
        test($(Button.class).id("moderation-confirm")).click();
        assertThat(comments.find(id).orElseThrow().hidden()).isFalse();
    }

    @Test
    void dismissing_reports_takes_the_comment_out_of_the_queue() {
        CommentId id = reported.reported("Tanqid " + System.nanoTime(), "Yoqmadi");
        navigate(ModerationView.class);

        test($(Button.class).id("moderation-dismiss-" + id.value())).click();

        assertThat($(Div.class).withId("moderation-item-" + id.value()).exists()).isFalse();
        assertThat(comments.find(id).orElseThrow().hidden()).isFalse();
    }

    @Test
    void the_texts_follow_the_language() {
        navigate(ModerationView.class);
        UI.getCurrent().setLocale(Locale.of("ru"));

        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("Модерация");
        assertThat($(Paragraph.class).withClassName("lead").first().getText()).startsWith("Комментарии");
    }
}
