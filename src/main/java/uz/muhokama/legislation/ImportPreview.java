package uz.muhokama.legislation;

import java.time.LocalDate;
import java.util.List;

/**
 * What an uploaded file would import as: its structure and what the parser could read of the act, for an
 * administrator to check and complete before saving.
 *
 * @param fileId the stored upload
 * @param mediaType its real type
 * @param language the language the text is written in, as guessed ({@code uz-Latn}, {@code uz-Cyrl}, {@code ru},
 *     {@code en})
 * @param title the title, if found
 * @param suggestedType the kind of act the title suggests, or {@code null}
 * @param suggestedNumber the number read from the publication line, or {@code null}
 * @param suggestedAdoptedOn the adoption date, if found
 * @param suggestedValidFrom the first day of the edition, if found (an Akoma Ntoso expression's date; otherwise the
 *     adoption date)
 * @param publicationNumber the official publication number, if found
 * @param text the parsed structure
 * @param warnings message keys of things the administrator should know ({@code legislation.import.unstructured})
 */
public record ImportPreview(long fileId, String mediaType, String language, String title, ActType suggestedType,
                            String suggestedNumber, LocalDate suggestedAdoptedOn, LocalDate suggestedValidFrom,
                            String publicationNumber,
                            ParsedText text, List<String> warnings) {

    public ImportPreview {
        warnings = List.copyOf(warnings);
    }

    public long articleCount() {
        return text.articles().size();
    }
}
