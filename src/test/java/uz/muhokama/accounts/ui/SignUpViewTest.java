package uz.muhokama.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.SignUpRequest;
import uz.muhokama.accounts.SignUpService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class SignUpViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Kuzgi2026barg";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    SignUpService signUps;

    @BeforeEach
    void open() {
        navigate(SignUpView.class);
    }

    @Test
    void signing_up_asks_to_check_the_mailbox() {
        String email = unique();
        fill(email, "Jasur", PASSWORD, PASSWORD, true);
        test($(Button.class).id("sign-up-submit")).click();
        Paragraph done = $(Paragraph.class).id("sign-up-done");
        assertThat(done.getText()).isEqualTo(UI.getCurrent().getTranslation("accounts.signUp.done.text", email));
        assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(1);
    }

    @Test
    void a_taken_address_is_shown_on_the_email_field() {
        String email = unique();
        signUps.signUp(new SignUpRequest(email, "Jasur", PASSWORD, PASSWORD, true, SupportedLocale.EN));
        fill(email.toUpperCase(), "Boshqa", PASSWORD, PASSWORD, true);
        test($(Button.class).id("sign-up-submit")).click();
        EmailField field = $(EmailField.class).id("sign-up-email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("accounts.signUp.emailUnavailable"));
        assertThat($(Paragraph.class).withId("sign-up-done").exists()).isFalse();
    }

    @Test
    void a_weak_password_is_shown_on_the_password_field() {
        fill(unique(), "Jasur", "qisqa1", "qisqa1", true);
        test($(Button.class).id("sign-up-submit")).click();
        PasswordField field = $(PasswordField.class).id("sign-up-password");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("accounts.password.tooShort",
                10, 128));
    }

    @Test
    void a_missing_consent_is_shown_on_the_checkbox() {
        fill(unique(), "Jasur", PASSWORD, PASSWORD, false);
        test($(Button.class).id("sign-up-submit")).click();
        assertThat($(Checkbox.class).id("sign-up-consent").isInvalid()).isTrue();
    }

    private void fill(String email, String name, String password, String repeat, boolean consent) {
        test($(EmailField.class).id("sign-up-email")).setValue(email);
        test($(TextField.class).id("sign-up-name")).setValue(name);
        test($(PasswordField.class).id("sign-up-password")).setValue(password);
        test($(PasswordField.class).id("sign-up-password-repeat")).setValue(repeat);
        if (consent) {
            test($(Checkbox.class).id("sign-up-consent")).click();
        }
    }

    private static String unique() {
        return "view-" + UUID.randomUUID().toString().substring(0, 12) + "@example.uz";
    }
}
