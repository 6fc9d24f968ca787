package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.WithPerson;

@IntegrationTest
class DraftViewsTest extends SpringBrowserlessTest {

    static final String TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    DraftId published(String titleUz) {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        return SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(ministry, DraftActType.LAW, null, titleUz, "Проект",
                    "Qisqacha mazmuni", "Краткое содержание"));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(DraftActType.LAW));
            return id;
        });
    }

    @Test
    @WithPerson
    void the_draft_page_shows_a_script_in_the_title_as_text_and_every_article_with_its_permalink() {
        String title = "<script>alert('x')</script> Mehnat loyihasi";
        DraftId id = published(title);
        UI.getCurrent().setLocale(Locale.of("uz"));

        navigate("drafts/" + id.value() + "/chp_1__art_2", DraftView.class);

        assertThat($(H1.class).id("draft-title").getText()).isEqualTo(title);
        String html = $(Html.class).id("draft-text").getElement().getOuterHTML();
        assertThat(html).contains("id=\"chp_1__art_1\"", "href=\"drafts/" + id.value() + "/chp_1__art_1\"",
                "class=\"draft-article highlighted\" id=\"chp_1__art_2\"").doesNotContain("<script>");
    }

    @Test
    @WithPerson
    void two_versions_are_compared_article_by_article() {
        DraftId id = published("Versiyali loyiha");
        SignedIn.asAdmin(() -> drafts.addVersion(id, drafts.find(id).orElseThrow().version(), null,
                TEXT.replace("tartibga solishdir", "himoya qilishdir"), "Takliflar asosida"));

        navigate("drafts/" + id.value(), DraftView.class);
        UI.getCurrent().navigate("drafts/" + id.value(), QueryParameters.simple(Map.of("v", "2", "compare", "1")));

        String diff = $(Html.class).id("draft-diff").getElement().getOuterHTML();
        assertThat(diff).contains("<del>tartibga solishdir.</del>", "<ins>himoya qilishdir.</ins>");
    }

    @Test
    @WithPerson(roles = {"CITIZEN", "ADMIN"})
    void an_editor_creates_a_draft_from_the_form() {
        String title = "Formadan yaratilgan loyiha " + System.nanoTime();
        navigate("drafts/new", DraftEditorView.class);

        ComboBox<OrganisationDetails> organisation = $(ComboBox.class).id("draft-organisation");
        organisation.setValue(organisation.getListDataView().getItem(0));
        test($(TextField.class).id("draft-title-uz")).setValue(title);
        test($(TextField.class).id("draft-title-ru")).setValue("Проект из формы");
        test($(TextArea.class).id("draft-summary-uz")).setValue("Mazmuni");
        test($(TextArea.class).id("draft-summary-ru")).setValue("Содержание");
        test($(Button.class).id("draft-save")).click();

        assertThat(getCurrentView()).isInstanceOf(DraftEditorView.class);
        assertThat($(Button.class).id("draft-text-preview")).isNotNull();
        assertThat(drafts.count(new DraftFilter(null, null, null, null, title, DraftSort.NEWEST))).isZero();
    }

    @Test
    @WithPerson
    void the_list_finds_a_published_draft_by_a_word_of_its_russian_title() {
        String word = "Уникальный" + System.nanoTime();
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(ministry, DraftActType.LAW, null, "Loyiha", "Проект " + word,
                    "Mazmuni", "Содержание"));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(DraftActType.LAW));
        });
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(DraftsView.class);

        test($(TextField.class).id("drafts-filter-text")).setValue(word.toLowerCase(Locale.ROOT));

        assertThat($(Span.class).id("drafts-count").getText()).isEqualTo("Drafts found: 1");
        assertThat($(Button.class).withId("drafts-new").exists()).isFalse();
    }

    @Test
    @WithPerson
    void a_citizen_cannot_open_the_editor() {
        assertThat(catchThrowable(() -> navigate("drafts/new", DraftEditorView.class))).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(DraftEditorView.class);
    }
}
