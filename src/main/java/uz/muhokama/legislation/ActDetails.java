package uz.muhokama.legislation;

import java.time.LocalDate;
import java.util.List;

/**
 * An act's card: its metadata and the editions of its text.
 *
 * @param summary what a list shows
 * @param issuingBody who adopted it
 * @param publicationSource where it was officially published
 * @param publicationDate when
 * @param publicationNumber the official publication number
 * @param statusSince since when its status holds
 * @param statusReason why (for an act that lost force)
 * @param mojRegistrationNo Ministry of Justice registration number (departmental acts)
 * @param mojRegisteredOn its registration date
 * @param editions all editions, by language then date
 */
public record ActDetails(ActSummary summary, String issuingBody, String publicationSource, LocalDate publicationDate,
                         String publicationNumber, LocalDate statusSince, String statusReason,
                         String mojRegistrationNo, LocalDate mojRegisteredOn, List<EditionInfo> editions) {

    public ActDetails {
        editions = List.copyOf(editions);
    }

    /** The languages the act has text in, in the platform's order. */
    public List<String> languages() {
        return List.of("uz-Latn", "uz-Cyrl", "ru", "en").stream()
                .filter(l -> editions.stream().anyMatch(e -> e.language().equals(l)))
                .toList();
    }
}
