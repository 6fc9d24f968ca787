package uz.muhokama.legislation.internal.parse;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the Word-flavoured HTML that the national legislation database exports ("download as Word": an HTML file with a
 * .doc name). The structure is in CSS classes: {@code ACT_TITLE}, {@code ACT_FORM}, {@code TEXT_HEADER_DEFAULT}
 * (section and chapter headings), {@code CLAUSE_DEFAULT} (article headings), {@code ACT_TEXT} (paragraphs),
 * {@code NEW_EDITION}/{@code aOAD} (notes on amended wording), {@code PUBLICATION_ORIGIN}. The first anchor's id in a
 * block is the database's own provision id.
 */
final class LexUzHtmlReader {

    private static final Map<String, Block.Role> ROLES = Map.of(
            "ACT_TITLE", Block.Role.TITLE,
            "ACT_FORM", Block.Role.FORM,
            "TEXT_HEADER_DEFAULT", Block.Role.HEADING,
            "CLAUSE_DEFAULT", Block.Role.HEADING,
            "ACT_TEXT", Block.Role.PARAGRAPH,
            "NEW_EDITION", Block.Role.NOTE,
            "aOAD", Block.Role.NOTE,
            "PUBLICATION_ORIGIN", Block.Role.PUBLICATION);

    private LexUzHtmlReader() {
    }

    /** Whether the HTML is such an export (it carries the database's structure classes). */
    static boolean recognises(Document document) {
        return !document.select("div.CLAUSE_DEFAULT, div.ACT_TEXT").isEmpty();
    }

    static void read(String html, Consumer<Block> sink) {
        read(Jsoup.parse(html), sink);
    }

    static void read(Document document, Consumer<Block> sink) {
        for (Element div : document.select("div[class]")) {
            Block.Role role = roleOf(div.classNames().stream().toList());
            if (role != null) {
                Element anchor = div.selectFirst("a[id]");
                sink.accept(new Block(role, div.text(), anchor == null ? "" : anchor.id()));
            }
        }
    }

    private static Block.Role roleOf(List<String> classes) {
        for (String cls : classes) {
            Block.Role role = ROLES.get(cls);
            if (role != null) {
                return role;
            }
        }
        return null;
    }
}
