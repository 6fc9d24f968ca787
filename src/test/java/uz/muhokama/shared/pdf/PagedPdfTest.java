package uz.muhokama.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PagedPdfTest {

    static String page(String text) {
        return "<html><head><style>body{font-family:'" + HtmlPdf.FONT_FAMILY + "'}</style></head><body><p>" + text
                + "</p></body></html>";
    }

    @Test
    void parts_are_joined_page_after_page_with_cyrillic_and_uzbek_letters_intact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PagedPdf pdf = new PagedPdf()) {
            pdf.add(page("Birinchi qism: oʻzbekcha eʼlon"));
            pdf.add(page("Вторая часть: сводная таблица"));
            pdf.writeTo(out);
        }

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            assertThat(stripper.getText(document)).contains("Вторая часть: сводная таблица")
                    .doesNotContain("Birinchi");
            assertThat(new PDFTextStripper().getText(document)).contains("Birinchi qism: oʻzbekcha eʼlon");
        }
    }

    @Test
    void markup_that_is_not_well_formed_still_renders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlPdf.render("<p>Ochiq teg<br>va <b>qalin", out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ochiq teg").contains("qalin");
        }
    }
}
