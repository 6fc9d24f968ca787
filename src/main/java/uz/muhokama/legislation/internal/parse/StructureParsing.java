package uz.muhokama.legislation.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.muhokama.legislation.ParsedText;

/** Entry point of the structure parser; see {@link uz.muhokama.legislation.LegalTextParser}. */
public final class StructureParsing {

    private StructureParsing() {
    }

    public static ParsedText html(String html) {
        return html(Jsoup.parse(html));
    }

    public static ParsedText html(InputStream html) throws IOException {
        return html(Jsoup.parse(html, null, ""));
    }

    private static ParsedText html(Document document) {
        StructureBuilder builder = new StructureBuilder();
        if (LexUzHtmlReader.recognises(document)) {
            LexUzHtmlReader.read(document, builder::accept);
        } else {
            for (Element block : document.body().select("h1, h2, h3, h4, h5, h6, p, li")) {
                builder.accept(new Block(Block.Role.LINE, block.text(), block.id()));
            }
        }
        return builder.build(document.title());
    }

    /**
     * Reads an XML document as Akoma Ntoso; empty when it is well-formed XML of another kind.
     *
     * @throws uz.muhokama.legislation.LegislationException {@code legislation.akn.doctype} for a document type
     *     declaration (refused, whatever the document), {@code legislation.akn.malformed} for XML that is not
     *     well-formed, {@code legislation.akn.noBody} for an Akoma Ntoso document without text
     */
    public static Optional<AkomaNtosoDocument> akomaNtoso(InputStream xml) {
        XmlTree.Element root = XmlTree.read(xml);
        return AkomaNtosoReader.recognises(root) ? Optional.of(AkomaNtosoReader.read(root)) : Optional.empty();
    }

    public static ParsedText text(String text) {
        StructureBuilder builder = new StructureBuilder();
        text.lines().forEach(line -> builder.accept(new Block(Block.Role.LINE, line, "")));
        return builder.build("");
    }
}
