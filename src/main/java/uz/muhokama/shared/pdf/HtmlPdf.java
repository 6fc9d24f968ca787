package uz.muhokama.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns an HTML document into PDF with a bundled font (DejaVu Sans, see {@code fonts/LICENSE-DejaVu.txt}) that covers
 * Latin, Cyrillic and the Uzbek modifier letters ʻ and ʼ, so a document never depends on the fonts of the server.
 * The HTML is parsed leniently (as a browser would), so it need not be well-formed XML; CSS should name the font
 * family {@value #FONT_FAMILY}.
 */
public final class HtmlPdf {

    /** The font family name to use in the documents' CSS. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private HtmlPdf() {
    }

    /** Renders the HTML document to {@code out}; the stream stays open. */
    public static void render(String html, OutputStream out) {
        render(Jsoup.parse(html), "/", out);
    }

    /**
     * Renders a parsed document (which the caller may have extended, e.g. with a PDF outline of {@code bookmark}
     * elements in the head); links are resolved against {@code baseUri}.
     */
    public static void render(org.jsoup.nodes.Document document, String baseUri, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(document), baseUri);
        builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String resource) {
        InputStream in = HtmlPdf.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + resource);
        }
        return in;
    }
}
