package uz.muhokama.drafts;

import java.time.Instant;

/**
 * One line of a draft's consolidated table of proposals.
 *
 * @param number the line's number in the table, from 1
 * @param provisionLabel the provision the proposal is about ("3-modda. Kuchga kirishi"), or null for the whole draft
 * @param proposedWording the replacement wording proposed, or null
 */
public record TableRow(int number, String provisionLabel, String authorName, String proposal,
                       String proposedWording, Disposition disposition, String reason, Instant createdAt) {
}
