package uz.muhokama.legislation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.legislation.ActRelationService;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.Acts;
import uz.muhokama.legislation.AmendmentKind;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.legislation.NewAmendment;
import uz.muhokama.legislation.NewRepeal;
import uz.muhokama.legislation.ProvisionOption;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.WithPerson;

@IntegrationTest
class ActViewRelationsTest extends SpringBrowserlessTest {

    private static final LocalDate ADOPTED = LocalDate.of(2020, 3, 2);

    @Autowired
    LegislationImportService imports;

    @Autowired
    ActRelationService relations;

    ImportResult law;
    ImportResult resolution;
    String resolutionNumber;

    @BeforeEach
    void twoActs() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        resolutionNumber = "PQ-" + Acts.uniqueNumber();
        law = Acts.imported(imports, ActType.LAW, "OʻRQ-" + Acts.uniqueNumber(), ADOPTED, "Hashar toʻgʻrisida", """
                1-modda. Maqsad
                Ushbu Qonunning maqsadi jamoat tartibini taʼminlashdir.
                2-modda. Hashar
                Hashar har yili ikki marta oʻtkaziladi.
                """);
        resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, resolutionNumber,
                LocalDate.of(2023, 5, 10), "Oʻzgartish kiritish haqida", """
                1-modda. Oʻzgartish
                Hashar toʻgʻrisidagi qonunning 2-moddasi yangi tahrirda bayon etilsin.
                2-modda. Kuchga kirish
                Ushbu qaror eʼlon qilingan kundan kuchga kiradi.
                """);
    }

    @Test
    void an_amended_provision_names_the_amending_article_and_the_amending_act_lists_what_it_changed() {
        SignedIn.asAdmin(() -> relations.recordAmendment(new NewAmendment(law.actId(), "art_2", resolutionNumber,
                "art_1", AmendmentKind.SUBSTITUTED, LocalDate.of(2023, 6, 1))));

        navigate(law.uri().substring(1), ActView.class);

        String text = $(Html.class).all().stream().map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("act-text")).findFirst().orElseThrow();
        assertThat(text).contains("prov-amended", "Substituted:", "href=\"" + resolution.uri() + "/art_1\"",
                resolutionNumber + ", article 1");
        assertThat(text.indexOf("prov-amended")).as("under the heading of article 2")
                .isGreaterThan(text.indexOf("id=\"art_2\"")).isLessThan(text.indexOf("id=\"art_2__para_1\""));
        Details amendedBy = $(Details.class).id("act-amended-by");
        assertThat(amendedBy.getSummaryText()).isEqualTo("Changes made to this act (1)");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("act-relation-add")
                || b.getId().orElse("").startsWith("amendment-remove-"));

        navigate(resolution.uri().substring(1), ActView.class);
        Details amends = $(Details.class).id("act-amends");
        assertThat(amends.getSummaryText()).isEqualTo("Changes this act made (1)");
        assertThat($(Anchor.class).from(amends).all()).extracting(Anchor::getHref)
                .containsExactly(law.uri() + "/art_2");
    }

    @Test
    void a_cited_act_lists_who_cites_it_and_the_cited_article_names_the_citing_provision() {
        String word = Acts.uniqueWord();
        ImportResult code = Acts.imported(imports, ActType.CODE, "OʻRQ-" + Acts.uniqueNumber(), ADOPTED,
                word + " kodeksi", "1-modda. Maqsad\nMatn.\n2-modda. Tartib\nTartib belgilanadi.\n");
        ImportResult citing = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + Acts.uniqueNumber(),
                LocalDate.of(2023, 5, 10), "Qoʻllash haqida",
                "1-modda. Maqsad\nUshbu qaror " + word + " kodeksining 2-moddasiga muvofiq qabul qilindi.\n");

        navigate(code.uri().substring(1), ActView.class);

        Details citedBy = $(Details.class).id("act-cited-by");
        assertThat(citedBy.getSummaryText()).isEqualTo("Acts that cite this act (1)");
        assertThat($(Anchor.class).from(citedBy).single().getHref()).isEqualTo(citing.uri() + "/art_1__para_1");
        String text = $(Html.class).all().stream().map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("act-text")).findFirst().orElseThrow();
        assertThat(text).contains("prov-cited-by", "Cited by:", "href=\"" + citing.uri() + "/art_1__para_1\"");
        assertThat(text.indexOf("prov-cited-by")).isGreaterThan(text.indexOf("id=\"art_2\""));
    }

    @Test
    void an_act_that_lost_force_links_the_act_that_repealed_it() {
        SignedIn.asAdmin(() -> relations.recordRepeal(new NewRepeal(law.actId(), resolutionNumber, null,
                LocalDate.of(2023, 7, 1))));

        navigate(law.uri().substring(1), ActView.class);

        Div lost = $(Div.class).id("act-lost-force");
        assertThat(lost.getElement().getTextRecursively()).contains("Lost force on", "2023", resolutionNumber);
        assertThat($(Anchor.class).from(lost).single().getHref()).isEqualTo(resolution.uri());
        assertThat($(com.vaadin.flow.component.html.Span.class).id("act-status").getText()).isEqualTo("Lost force");
        navigate(resolution.uri().substring(1), ActView.class);
        assertThat($(Details.class).id("act-repeals").getSummaryText())
                .isEqualTo("Acts that lost force because of this act (1)");
    }

    @Test
    @WithPerson(email = "lex-view-admin@example.test", roles = "ADMIN")
    void an_editor_records_an_amendment_through_the_dialog_and_a_bad_date_is_refused_with_the_reason() {
        navigate(law.uri().substring(1), ActView.class);

        test($(Button.class).id("act-relation-add")).click();
        test($(Select.class).id("relation-kind")).selectItem("Repealed");
        test($(TextField.class).id("relation-number")).setValue(resolutionNumber.replace("PQ-", "ПҚ-"));
        assertThat($(TextField.class).id("relation-number").isInvalid()).isFalse();
        ComboBox<ProvisionOption> amending = $(ComboBox.class).id("relation-amending-provision");
        amending.setValue(option(amending, "art_1"));
        ComboBox<ProvisionOption> target = $(ComboBox.class).id("relation-target-provision");
        target.setValue(option(target, "art_2__para_1"));
        test($(DatePicker.class).id("relation-date")).setValue(LocalDate.of(2023, 1, 1));
        test($(Button.class).id("relation-save")).click();

        assertThat($(Notification.class).id("relation-error").getElement().getProperty("text"))
                .isEqualTo("The date cannot be before the amending act was adopted.");
        assertThat(relations.of(law.actId()).hasAny()).isFalse();

        test($(DatePicker.class).id("relation-date")).setValue(LocalDate.of(2023, 6, 1));
        test($(Button.class).id("relation-save")).click();

        assertThat(relations.of(law.actId()).amendedBy()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AmendmentKind.REPEALED);
            assertThat(a.target().eId()).isEqualTo("art_2__para_1");
        });
        assertThat($(Details.class).id("act-amended-by").getSummaryText()).isEqualTo("Changes made to this act (1)");
    }

    @Test
    @WithPerson(email = "lex-view-admin@example.test", roles = "ADMIN")
    void an_editor_removes_an_amendment_from_the_list_and_readers_see_no_remove_button() {
        var recorded = SignedIn.asAdmin(() -> relations.recordAmendment(new NewAmendment(law.actId(), "art_1",
                resolutionNumber, "art_2", AmendmentKind.INSERTED, LocalDate.of(2023, 6, 1))));
        navigate(law.uri().substring(1), ActView.class);

        test($(Button.class).id("amendment-remove-" + recorded.id())).click();

        assertThat(relations.of(law.actId()).hasAny()).isFalse();
        assertThat($(Details.class).all()).noneMatch(d -> "act-amended-by".equals(d.getId().orElse("")));
    }

    @Test
    @WithPerson(email = "lex-view-admin@example.test", roles = "ADMIN")
    void an_unknown_number_is_marked_on_the_field() {
        navigate(law.uri().substring(1), ActView.class);
        test($(Button.class).id("act-relation-add")).click();

        test($(TextField.class).id("relation-number")).setValue("PQ-1");

        TextField number = $(TextField.class).id("relation-number");
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("There is no act with that number in the base.");
    }

    private static ProvisionOption option(ComboBox<ProvisionOption> box, String eId) {
        return box.getListDataView().getItems().filter(o -> o.eId().equals(eId)).findFirst().orElseThrow();
    }
}
