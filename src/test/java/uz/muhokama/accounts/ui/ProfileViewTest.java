package uz.muhokama.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.AccountUser;
import uz.muhokama.accounts.PublicNameChoice;
import uz.muhokama.accounts.SignUpRequest;
import uz.muhokama.accounts.SignUpService;
import uz.muhokama.accounts.internal.AccountUserDetailsService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class ProfileViewTest extends SpringBrowserlessTest {

    private static final String SCRIPT_NAME = "<img src=x onerror=alert(1)>";

    @Autowired
    SignUpService signUps;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    long userId;

    @BeforeEach
    void signIn() {
        String email = "profile-" + UUID.randomUUID().toString().substring(0, 12) + "@example.uz";
        signUps.signUp(new SignUpRequest(email, SCRIPT_NAME, "Qishki2026qor", "Qishki2026qor", true,
                SupportedLocale.UZ_LATN));
        jdbc.update("update app_user set email_confirmed_at = current_timestamp where email = ?", email);
        AccountUser user = users.loadUserByUsername(email);
        userId = user.userId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        navigate(ProfileView.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void markup_in_the_name_is_shown_as_text() {
        assertThat($(TextField.class).id("profile-display-name").getValue()).isEqualTo(SCRIPT_NAME);
        RadioButtonGroup<PublicNameChoice> choice = $(RadioButtonGroup.class).id("profile-public-name");
        assertThat(choice.getItemLabelGenerator().apply(PublicNameChoice.NAME)).contains(SCRIPT_NAME);
        assertThat(choice.getElement().getOuterHTML()).doesNotContain("<img");
    }

    @Test
    void saving_a_profile_changed_elsewhere_is_refused_with_a_message() {
        jdbc.update("update app_user set version = version + 1 where id = ?", userId);
        test($(TextField.class).id("profile-display-name")).setValue("Yangi ism");
        test($(Button.class).id("profile-save")).click();
        Paragraph alert = $(Paragraph.class).id("profile-error");
        assertThat(alert.isVisible()).isTrue();
        assertThat(alert.getText()).isEqualTo(UI.getCurrent().getTranslation("accounts.profile.changedElsewhere"));
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, userId))
                .isEqualTo(SCRIPT_NAME);
    }

    @Test
    void saving_changes_the_name() {
        test($(TextField.class).id("profile-display-name")).setValue("Yangi ism");
        test($(Button.class).id("profile-save")).click();
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, userId))
                .isEqualTo("Yangi ism");
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field() {
        test($(PasswordField.class).id("profile-current-password")).setValue("Notogri2026");
        test($(PasswordField.class).id("profile-new-password")).setValue("Boshqa2026parol");
        test($(PasswordField.class).id("profile-new-password-repeat")).setValue("Boshqa2026parol");
        test($(Button.class).id("profile-change-password")).click();
        PasswordField current = $(PasswordField.class).id("profile-current-password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("accounts.password.currentWrong"));
    }
}
