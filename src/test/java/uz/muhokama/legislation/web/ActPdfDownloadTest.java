package uz.muhokama.legislation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.Acts;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.support.IntegrationTest;

/** The PDF download of an act, anonymous, read back with PDFBox: its headings, articles and letters survive. */
@IntegrationTest
class ActPdfDownloadTest {

    private static final LocalDate ADOPTED = LocalDate.of(2021, 4, 20);

    @Autowired
    WebApplicationContext context;

    @Autowired
    LegislationImportService imports;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void a_latin_act_prints_its_title_chapters_articles_and_uzbek_apostrophes_in_the_bundled_font() throws Exception {
        ImportResult act = Acts.imported(imports, ActType.LAW, "OʻRQ-" + Acts.uniqueNumber(), ADOPTED, ADOPTED,
                "uz-Latn", "Mahalla toʻgʻrisida", """
                        1-bob. Umumiy qoidalar
                        1-modda. Ushbu Qonunning maqsadi
                        Ushbu Qonunning maqsadi fuqarolarning oʻzini oʻzi boshqarish organlari faoliyatini tartibga solishdir.
                        2-modda. Asosiy tushunchalar
                        Mahalla — fuqarolarning taʼlim, maʼrifat va oʻzaro yordam maskani.
                        2-bob. Yakunlovchi qoidalar
                        3-modda. Kuchga kirishi
                        Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
                        """);

        MockHttpServletResponse response = mvc.perform(get(act.uri() + "/text.pdf")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Mahalla toʻgʻrisida", "1-bob. Umumiy qoidalar",
                    "2-modda. Asosiy tushunchalar", "taʼlim, maʼrifat va oʻzaro yordam", "3-modda. Kuchga kirishi");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Mahalla toʻgʻrisida");
            PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("1-bob. Umumiy qoidalar");
            assertThat(first.getFirstChild().getTitle()).isEqualTo("1-modda. Ushbu Qonunning maqsadi");
            assertThat(first.getNextSibling().getTitle()).isEqualTo("2-bob. Yakunlovchi qoidalar");
            PDResources resources = pdf.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                assertThat(resources.getFont(name).getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void a_cyrillic_act_keeps_its_letters() throws Exception {
        ImportResult act = Acts.imported(imports, ActType.LAW, "ЎРҚ-" + Acts.uniqueNumber(), ADOPTED, ADOPTED,
                "uz-Cyrl", "Меҳнат тўғрисида", """
                        1-модда. Қонуннинг мақсади
                        Меҳнат шартномаси ўзаро келишув асосида тузилади; ғайриқонуний шартлар ҳақиқий эмас.
                        """);

        MockHttpServletResponse response = mvc.perform(get(act.uri() + "/text.pdf")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Меҳнат тўғрисида", "1-модда. Қонуннинг мақсади",
                    "Меҳнат шартномаси ўзаро келишув асосида тузилади; ғайриқонуний");
        }
    }

    @Test
    void an_unknown_act_has_no_pdf() throws Exception {
        assertThat(mvc.perform(get("/act/uz/law/1900/1/text.pdf")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
