package uz.muhokama.drafts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.AnswerService;
import uz.muhokama.drafts.AnsweredDrafts;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class TableDownloadControllerTest {

    static final String CYRILLIC = "Муддатни уч ойга узайтириш таклиф этилади";
    static final String APOSTROPHES = "Qoʻshimcha kafolatlar eʼlon qilinsin";
    static final String SCRIPT = "<script>alert('x')</script> ham matn";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"bosing\")";
    static final String REASON = "Taklif qisman eʼtiborga olindi — Предложение учтено";

    @Autowired
    WebApplicationContext context;

    @Autowired
    DraftService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    AnswerService answers;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    AnsweredDrafts answered;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        answered = new AnsweredDrafts(drafts, comments, answers, dsl, organisations, memberships);
    }

    AnsweredDrafts.Closed published() {
        AnsweredDrafts.Closed draft = answered.closed("Ushbu Qonun uch oydan keyin kuchga kiradi.", CYRILLIC,
                APOSTROPHES, SCRIPT, FORMULA);
        answered.answerAllAndPublish(draft, Disposition.PARTLY_ACCEPTED, REASON);
        return draft;
    }

    byte[] download(AnsweredDrafts.Closed draft, String extension, String contentType) throws Exception {
        MvcResult result = mvc.perform(get("/drafts/" + draft.id().value() + "/table." + extension + "?lang=uz-Latn"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(contentType);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment")
                .contains("." + extension);
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void csv_starts_with_a_byte_order_mark_keeps_every_letter_and_neutralises_formulas() throws Exception {
        byte[] bytes = download(published(), "csv", "text/csv");

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.getFirst()).isEqualTo("\"№\",\"Modda\",\"Taklif\",\"Taklif etilgan tahrir\",\"Muallif\","
                + "\"Qaror\",\"Asoslash\"");
        assertThat(lines.get(1)).startsWith("\"1\",\"Loyiha umuman\",\"" + APOSTROPHES + "\"");
        assertThat(lines.get(4)).startsWith("\"4\",\"3-modda. Kuchga kirishi\",\"" + CYRILLIC + "\"")
                .contains("\"Ushbu Qonun uch oydan keyin kuchga kiradi.\"")
                .contains("\"Qisman qabul qilindi\",\"" + REASON + "\"");
        assertThat(csv).contains("\"" + APOSTROPHES + "\"").contains("\"" + SCRIPT + "\"")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"bosing\"\")\"")
                .contains("\"Loyiha umuman\"");
    }

    @Test
    void xlsx_holds_every_proposal_as_text_cells() throws Exception {
        byte[] bytes = download(published(), "xlsx", TableDownloadController.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            List<String> proposals = new ArrayList<>();
            for (Row row : sheet) {
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
                proposals.add(row.getCell(2).getStringCellValue());
            }
            assertThat(proposals).as("the draft as a whole first, then by article")
                    .containsExactly("Taklif", APOSTROPHES, SCRIPT, FORMULA, CYRILLIC);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("3-modda. Kuchga kirishi");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo(REASON);
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Qisman qabul qilindi");
        }
    }

    @Test
    void pdf_shows_cyrillic_the_uzbek_apostrophes_and_markup_as_plain_text() throws Exception {
        byte[] bytes = download(published(), "pdf", "application/pdf");

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Takliflarning yigʻma jadvali").contains("Муддатни уч ойга")
                    .contains("Qoʻshimcha kafolatlar").contains("eʼlon qilinsin")
                    .contains("<script>alert('x')</script>").contains("Qisman qabul qilindi");
        }
    }

    @Test
    void a_table_not_yet_published_cannot_be_downloaded() throws Exception {
        AnsweredDrafts.Closed draft = answered.closed("Yangi tahrir.", "Taklif.");
        for (String extension : List.of("csv", "xlsx", "pdf")) {
            mvc.perform(get("/drafts/" + draft.id().value() + "/table." + extension))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void csv_cells_that_start_a_formula_get_an_apostrophe() {
        assertThat(TableExports.csvCell("=1+2")).isEqualTo("\"'=1+2\"");
        assertThat(TableExports.csvCell("-5")).isEqualTo("\"'-5\"");
        assertThat(TableExports.csvCell("oddiy \"matn\"")).isEqualTo("\"oddiy \"\"matn\"\"\"");
    }
}
