package uz.muhokama.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uz.muhokama.accounts.OrganisationId;

/**
 * The numbers of all public drafts of one agency together, and of each draft.
 *
 * @param total the agency's drafts together (participants are counted once however many drafts they commented on)
 * @param drafts each public draft, the most recently opened first
 */
public record AgencyStats(OrganisationId agency, DraftStats total, List<DraftRow> drafts) {

    public AgencyStats {
        drafts = List.copyOf(drafts);
    }

    /** One draft's headline numbers. */
    public record DraftRow(DraftId draft, String titleUz, String titleRu, DraftStatus status, Instant start,
                           int comments, int supports, int opposes) {

        public String title(Locale locale) {
            return Texts.pick(locale, titleUz, titleRu);
        }
    }
}
