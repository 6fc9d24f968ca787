package uz.muhokama.problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.problems.internal.Actors;
import uz.muhokama.problems.internal.JooqClientRepository;
import uz.muhokama.shared.AuditableAction;

/**
 * Keys of Open311 clients. An administrator issues a key per client; it is shown once and only its SHA-256 is kept,
 * so a leaked database does not leak usable keys.
 */
@Service
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JooqClientRepository clients;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    ApiKeyService(JooqClientRepository clients, Actors actors, ApplicationEventPublisher events) {
        this.clients = clients;
        this.actors = actors;
        this.events = events;
    }

    /** Issues a new random key for a client; the returned {@link ApiKey#key()} is the only time it is known. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ApiKey issue(String clientName) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return register(clientName, "m311-" + HexFormat.of().formatHex(bytes));
    }

    /**
     * Registers a key chosen elsewhere (the demo data's published key); refused when it is too short or known.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ApiKey register(String clientName, String key) {
        String name = clientName == null ? "" : clientName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new ProblemException("problems.error.clientName");
        }
        if (key == null || key.length() < 16 || key.length() > 200 || clients.existsByHash(hash(key))) {
            throw new ProblemException("problems.error.apiKey");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = clients.insert(name, hash(key), key.substring(0, 9), now);
        var actor = actors.current();
        events.publishEvent(new AuditableAction("OPEN311_KEY_ISSUED", actor.userId(), actor.auditName(),
                "open311-client:" + id, name, null, now));
        return new ApiKey(id, name, key, key.substring(0, 9), now, false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiKey> keys() {
        return clients.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long id) {
        if (!clients.revoke(id)) {
            throw new ProblemException("problems.error.notFound");
        }
        var actor = actors.current();
        events.publishEvent(new AuditableAction("OPEN311_KEY_REVOKED", actor.userId(), actor.auditName(),
                "open311-client:" + id, null, null, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }

    /** The client holding a key, unless the key is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<Long> clientOf(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return clients.activeByHash(hash(key.strip()));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
