package uz.muhokama.problems;

import java.time.Instant;

/**
 * An Open311 client's key.
 *
 * @param key the key itself, known only when it is issued (only its hash is kept); {@code null} afterwards
 * @param prefix the key's first characters, to recognise it in a list
 */
public record ApiKey(long id, String clientName, String key, String prefix, Instant createdAt, boolean revoked) {
}
