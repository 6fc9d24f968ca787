package uz.muhokama.accounts;

import java.time.Instant;

/** A person who holds a granted role. */
public record RoleHolder(long userId, String displayName, String email, GrantableRole role, Instant since) {
}
