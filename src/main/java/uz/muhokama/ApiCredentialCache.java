package uz.muhokama;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic for the API without checking a password hash on every request: a password hash is slow on purpose (a
 * fraction of a second), which would make every API call that slow. The sign-in provider checks the first request
 * (throttle, lockout, audit, as on the sign-in page); for a short while after, the same e-mail with the same password
 * is let through from memory.
 *
 * <p>Only a keyed hash (HMAC with a key made at start-up, never stored) of the password is kept. A request with a
 * different password goes to the provider, and any refusal forgets the e-mail, so wrong passwords are counted and
 * lock the account as on the sign-in page, and a locked account stays locked for the API. What the cache cannot see
 * (a password changed or an account locked through the site) takes effect within {@link #TTL}.
 */
final class ApiCredentialCache implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_IDLE_MACS = 256;

    private final AuthenticationProvider signIn;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    /**
     * Ready Macs for the requests of the moment: a Mac is not thread-safe, making one per request (provider lookup, key
     * set-up) cost more than the HMAC itself, and requests run on virtual threads, so a thread-local would not last.
     */
    private final Queue<Mac> hmacs = new ArrayBlockingQueue<>(MAX_IDLE_MACS);

    private record Entry(byte[] passwordMac, Authentication authentication, Instant expires) {
    }

    ApiCredentialCache(AuthenticationProvider signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName();
        Object credentials = request.getCredentials();
        if (name == null || credentials == null) {
            return signIn.authenticate(request);
        }
        byte[] mac = mac(credentials.toString());
        Instant now = clock.instant();
        Entry entry = verified.get(name);
        if (entry != null && now.isBefore(entry.expires()) && MessageDigest.isEqual(entry.passwordMac(), mac)) {
            return entry.authentication();
        }
        Authentication result;
        try {
            result = signIn.authenticate(request);
        } catch (AuthenticationException refused) {
            verified.remove(name);
            throw refused;
        }
        if (result != null && result.isAuthenticated()) {
            remember(name, new Entry(mac, result, now.plus(TTL)), now);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void remember(String name, Entry entry, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(e -> !now.isBefore(e.expires()));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(name, entry);
    }

    private byte[] mac(String password) {
        Mac hmac = hmacs.poll();
        if (hmac == null) {
            hmac = newMac();
        }
        byte[] result = hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        hmacs.offer(hmac);
        return result;
    }

    private Mac newMac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
