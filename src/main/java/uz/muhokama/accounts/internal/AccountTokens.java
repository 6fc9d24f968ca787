package uz.muhokama.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountException;
import uz.muhokama.accounts.internal.JooqAccountTokenRepository.StoredToken;

/**
 * Issues and redeems one-time tokens: 32 random bytes, URL-safe base64 in the link, only the SHA-256 hex in the
 * database, so that a leaked database does not leak usable links.
 */
@Component
public class AccountTokens {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();
    private final JooqAccountTokenRepository tokens;

    AccountTokens(JooqAccountTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** A fresh token for the account; returns the token itself, which is never stored. */
    public String issue(long userId, TokenPurpose purpose) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = Instant.now();
        tokens.insert(userId, purpose, hash(token), now, now.plus(purpose.validity()));
        return token;
    }

    /** The account a valid, unused token belongs to, without using it up. */
    public long check(String token, TokenPurpose purpose) {
        return valid(token, purpose).userId();
    }

    /** Uses the token up and returns its account. */
    public long redeem(String token, TokenPurpose purpose) {
        StoredToken stored = valid(token, purpose);
        if (!tokens.markUsed(stored.id(), Instant.now())) {
            throw new AccountException("accounts.link.used");
        }
        return stored.userId();
    }

    public void invalidateAll(long userId, TokenPurpose purpose) {
        tokens.invalidateAll(userId, purpose, Instant.now());
    }

    private StoredToken valid(String token, TokenPurpose purpose) {
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            throw new AccountException("accounts.link.unknown");
        }
        StoredToken stored = tokens.find(purpose, hash(token))
                .orElseThrow(() -> new AccountException("accounts.link.unknown"));
        if (stored.usedAt() != null) {
            throw new AccountException("accounts.link.used");
        }
        if (!stored.expiresAt().isAfter(Instant.now())) {
            throw new AccountException("accounts.link.expired");
        }
        return stored;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
