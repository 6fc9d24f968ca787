package uz.muhokama.notifications;

import uz.muhokama.shared.SupportedLocale;

/**
 * Where and how to write to a person.
 *
 * @param email a confirmed address, or null when the person has none (they still get in-app notices)
 * @param language the language the person chose for the platform and its e-mails
 */
public record Recipient(long userId, String email, SupportedLocale language) {
}
