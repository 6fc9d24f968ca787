package uz.muhokama.problems;

import java.time.Instant;
import java.util.List;

/**
 * One entry in a report's public history.
 *
 * @param status the new status, or {@code null} for a note without a change
 * @param authorKind who wrote it: the reporter's side, the organisation's staff or the platform
 */
public record ReportUpdate(long id, ProblemStatus status, String note, AuthorKind authorKind, Instant createdAt,
                           List<Long> photoIds) {

    /** Whose update it is, as the public may know it. */
    public enum AuthorKind {
        CITIZEN,
        STAFF,
        SYSTEM
    }
}
