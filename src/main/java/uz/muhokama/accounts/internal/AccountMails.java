package uz.muhokama.accounts.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uz.muhokama.notifications.MailService;
import uz.muhokama.notifications.OutgoingMail;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/** Writes the e-mails of the accounts module, in the language the person chose, and hands them to the mail service. */
@Component
public class AccountMails {

    private final MailService mail;
    private final Translations translations;
    private final String baseUrl;

    AccountMails(MailService mail, Translations translations, @Value("${muhokama.base-url}") String baseUrl) {
        this.mail = mail;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public void confirmEmail(String email, String displayName, SupportedLocale language, String token) {
        send(email, language, "accounts.mail.confirm", displayName, baseUrl + "/confirm-email?token=" + token,
                TokenPurpose.CONFIRM_EMAIL.validity().toHours());
    }

    public void resetPassword(String email, String displayName, SupportedLocale language, String token) {
        send(email, language, "accounts.mail.reset", displayName, baseUrl + "/reset-password?token=" + token,
                TokenPurpose.RESET_PASSWORD.validity().toMinutes());
    }

    private void send(String email, SupportedLocale language, String prefix, Object... arguments) {
        mail.send(new OutgoingMail(email, translations.get(language, prefix + ".subject"),
                translations.get(language, prefix + ".body", arguments)));
    }
}
