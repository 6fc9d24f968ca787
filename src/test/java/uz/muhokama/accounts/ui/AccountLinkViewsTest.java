package uz.muhokama.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.SignUpRequest;
import uz.muhokama.accounts.SignUpService;
import uz.muhokama.accounts.internal.SignInFailureHandler;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.support.IntegrationTest;

/** The pages behind the e-mailed links, and the sign-in page's answers. */
@IntegrationTest
class AccountLinkViewsTest extends SpringBrowserlessTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Yozgi2026kun";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    SignUpService signUps;

    @Test
    void following_the_confirmation_link_confirms_once() throws Exception {
        String email = unique();
        signUps.signUp(new SignUpRequest(email, "Laylo", PASSWORD, PASSWORD, true, SupportedLocale.EN));
        String token = lastToken(email);

        open("confirm-email", "token", token);
        assertThat($(Div.class).withId("email-confirmed").exists()).isTrue();

        open("confirm-email", "token", token);
        Div failed = $(Div.class).id("email-confirmation-failed");
        assertThat(failed.getElement().getTextRecursively())
                .contains(UI.getCurrent().getTranslation("accounts.link.used"));
    }

    @Test
    void a_broken_reset_link_is_said_so_before_any_typing() {
        open("reset-password", "token", "nonsense");
        Paragraph alert = $(Paragraph.class).id("reset-password-error");
        assertThat(alert.getText()).isEqualTo(UI.getCurrent().getTranslation("accounts.link.unknown"));
        assertThat($(PasswordField.class).withId("reset-password-new").exists()).isFalse();
    }

    @Test
    void the_reset_link_sets_a_new_password() throws Exception {
        String email = unique();
        signUps.signUp(new SignUpRequest(email, "Laylo", PASSWORD, PASSWORD, true, SupportedLocale.EN));
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("forgot-password-email")).setValue(email);
        test($(Button.class).id("forgot-password-submit")).click();
        assertThat($(Paragraph.class).id("forgot-password-sent").isVisible()).isTrue();

        open("reset-password", "token", lastToken(email));
        test($(PasswordField.class).id("reset-password-new")).setValue("Bahorgi2026yomgir");
        test($(PasswordField.class).id("reset-password-repeat")).setValue("Bahorgi2026yomgir");
        test($(Button.class).id("reset-password-submit")).click();
        assertThat($(Paragraph.class).id("password-reset-done").isVisible()).isTrue();
    }

    @Test
    void the_forgotten_password_page_answers_the_same_for_unknown_addresses() {
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("forgot-password-email")).setValue(unique());
        test($(Button.class).id("forgot-password-submit")).click();
        assertThat($(Paragraph.class).id("forgot-password-sent").getText())
                .isEqualTo(UI.getCurrent().getTranslation("accounts.forgot.sent"));
    }

    @Test
    void a_refused_sign_in_is_explained_and_oneid_is_off_by_default() {
        UI.getCurrent().navigate("sign-in", QueryParameters.simple(Map.of("error", "locked", "until", "4102444800")));
        LoginForm form = $(LoginForm.class).id("sign-in-form");
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("05:00");
        assertThat($(Anchor.class).withId("sign-in-oneid").exists()).isFalse();
    }

    @Test
    void an_unconfirmed_person_may_have_the_link_sent_again() throws Exception {
        String email = unique();
        signUps.signUp(new SignUpRequest(email, "Laylo", PASSWORD, PASSWORD, true, SupportedLocale.EN));
        String first = lastToken(email);
        VaadinSession.getCurrent().getSession().setAttribute(SignInFailureHandler.UNCONFIRMED_EMAIL, email);
        open("sign-in", "error", "unconfirmed");
        test($(Button.class).id("resend-confirmation")).click();
        assertThat($(Paragraph.class).id("confirmation-resent").isVisible()).isTrue();
        assertThat(lastToken(email)).isNotEqualTo(first);
    }

    private void open(String route, String parameter, String value) {
        UI.getCurrent().navigate(route, QueryParameters.of(parameter, value));
    }

    private static String lastToken(String email) throws Exception {
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(email);
        String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(mails[mails.length - 1]);
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String unique() {
        return "link-" + UUID.randomUUID().toString().substring(0, 12) + "@example.uz";
    }
}
