package uz.muhokama.drafts;

import java.time.Instant;

/** An extension of a discussion period, shown on the draft page with its reason. */
public record PeriodChange(Instant oldEnd, Instant newEnd, String reason, Instant changedAt) {
}
