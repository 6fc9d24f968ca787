package uz.muhokama.problems;

import java.time.Instant;

/**
 * One public update as mySociety's {@code servicerequestupdates} extension describes it.
 *
 * @param status the report's status after the update, upper case as the extension writes it
 */
public record Open311Update(String updateId, String serviceRequestId, String status, String description,
                            Instant updatedAt, Long photoId) {
}
