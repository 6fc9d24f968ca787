package uz.muhokama.legislation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.muhokama.files.StoredFile;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.ParsedText;

/** Builds the preview of an upload from its parsed text. */
public final class ImportReading {

    private ImportReading() {
    }

    public static ImportPreview preview(StoredFile file, ParsedText text) {
        String language = MetadataGuess.language(text);
        Optional<ActType> type = MetadataGuess.type(text.title());
        List<String> warnings = new ArrayList<>();
        if (text.articles().isEmpty()) {
            warnings.add("legislation.import.unstructured");
        }
        if (text.title().isBlank()) {
            warnings.add("legislation.import.noTitle");
        }
        return new ImportPreview(file.id(), file.mediaType(), language, text.title(), type.orElse(null),
                MetadataGuess.number(text, type, language).orElse(null), MetadataGuess.adoptedOn(text).orElse(null),
                MetadataGuess.publicationNumber(text).orElse(null), text, warnings);
    }
}
