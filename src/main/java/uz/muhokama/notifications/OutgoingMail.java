package uz.muhokama.notifications;

import java.util.Objects;

/**
 * One e-mail to one address. The body is plain text; the HTML part is made from it by escaping, so a person's input
 * in a message can never become markup.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body as plain text; web addresses in it become links in the HTML part
 * @param unsubscribeUrl for mail the person asked for (notices, subscriptions): an absolute address that stops it
 *     when POSTed to without signing in (RFC 8058 one-click), sent as {@code List-Unsubscribe}; null for mail the
 *     person cannot turn off (confirmation, password reset)
 */
public record OutgoingMail(String to, String subject, String text, String unsubscribeUrl) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** A mail without an unsubscribe address. */
    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, null);
    }
}
