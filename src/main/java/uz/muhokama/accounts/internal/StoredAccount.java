package uz.muhokama.accounts.internal;

import java.time.Instant;
import uz.muhokama.accounts.PublicNameChoice;
import uz.muhokama.shared.SupportedLocale;

/** One row of {@code app_user}, as the accounts module reads it. */
public record StoredAccount(long id, String email, String passwordHash, String displayName, String pseudonym,
                            PublicNameChoice publicName, SupportedLocale language, Instant emailConfirmedAt,
                            int failedSignIns, Instant lockedUntil, int version) {

    public boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
