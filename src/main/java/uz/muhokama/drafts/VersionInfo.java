package uz.muhokama.drafts;

import java.time.Instant;

/** One version of a draft's text. */
public record VersionInfo(int number, String note, Long sourceFileId, Instant createdAt, int provisionCount) {
}
