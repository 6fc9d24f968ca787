package uz.muhokama.legislation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.files.StoredFile;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.legislation.internal.parse.AkomaNtosoDocument;

/**
 * Builds the preview of an upload from its parsed text. For an Akoma Ntoso document the FRBR metadata come first
 * (type, number, dates, language) and what the text suggests fills what they leave out.
 */
public final class ImportReading {

    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d{1,6})$");

    private ImportReading() {
    }

    public static ImportPreview preview(StoredFile file, ParsedText text) {
        String language = MetadataGuess.language(text);
        Optional<ActType> type = MetadataGuess.type(text.title());
        Optional<LocalDate> adopted = MetadataGuess.adoptedOn(text);
        return new ImportPreview(file.id(), file.mediaType(), language, text.title(), type.orElse(null),
                MetadataGuess.number(text, type, language).orElse(null), adopted.orElse(null),
                adopted.orElse(null), MetadataGuess.publicationNumber(text).orElse(null), text, warnings(text));
    }

    public static ImportPreview preview(StoredFile file, AkomaNtosoDocument document) {
        ParsedText text = document.text();
        String language = language(document.language()).orElseGet(() -> MetadataGuess.language(text));
        Optional<ActType> type = type(document).or(() -> MetadataGuess.type(text.title()));
        Optional<String> number = Optional.ofNullable(document.number())
                .or(() -> Optional.ofNullable(document.workUri()).map(TRAILING_DIGITS::matcher)
                        .filter(Matcher::find).map(m -> m.group(1)))
                .map(n -> n.chars().allMatch(Character::isDigit) ? MetadataGuess.asWritten(n, type, language) : n)
                .or(() -> MetadataGuess.number(text, type, language));
        Optional<LocalDate> adopted = Optional.ofNullable(document.workDate()).or(() -> MetadataGuess.adoptedOn(text));
        LocalDate validFrom = Optional.ofNullable(document.expressionDate()).or(() -> adopted).orElse(null);
        String publication = Optional.ofNullable(document.publicationNumber())
                .or(() -> MetadataGuess.publicationNumber(text)).orElse(null);
        return new ImportPreview(file.id(), file.mediaType(), language, text.title(), type.orElse(null),
                number.orElse(null), adopted.orElse(null), validFrom, publication, text, warnings(text));
    }

    private static List<String> warnings(ParsedText text) {
        List<String> warnings = new ArrayList<>();
        if (text.articles().isEmpty()) {
            warnings.add("legislation.import.unstructured");
        }
        if (text.title().isBlank()) {
            warnings.add("legislation.import.noTitle");
        }
        return warnings;
    }

    /**
     * The platform's language tag for an expression's language: its own tags, and ISO 639 codes as other systems write
     * them ({@code rus}, {@code eng}); Uzbek without a script ({@code uzb}) is left for the text to tell.
     */
    static Optional<String> language(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String tag = written.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "uz-latn", "uzb-latn" -> Optional.of("uz-Latn");
            case "uz-cyrl", "uzb-cyrl" -> Optional.of("uz-Cyrl");
            case "ru", "rus", "ru-ru" -> Optional.of("ru");
            case "en", "eng", "en-gb", "en-us" -> Optional.of("en");
            default -> Optional.empty();
        };
    }

    /** The kind of act from the document's name or subtype, else from a segment of its work URI. */
    static Optional<ActType> type(AkomaNtosoDocument document) {
        Optional<ActType> named = typeNamed(document.documentType());
        if (named.isPresent() || document.workUri() == null) {
            return named;
        }
        return Arrays.stream(document.workUri().split("/")).map(ImportReading::typeNamed)
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<ActType> typeNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(ActType.values())
                .filter(t -> t.uriSegment().equals(normalised) || t.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        .equals(normalised))
                .findFirst();
    }
}
