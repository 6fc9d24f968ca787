package uz.muhokama.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uz.muhokama.accounts.OrganisationId;

/**
 * A draft as its page shows it.
 *
 * @param version the row version to send back with a change (optimistic locking)
 * @param extensions every extension of the period, oldest first
 * @param versions the versions of the text, oldest first
 */
public record DraftDetails(DraftId id, OrganisationId organisation, DraftActType type, String number, String titleUz,
                           String titleRu, String summaryUz, String summaryRu, DraftStatus status, Instant start,
                           Instant end, int version, Instant createdAt, List<PeriodChange> extensions,
                           List<DraftAttachment> attachments, List<VersionInfo> versions) {

    public DraftDetails {
        extensions = List.copyOf(extensions);
        attachments = List.copyOf(attachments);
        versions = List.copyOf(versions);
    }

    /** The title for a reader: Russian for a Russian reader, Uzbek for everyone else. */
    public String title(Locale locale) {
        return Texts.pick(locale, titleUz, titleRu);
    }

    public String summary(Locale locale) {
        return Texts.pick(locale, summaryUz, summaryRu);
    }

    public int latestVersion() {
        return versions.isEmpty() ? 0 : versions.getLast().number();
    }
}
