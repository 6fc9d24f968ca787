package uz.muhokama.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama_db.Tables;

@IntegrationTest
class FileServiceTest {

    @Autowired
    FileService files;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_word_document_is_stored_under_its_real_type_and_its_text_can_be_read() throws IOException {
        byte[] docx = docx("1-modda. Ushbu Kodeksning maqsadi " + System.nanoTime());

        StoredFile stored = files.store(new ByteArrayInputStream(docx), "loyiha.docx", FileKind.LEGAL_TEXT, null);

        assertThat(stored.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(stored.sizeBytes()).isEqualTo(docx.length);
        assertThat(files.find(stored.id())).contains(stored);
        assertThat(files.extractText(stored).text()).contains("1-modda. Ushbu Kodeksning maqsadi");
        try (InputStream in = files.open(stored)) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }
    }

    @Test
    void the_national_database_export_named_doc_is_recognised_as_html_by_its_content() throws IOException {
        byte[] export = resource("/corpus/labour-code-excerpt.uz-latn.lexuz.doc");

        StoredFile stored = files.store(new ByteArrayInputStream(export), "Mehnat kodeksi.doc", FileKind.LEGAL_TEXT, null);

        assertThat(stored.mediaType()).isEqualTo("text/html");
        ExtractedText text = files.extractText(stored);
        assertThat(text.text()).contains("1-modda.");
        assertThat(text.html()).startsWith("<html").contains("1-modda.");
    }

    @Test
    void equal_content_is_stored_once_but_recorded_per_upload() {
        byte[] pdf = pdf("same " + System.nanoTime());

        StoredFile first = files.store(new ByteArrayInputStream(pdf), "a.pdf", FileKind.ATTACHMENT, null);
        StoredFile second = files.store(new ByteArrayInputStream(pdf), "b.pdf", FileKind.ATTACHMENT, null);

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(first.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void a_program_renamed_to_pdf_is_rejected_and_nothing_is_kept() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        byte[] pe = "PE\0\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(pe, 0, exe, 0x80, pe.length);
        long rowsBefore = rows();

        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(exe), "taklif.pdf", FileKind.ATTACHMENT, null))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.typeNotAllowed"));
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void a_script_disguised_as_a_photo_is_rejected() {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(html), "photo.jpg", FileKind.PHOTO, null))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.typeNotAllowed");
                    assertThat(e.arguments()).containsExactly("text/html");
                });
    }

    @Test
    void an_empty_file_is_rejected() {
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[0]), "x.pdf", FileKind.ATTACHMENT, null))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.empty"));
    }

    @Test
    void a_file_over_the_limit_is_rejected_while_it_is_still_arriving() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ < FileKind.PHOTO.maxBytes() + 10 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served > FileKind.PHOTO.maxBytes() + 10) {
                    return -1;
                }
                served += len;
                return len;
            }
        };
        long rowsBefore = rows();

        assertThatThrownBy(() -> files.store(endless, "big.jpg", FileKind.PHOTO, null))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.tooLarge");
                    assertThat(e.arguments()).containsExactly(15L);
                });
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void an_upload_in_a_rolled_back_transaction_leaves_no_row() {
        byte[] pdf = pdf("rolled back " + System.nanoTime());
        long rowsBefore = rows();

        transactions.executeWithoutResult(status -> {
            files.store(new ByteArrayInputStream(pdf), "a.pdf", FileKind.ATTACHMENT, null);
            status.setRollbackOnly();
        });

        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void names_are_kept_as_text_without_paths_or_control_characters() {
        assertThat(FileService.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileService.safeName("C:\\Users\\x\\taklif.pdf")).isEqualTo("taklif.pdf");
        assertThat(FileService.safeName("\"quoted\".pdf")).isEqualTo("quoted.pdf");
        assertThat(FileService.safeName("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(FileService.safeName("  ")).isEqualTo("file");
        assertThat(FileService.safeName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    private long rows() {
        return dsl.fetchCount(Tables.STORED_FILE);
    }

    private static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(paragraph);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A minimal, valid one-page PDF. */
    static byte[] pdf(String text) {
        String body = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + body.length() + ">>stream\n" + body + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FileServiceTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
