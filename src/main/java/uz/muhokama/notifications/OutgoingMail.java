package uz.muhokama.notifications;

import java.util.Map;
import java.util.Objects;

/**
 * One e-mail to one address. The body is plain text; the HTML part is made from it by escaping, so a person's input
 * in a message can never become markup.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body as plain text; web addresses in it become links in the HTML part
 * @param headers extra header lines, such as {@code List-Unsubscribe} of a subscription's mails (RFC 8058)
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        headers = Map.copyOf(headers);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, Map.of());
    }
}
