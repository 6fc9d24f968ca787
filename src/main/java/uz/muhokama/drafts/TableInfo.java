package uz.muhokama.drafts;

import java.time.Instant;

/** A published consolidated table: its draft, when it was published and how many proposals it lists. */
public record TableInfo(DraftDetails draft, Instant publishedAt, int rows) {
}
