package uz.muhokama.accounts;

import java.time.Instant;

/** A member of an organisation, as an administrator sees it. */
public record MemberView(long userId, String displayName, String email, String role, Instant since) {
}
