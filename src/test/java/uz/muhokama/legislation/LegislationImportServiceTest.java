package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "admin@test", roles = "ADMIN")
class LegislationImportServiceTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);

    @Autowired
    LegislationImportService imports;

    @Autowired
    ActService acts;

    @Test
    void the_labour_code_is_read_imported_in_two_languages_and_found_by_its_number_in_any_script() throws IOException {
        ImportPreview uzPreview = preview("labour-code-2022.uz-latn.lexuz.doc");
        assertThat(uzPreview.mediaType()).isEqualTo("text/html");
        assertThat(uzPreview.language()).isEqualTo("uz-Latn");
        assertThat(uzPreview.suggestedType()).isEqualTo(ActType.CODE);
        assertThat(uzPreview.suggestedNumber()).isEqualTo("OʻRQ-798");
        assertThat(uzPreview.suggestedAdoptedOn()).isEqualTo(ADOPTED);
        assertThat(uzPreview.publicationNumber()).isEqualTo("02/22/798/0972");
        assertThat(uzPreview.articleCount()).isEqualTo(581);
        assertThat(uzPreview.warnings()).isEmpty();
        ImportPreview ruPreview = preview("labour-code-2022.ru.lexuz.doc");
        assertThat(ruPreview.language()).isEqualTo("ru");
        assertThat(ruPreview.suggestedNumber()).isEqualTo("ЗРУ-798");

        int number = uniqueNumber();
        ImportResult uz = imports.importEdition(uzPreview.fileId(), metadata("OʻRQ-" + number), "uz-Latn", ADOPTED,
                uzPreview.title());
        ImportResult ru = imports.importEdition(ruPreview.fileId(), metadata("ЗРУ-" + number), "ru", ADOPTED,
                ruPreview.title());

        assertThat(uz.outcome()).isEqualTo(ImportResult.Outcome.NEW_ACT);
        assertThat(uz.uri()).isEqualTo("/act/uz/code/2022/" + number);
        assertThat(ru.outcome()).isEqualTo(ImportResult.Outcome.NEW_EDITION);
        assertThat(ru.actId()).isEqualTo(uz.actId());
        ActDetails act = acts.byUri(uz.uri()).orElseThrow();
        assertThat(act.languages()).containsExactly("uz-Latn", "ru");
        assertThat(act.summary().title("ru")).isEqualTo("Трудовой кодекс Республики Узбекистан");
        EditionText text = acts.textOn(act, "uz-Latn", LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(text.provisions()).filteredOn(p -> p.kind() == ProvisionKind.ARTICLE).hasSize(581);
        assertThat(text.provisions()).filteredOn(p -> p.eId().equals("chp_2__art_13")).singleElement()
                .satisfies(p -> assertThat(p.depth()).isEqualTo(3));
        for (String citation : new String[] {"ЎРҚ-" + number, "o'rq " + number, "ZRU-" + number, "ЗРУ-" + number}) {
            assertThat(acts.uriForCitation(citation)).as(citation).contains(uz.uri());
        }
    }

    @Test
    void importing_the_same_text_again_changes_nothing_and_a_changed_text_becomes_a_new_edition() {
        String number = "OʻRQ-" + uniqueNumber();
        ImportPreview first = previewText("1-modda. Maqsad\nBirinchi matn.\n2-modda. Kuchga kirish\nMatn.");
        ImportResult created = imports.importEdition(first.fileId(), metadata(number), "uz-Latn", ADOPTED, "Qonun");

        ImportPreview same = previewText("1-modda. Maqsad\nBirinchi matn.\n2-modda. Kuchga kirish\nMatn.");
        ImportResult unchanged = imports.importEdition(same.fileId(), metadata(number), "uz-Latn",
                LocalDate.of(2024, 1, 1), "Qonun");
        assertThat(unchanged.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(unchanged.editionId()).isEqualTo(created.editionId());

        ImportPreview changed = previewText("1-modda. Maqsad\nYangi tahrirdagi matn.\n2-modda. Kuchga kirish\nMatn.");
        assertThatThrownBy(() -> imports.importEdition(changed.fileId(), metadata(number), "uz-Latn", ADOPTED, "Qonun"))
                .isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.import.editionOverlap"));
        ImportResult amended = imports.importEdition(changed.fileId(), metadata(number), "uz-Latn",
                LocalDate.of(2024, 1, 1), "Qonun");

        assertThat(amended.outcome()).isEqualTo(ImportResult.Outcome.NEW_EDITION);
        ActDetails act = acts.byUri(created.uri()).orElseThrow();
        assertThat(act.editions()).extracting(EditionInfo::validFrom, EditionInfo::validTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ADOPTED, LocalDate.of(2023, 12, 31)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), null));
        assertThat(acts.textOn(act, "uz-Latn", LocalDate.of(2023, 6, 1)).orElseThrow().provisions())
                .anyMatch(p -> p.text().equals("Birinchi matn."));
        assertThat(acts.textOn(act, "uz-Latn", LocalDate.of(2024, 6, 1)).orElseThrow().provisions())
                .anyMatch(p -> p.text().equals("Yangi tahrirdagi matn."));
    }

    @Test
    void a_text_without_structure_is_imported_as_paragraphs_with_a_warning() {
        ImportPreview preview = previewText("Bu oddiy matn.\nUnda boblar ham, moddalar ham yoʻq.");

        assertThat(preview.warnings()).contains("legislation.import.unstructured", "legislation.import.noTitle");
        ImportResult result = imports.importEdition(preview.fileId(), metadata(String.valueOf(uniqueNumber())),
                "uz-Latn", ADOPTED, "Nomsiz hujjat");
        EditionText text = acts.currentText(acts.byUri(result.uri()).orElseThrow(), "uz-Latn").orElseThrow();
        assertThat(text.provisions()).extracting(ProvisionView::eId).containsExactly("para_1", "para_2");
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused_with_a_clear_reason() {
        byte[] pdf = """
                %PDF-1.4
                1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
                2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
                3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj
                trailer<</Root 1 0 R>>
                %%EOF
                """.getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> imports.preview(new ByteArrayInputStream(pdf), "skan.pdf"))
                .isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.import.noText"));
    }

    @Test
    void impossible_metadata_is_refused() {
        ImportPreview preview = previewText("1-modda. Maqsad\nMatn.");
        ActMetadata noNumber = metadata(" ");
        ActMetadata future = new ActMetadata(ActType.LAW, "OʻRQ-1", LocalDate.now().plusYears(1), null, null, null,
                null, ActStatus.IN_FORCE, null, null, null);

        for (Runnable attempt : new Runnable[] {
                () -> imports.importEdition(preview.fileId(), noNumber, "uz-Latn", ADOPTED, "Qonun"),
                () -> imports.importEdition(preview.fileId(), future, "uz-Latn", LocalDate.now().plusYears(1), "Q"),
                () -> imports.importEdition(preview.fileId(), metadata("OʻRQ-2"), "kk", ADOPTED, "Qonun"),
                () -> imports.importEdition(preview.fileId(), metadata("OʻRQ-3"), "uz-Latn", ADOPTED.minusDays(1), "Q"),
                () -> imports.importEdition(preview.fileId(), metadata("OʻRQ-4"), "uz-Latn", ADOPTED, "")}) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(LegislationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("legislation.import.invalid"));
        }
    }

    @Test
    @WithMockUser(username = "citizen@test", roles = "CITIZEN")
    void only_an_administrator_may_import() {
        assertThatThrownBy(() -> previewText("1-modda. Maqsad\nMatn.")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_may_not_import() {
        assertThatThrownBy(() -> imports.importEdition(1, metadata("1"), "uz-Latn", ADOPTED, "Q"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private ImportPreview preview(String corpusFile) throws IOException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve(corpusFile))) {
            return imports.preview(in, corpusFile);
        }
    }

    private ImportPreview previewText(String text) {
        return imports.preview(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "matn.txt");
    }

    private static ActMetadata metadata(String number) {
        return new ActMetadata(ActType.CODE, number, ADOPTED, "Oliy Majlis", "Qonunchilik maʼlumotlari milliy bazasi",
                LocalDate.of(2022, 10, 29), "02/22/798/0972", ActStatus.IN_FORCE, LocalDate.of(2023, 4, 30), null,
                null);
    }

    private static int uniqueNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
