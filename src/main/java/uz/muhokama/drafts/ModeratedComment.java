package uz.muhokama.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A comment as a moderator sees it: the full text even when hidden, where it was written, and the open reports on it.
 *
 * @param provision the provision it was written on (in its version), or null for a comment on the whole draft
 * @param reports how many open (not yet dealt with) reports it has
 * @param reasons the reasons of the open reports, oldest first
 */
public record ModeratedComment(CommentId id, DraftId draft, String draftTitleUz, String draftTitleRu,
                               int versionNumber, DraftProvision provision, String authorName, String body,
                               String proposedWording, Instant postedAt, String hiddenReason, String hiddenByName,
                               Instant hiddenAt, int reports, Instant firstReportedAt, List<String> reasons) {

    public ModeratedComment {
        reasons = List.copyOf(reasons);
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public String draftTitle(Locale locale) {
        return Texts.pick(locale, draftTitleUz, draftTitleRu);
    }
}
