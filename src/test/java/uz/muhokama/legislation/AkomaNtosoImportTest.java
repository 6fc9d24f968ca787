package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uz.muhokama.legislation.internal.ActAkomaNtoso;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "admin@test", roles = "ADMIN")
class AkomaNtosoImportTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);
    private static final String NS = ActAkomaNtoso.NAMESPACE;

    @Autowired
    LegislationImportService imports;

    @Autowired
    LegislationBulkImportService bulk;

    @Autowired
    ActService acts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_labour_code_as_downloaded_in_akoma_ntoso_imports_back_into_the_same_tree() throws IOException {
        int number = Acts.uniqueNumber();
        ImportResult original;
        try (InputStream in = Files.newInputStream(CORPUS.resolve("labour-code-2022.uz-latn.lexuz.doc"))) {
            ImportPreview preview = imports.preview(in, "labour-code.doc");
            original = imports.importEdition(preview.fileId(), metadata(ActType.CODE, "OʻRQ-" + number), "uz-Latn",
                    ADOPTED, preview.title());
        }
        ActDetails act = acts.byUri(original.uri()).orElseThrow();
        EditionText text = acts.currentText(act, "uz-Latn").orElseThrow();
        String xml = ActAkomaNtoso.write(act.summary(), text, LocalDate.of(2026, 11, 26));

        ImportPreview preview = preview(xml, "labour-code.akn.xml");

        assertThat(preview.mediaType()).isEqualTo("application/xml");
        assertThat(preview.suggestedType()).isEqualTo(ActType.CODE);
        assertThat(preview.suggestedNumber()).isEqualTo("OʻRQ-" + number);
        assertThat(preview.suggestedAdoptedOn()).isEqualTo(ADOPTED);
        assertThat(preview.suggestedValidFrom()).isEqualTo(ADOPTED);
        assertThat(preview.language()).isEqualTo("uz-Latn");
        assertThat(preview.title()).isEqualTo(act.summary().title("uz-Latn"));
        assertThat(preview.articleCount()).isEqualTo(581);
        assertThat(preview.warnings()).isEmpty();
        ImportResult again = imports.importEdition(preview.fileId(), metadata(preview.suggestedType(),
                preview.suggestedNumber()), preview.language(), preview.suggestedValidFrom(), preview.title());
        assertThat(again.outcome()).as("the same text read back from XML is the same edition")
                .isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.editionId()).isEqualTo(original.editionId());

        int copyNumber = Acts.uniqueNumber();
        String copy = xml.replace("OʻRQ-" + number, "OʻRQ-" + copyNumber).replace("/2022/" + number + "/",
                "/2022/" + copyNumber + "/").replace("/2022/" + number + "\"", "/2022/" + copyNumber + "\"");
        ImportPreview copyPreview = preview(copy, "copy.xml");
        ImportResult imported = imports.importEdition(copyPreview.fileId(), metadata(copyPreview.suggestedType(),
                copyPreview.suggestedNumber()), copyPreview.language(), copyPreview.suggestedValidFrom(),
                copyPreview.title());
        assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.NEW_ACT);
        assertThat(imported.uri()).isEqualTo("/act/uz/code/2022/" + copyNumber);
        EditionText copied = acts.currentText(acts.byUri(imported.uri()).orElseThrow(), "uz-Latn").orElseThrow();
        assertThat(copied.provisions()).hasSize(text.provisions().size()).isEqualTo(text.provisions());
    }

    @Test
    void a_document_from_another_system_prefills_what_its_metadata_say_and_keeps_its_eids() {
        int number = Acts.uniqueNumber();
        ImportPreview preview = preview(foreignLaw(number), "law.xml");

        assertThat(preview.suggestedType()).as("the URI names an act, the title a law").isEqualTo(ActType.LAW);
        assertThat(preview.suggestedNumber()).as("bare digits of a law get the law prefix of the language")
                .isEqualTo("ЗРУ-" + number);
        assertThat(preview.suggestedAdoptedOn()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(preview.suggestedValidFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(preview.language()).isEqualTo("ru");
        assertThat(preview.publicationNumber()).isEqualTo("03/20/" + number + "/0256");

        ImportResult result = imports.importEdition(preview.fileId(), metadata(preview.suggestedType(),
                preview.suggestedNumber()), preview.language(), preview.suggestedValidFrom(), preview.title());
        EditionText text = acts.currentText(acts.byUri(result.uri()).orElseThrow(), "ru").orElseThrow();
        assertThat(text.provisions()).extracting(ProvisionView::eId)
                .containsExactly("chp_1", "chp_1__art_1", "chp_1__art_1__para_1", "chp_1__art_2");
        assertThat(text.provisions().get(2).text()).isEqualTo("Целью закона является порядок.");
    }

    @Test
    void hostile_xml_is_refused_with_a_reason_and_nothing_is_saved() {
        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <akomaNtoso xmlns="%s"><act><body><article><num>&xxe;</num></article></body></act></akomaNtoso>
                """.formatted(NS);
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                ]>
                <akomaNtoso xmlns="%s"><act><body><p>&lol4;</p></body></act></akomaNtoso>
                """.formatted(NS);
        long files = count("stored_file");
        long actsBefore = count("legal_act");

        for (String xml : new String[] {entity, laughs}) {
            assertThatThrownBy(() -> preview(xml, "hostile.xml")).isInstanceOfSatisfying(LegislationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("legislation.akn.doctype"));
        }
        assertThatThrownBy(() -> preview("<akomaNtoso xmlns=\"" + NS + "\"><act><body><article>", "broken.xml"))
                .isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.akn.malformed"));
        assertThatThrownBy(() -> preview("<akomaNtoso xmlns=\"" + NS + "\"><act><meta/><body/></act></akomaNtoso>",
                "empty.xml")).isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.akn.noBody"));

        assertThat(count("stored_file")).as("the refused uploads are not kept").isEqualTo(files);
        assertThat(count("legal_act")).isEqualTo(actsBefore);
    }

    @Test
    void a_body_without_articles_imports_as_paragraphs_with_a_warning() {
        ImportPreview preview = preview("<akomaNtoso xmlns=\"" + NS + "\"><act><body><content><p>Bir.</p></content>"
                + "</body></act></akomaNtoso>", "plain.xml");

        assertThat(preview.warnings()).contains("legislation.import.unstructured", "legislation.import.noTitle");
        assertThat(preview.text().all()).extracting(ParsedProvision::text).containsExactly("Bir.");
    }

    @Test
    void xml_that_is_not_akoma_ntoso_is_read_as_any_other_document() {
        ImportPreview preview = preview("<?xml version=\"1.0\"?><doc><p>1-modda. Maqsad</p><p>Matn.</p></doc>",
                "other.xml");

        assertThat(preview.articleCount()).isEqualTo(1);
    }

    @Test
    void an_archive_with_akoma_ntoso_files_imports_them_in_the_background_and_reports_a_hostile_one()
            throws IOException {
        int number = Acts.uniqueNumber();
        Path zip = Files.createTempFile("akn-bulk", ".zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            entry(out, "acts/law.xml", foreignLaw(number));
            entry(out, "acts/hostile.xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/"
                    + "passwd\">]><akomaNtoso xmlns=\"" + NS + "\"><act><body><p>&x;</p></body></act></akomaNtoso>");
        }

        BulkImportJob job = bulk.start(zip, "acts.zip");
        await().atMost(Duration.ofSeconds(60)).until(job::finished);

        Map<String, BulkImportJob.Item> items = job.items().stream()
                .collect(Collectors.toMap(BulkImportJob.Item::name, Function.identity()));
        assertThat(items.get("law.xml").status()).isEqualTo(BulkImportJob.Status.IMPORTED);
        assertThat(items.get("law.xml").uri()).isEqualTo("/act/uz/law/2020/" + number);
        assertThat(items.get("hostile.xml").status()).isEqualTo(BulkImportJob.Status.FAILED);
        assertThat(items.get("hostile.xml").reasonKey()).isEqualTo("legislation.akn.doctype");
        ActDetails law = acts.byUri("/act/uz/law/2020/" + number).orElseThrow();
        assertThat(law.editions()).extracting(EditionInfo::validFrom).containsExactly(LocalDate.of(2020, 4, 1));
    }

    private static String foreignLaw(int number) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <akomaNtoso xmlns="%1$s">
                  <act contains="originalVersion">
                    <meta>
                      <identification source="#somebody">
                        <FRBRWork>
                          <FRBRthis value="/akn/uz/act/2020/%2$d/!main"/>
                          <FRBRuri value="/akn/uz/act/2020/%2$d"/>
                          <FRBRdate date="2020-03-05" name="Generation"/>
                          <FRBRauthor href="#parliament"/>
                          <FRBRcountry value="uz"/>
                        </FRBRWork>
                        <FRBRExpression>
                          <FRBRthis value="/akn/uz/act/2020/%2$d/rus@2020-04-01/!main"/>
                          <FRBRuri value="/akn/uz/act/2020/%2$d/rus@2020-04-01"/>
                          <FRBRdate date="2020-04-01" name="Generation"/>
                          <FRBRauthor href="#parliament"/>
                          <FRBRlanguage language="rus"/>
                        </FRBRExpression>
                      </identification>
                      <publication date="2020-03-06" name="lex.uz" showAs="Национальная база" number="03/20/%2$d/0256"/>
                    </meta>
                    <preface><p><docTitle>Закон Республики Узбекистан об образцах</docTitle></p></preface>
                    <body>
                      <chapter eId="chp_1">
                        <num>Глава 1.</num>
                        <heading>Общие положения</heading>
                        <article eId="chp_1__art_1">
                          <num>Статья 1.</num>
                          <heading>Цель</heading>
                          <paragraph eId="chp_1__art_1__para_1"><num>1</num><content><p>Целью закона является
                            порядок.</p></content></paragraph>
                        </article>
                        <article><num>Статья 2.</num><heading>Вступление в силу</heading></article>
                      </chapter>
                    </body>
                  </act>
                </akomaNtoso>
                """.formatted(NS, number);
    }

    private ImportPreview preview(String xml, String name) {
        return imports.preview(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static ActMetadata metadata(ActType type, String number) {
        return new ActMetadata(type, number, type == ActType.CODE ? ADOPTED : LocalDate.of(2020, 3, 5), null, null,
                null, null, ActStatus.IN_FORCE, null, null, null);
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
