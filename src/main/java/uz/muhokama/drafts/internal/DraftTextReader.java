package uz.muhokama.drafts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.files.FileService;
import uz.muhokama.files.StoredFile;
import uz.muhokama.legislation.LegalTextParser;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.legislation.ParsedText;

/**
 * Reads a draft's text: the national database's HTML export by its markup, every other document (DOCX, ODT, PDF, RTF)
 * through the text Tika extracts, the same choice the legislation import makes.
 */
public final class DraftTextReader {

    private DraftTextReader() {
    }

    public static ParsedText read(StoredFile file, FileService files) {
        if (file.mediaType().equals("text/html") || file.mediaType().equals("application/xhtml+xml")) {
            try (InputStream in = files.open(file)) {
                return LegalTextParser.parseHtml(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return typed(files.extractText(file).text());
    }

    /** Parses typed or pasted text, one paragraph a line. */
    public static ParsedText typed(String text) {
        if (text == null || text.isBlank()) {
            throw new DraftException("drafts.error.noText", "text");
        }
        return LegalTextParser.parseText(text);
    }

    /** The provisions in document order, keyed by their eIds; a new version gets its keys from StableKeyMatcher. */
    public static List<DraftProvision> provisions(ParsedText text) {
        List<DraftProvision> out = new ArrayList<>();
        text.all().forEach(p -> out.add(of(p)));
        return out;
    }

    /** Whether nothing of the text became a provision (a scanned PDF, a preamble alone): no text for a draft. */
    public static boolean isEmpty(ParsedText text) {
        return text.provisions().isEmpty();
    }

    private static DraftProvision of(ParsedProvision p) {
        return new DraftProvision(p.kind(), p.number(), p.heading(), p.text(), p.eId(), p.eId());
    }
}
