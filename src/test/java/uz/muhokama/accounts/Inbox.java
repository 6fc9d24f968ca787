package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the account e-mails that reached the test SMTP server. */
final class Inbox {

    private static final Pattern TOKEN_LINK = Pattern.compile("https?://\\S+?/(confirm-email|reset-password)\\?token=([A-Za-z0-9_-]+)");

    private Inbox() {
    }

    /** The token of the last link of the given kind mailed to the address. */
    static String lastToken(GreenMailExtension smtp, String email, String route) {
        MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email);
        assertThat(messages).as("mails to " + email).isNotEmpty();
        String body = text(messages[messages.length - 1]);
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

    /** The plain-text part of a mail, decoded. */
    static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(GreenMailExtension smtp, String email) {
        return smtp.getReceivedMessagesForDomain(email).length;
    }
}
