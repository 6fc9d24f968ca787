package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.support.Mails;

/** Reads the account e-mails that reached the test SMTP server. */
final class Inbox {

    private static final Pattern TOKEN_LINK = Pattern.compile("https?://\\S+?/(confirm-email|reset-password)\\?token=([A-Za-z0-9_-]+)");

    private Inbox() {
    }

    /** The token of the last link of the given kind mailed to the address. */
    static String lastToken(GreenMailExtension smtp, String email, String route) {
        MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email);
        assertThat(messages).as("mails to " + email).isNotEmpty();
        String body = Mails.text(messages[messages.length - 1]);
        Matcher link = TOKEN_LINK.matcher(body);
        String token = null;
        while (link.find()) {
            if (link.group(1).equals(route)) {
                token = link.group(2);
            }
        }
        assertThat(token).as("a %s link in %s", route, body).isNotNull();
        return token;
    }

    static int count(GreenMailExtension smtp, String email) {
        return smtp.getReceivedMessagesForDomain(email).length;
    }
}
