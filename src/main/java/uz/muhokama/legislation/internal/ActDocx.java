package uz.muhokama.legislation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.ProvisionView;

/**
 * Writes an edition as a Word document: the title, a line of facts, then the headings (with the same labels as the
 * page, "13-modda.") and paragraphs in document order.
 */
public final class ActDocx {

    private ActDocx() {
    }

    public static byte[] write(String title, String facts, EditionText text, ActHtml.Labels labels) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            run(heading, title, true, 16);
            run(document.createParagraph(), facts, false, 9);
            for (ProvisionView p : text.provisions()) {
                XWPFParagraph paragraph = document.createParagraph();
                if (p.kind().isHeading()) {
                    if (p.kind() != ProvisionKind.ARTICLE) {
                        paragraph.setAlignment(ParagraphAlignment.CENTER);
                    }
                    String label = labels.label(p.kind(), p.number());
                    run(paragraph, label.isEmpty() ? p.heading() : label + " " + p.heading(), true, 12);
                } else {
                    paragraph.setAlignment(ParagraphAlignment.BOTH);
                    run(paragraph, p.text(), false, 12);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(ActAkomaNtoso.xmlSafe(text));
    }
}
