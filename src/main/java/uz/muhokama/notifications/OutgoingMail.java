package uz.muhokama.notifications;

import java.util.Objects;

/**
 * One e-mail to one address. The body is plain text; the HTML part is made from it by escaping, so a person's input
 * in a message can never become markup.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body as plain text; web addresses in it become links in the HTML part
 */
public record OutgoingMail(String to, String subject, String text) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
