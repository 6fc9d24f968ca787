package uz.muhokama.legislation;

import uz.muhokama.legislation.internal.parse.StructureParsing;

/**
 * Reads the structure of a legal text: sections, chapters ("1-bob", "Глава 1"), articles ("5-modda", "Статья 5"),
 * their paragraphs and points, each with a stable eId for permalinks. Works on the national legislation database's
 * HTML export (structure from its CSS classes) and on plain text extracted from DOCX, ODT, PDF or RTF (structure from
 * the headings' wording). Used by the legislation import and by drafts.
 */
public final class LegalTextParser {

    private LegalTextParser() {
    }

    /** Parses HTML: the database's export by its classes, any other HTML by the text of its blocks. */
    public static ParsedText parseHtml(String html) {
        return StructureParsing.html(html);
    }

    /** Parses HTML bytes, in the charset the document declares (or UTF-8). */
    public static ParsedText parseHtml(java.io.InputStream html) throws java.io.IOException {
        return StructureParsing.html(html);
    }

    /** Parses plain text, one paragraph a line. */
    public static ParsedText parseText(String text) {
        return StructureParsing.text(text);
    }
}
