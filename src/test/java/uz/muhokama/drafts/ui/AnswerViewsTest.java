package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.AnswerService;
import uz.muhokama.drafts.AnsweredDrafts;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.WithPerson;

@IntegrationTest
class AnswerViewsTest extends SpringBrowserlessTest {

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

    AnsweredDrafts answered;

    @BeforeEach
    void setUp() {
        answered = new AnsweredDrafts(drafts, comments, answers, dsl, organisations, memberships);
    }

    @Test
    @WithPerson(roles = {"CITIZEN", "ADMIN"})
    void the_editor_answers_a_proposal_on_the_page_and_the_progress_counts_it() {
        AnsweredDrafts.Closed draft = answered.closed("Uch oydan keyin kuchga kiradi.", "Muddatni uzaytiring.",
                "Umuman qoʻllab-quvvatlayman.");
        UI.getCurrent().setLocale(Locale.of("uz"));
        navigate("drafts/" + draft.id().value() + "/answers", AnswersView.class);
        assertThat($(Span.class).id("answer-progress").getText()).isEqualTo("2 ta taklifdan 0 tasiga javob berildi");
        long first = draft.proposals().getFirst().value();

        test($(Button.class).id("answer-save-" + first)).click();
        assertThat($(RadioButtonGroup.class).id("answer-disposition-" + first).isInvalid()).isTrue();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Disposition> disposition = $(RadioButtonGroup.class).id("answer-disposition-" + first);
        disposition.setValue(Disposition.ACCEPTED);
        test($(TextArea.class).id("answer-reason-" + first)).setValue("Muddat uzaytirildi.");
        test($(Button.class).id("answer-save-" + first)).click();

        assertThat($(Span.class).id("answer-progress").getText()).isEqualTo("2 ta taklifdan 1 tasiga javob berildi");
        assertThat($(Div.class).id("answer-card-" + first).getElement().getTextRecursively())
                .contains("Javob berilgan").contains("3-modda. Kuchga kirishi").contains("Uch oydan keyin");
    }

    @Test
    @WithPerson
    void anyone_reads_the_published_table_and_a_script_in_a_proposal_stays_text() {
        AnsweredDrafts.Closed draft = answered.closed("Yangi tahrir.", "<script>alert(1)</script> taklif");
        answered.answerAllAndPublish(draft, Disposition.REJECTED, "Asos yoʻq.");
        UI.getCurrent().setLocale(Locale.of("uz"));

        navigate("drafts/" + draft.id().value() + "/table", TableView.class);

        String html = $(NativeTable.class).id("table-rows").getElement().getOuterHTML();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; taklif").doesNotContain("<script>")
                .contains("Rad etildi").contains("Asos yoʻq.");
    }

    @Test
    @WithPerson
    void the_table_page_says_so_while_the_table_is_not_published() {
        AnsweredDrafts.Closed draft = answered.closed("Yangi tahrir.", "Taklif.");
        UI.getCurrent().setLocale(Locale.of("uz"));

        navigate("drafts/" + draft.id().value() + "/table", TableView.class);

        assertThat($(Paragraph.class).id("table-not-published").getText())
                .isEqualTo("Bu loyiha boʻyicha yigʻma jadval hali eʼlon qilinmagan.");
    }
}
