package uz.muhokama.legislation.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionView;
import uz.muhokama.shared.pdf.HtmlPdf;

/**
 * An edition as a PDF: the print view's HTML (title, the act's facts, headings and articles) laid out on A4 pages by
 * openhtmltopdf, with an outline of its headings and page numbers. Set in the bundled font of {@link HtmlPdf}, so that
 * Cyrillic and the Uzbek ʻ and ʼ print on any server whatever fonts it has.
 */
public final class ActPdf {

    static final String FONT = HtmlPdf.FONT_FAMILY;

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 25mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans"; font-size: 8pt;
                color: #555; } }
            body { font-family: "DejaVu Sans"; font-size: 10.5pt; line-height: 1.4; color: #111; }
            h1 { font-size: 15pt; text-align: center; margin: 0 0 8pt; }
            .meta { font-size: 8.5pt; color: #444; border-bottom: 0.5pt solid #999; padding-bottom: 4pt; margin-bottom: 10pt; }
            .prov-heading { font-size: 10.5pt; page-break-after: avoid; margin: 10pt 0 4pt; }
            .prov-part { font-size: 13pt; text-align: center; margin-top: 16pt; }
            .prov-section { font-size: 12pt; text-align: center; }
            .prov-chapter, .prov-subchapter { font-size: 11pt; text-align: center; }
            a { color: inherit; text-decoration: none; }
            .copy-link { display: none; }
            p { text-align: justify; margin: 0 0 5pt; }
            """;

    private ActPdf() {
    }

    /**
     * @param title the act's title in the text's language
     * @param facts a line of what is known of the act (type, number, dates, status)
     * @param text the edition
     * @param labels heading labels in the text's language
     * @param actUrl the act's full address, so that the headings' permalinks lead to the site
     */
    public static byte[] write(String title, String facts, EditionText text, ActHtml.Labels labels, String actUrl) {
        String html = "<!DOCTYPE html><html lang=\"" + ActHtml.escape(text.edition().language()) + "\"><head>"
                + "<meta charset=\"utf-8\"><title>" + ActHtml.escape(title) + "</title><style>" + STYLE
                + "</style></head><body><h1>" + ActHtml.escape(title)
                + "</h1><p class=\"meta\">" + ActHtml.escape(facts) + "</p>"
                + ActHtml.render(text, actUrl, labels, "") + "</body></html>";
        Document document = Jsoup.parse(html);
        addBookmarks(document, text, labels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlPdf.render(document, actUrl, out);
        return out.toByteArray();
    }

    /**
     * The PDF outline in the head (built as elements: an HTML parser would move an unknown element out of the head):
     * one entry per part, section, chapter and article, nested as in the text.
     */
    private static void addBookmarks(Document document, EditionText text, ActHtml.Labels labels) {
        Element root = document.head().appendElement("bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        for (ProvisionView p : text.provisions()) {
            if (!p.kind().isHeading()) {
                continue;
            }
            while (!depths.isEmpty() && depths.peek() >= p.depth()) {
                depths.pop();
                open.pop();
            }
            String label = labels.label(p.kind(), p.number());
            Element bookmark = (open.isEmpty() ? root : open.peek()).appendElement("bookmark")
                    .attr("name", ((label.isEmpty() ? "" : label + " ") + p.heading()).strip())
                    .attr("href", "#" + p.eId());
            open.push(bookmark);
            depths.push(p.depth());
        }
    }
}
