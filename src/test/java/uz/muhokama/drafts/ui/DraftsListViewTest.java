package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
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
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;
import uz.muhokama.support.WithPerson;

@IntegrationTest
class DraftsListViewTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    private DraftId publish(OrganisationId agency, DraftActType type, String title) {
        return SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(agency, type, null, title, "Проект " + title, "Mazmuni",
                    "Содержание"));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), DraftViewsTest.TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(type));
            return id;
        });
    }

    private void comments(DraftId draft, int count) {
        long author = new TestUsers(dsl).create("lister", "Lister").id();
        for (int i = 0; i < count; i++) {
            dsl.insertInto(DRAFT_COMMENT).set(DRAFT_COMMENT.DRAFT_ID, draft.value())
                    .set(DRAFT_COMMENT.VERSION_NUMBER, 1).set(DRAFT_COMMENT.DEPTH, 1)
                    .set(DRAFT_COMMENT.AUTHOR_ID, author).set(DRAFT_COMMENT.BODY, "Izoh " + i)
                    .set(DRAFT_COMMENT.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
    }

    @Test
    void most_discussed_puts_the_draft_with_most_comments_first_and_the_card_shows_the_count() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        DraftId quiet = publish(agency, DraftActType.LAW, "Jim loyiha");
        DraftId busy = publish(agency, DraftActType.LAW, "Qizgʻin loyiha");
        DraftId newest = publish(agency, DraftActType.LAW, "Eng yangi loyiha");
        comments(busy, 3);
        comments(quiet, 1);

        List<DraftListItem> byComments = drafts.list(new DraftFilter(null, agency, null, null, null,
                DraftSort.MOST_DISCUSSED), 0, 10);

        assertThat(byComments).extracting(DraftListItem::id).containsExactly(busy, quiet, newest);
        assertThat(byComments).extracting(DraftListItem::comments).containsExactly(3, 1, 0);
    }

    @Test
    @WithPerson
    void the_filters_come_from_the_address_so_a_filtered_list_can_be_shared() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        DraftId decree = publish(agency, DraftActType.CABINET_RESOLUTION, "Qaror loyihasi");
        publish(agency, DraftActType.LAW, "Qonun loyihasi");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(DraftsView.class);
        UI.getCurrent().navigate("drafts", QueryParameters.simple(Map.of("agency", Long.toString(agency.value()),
                "type", "CABINET_RESOLUTION", "sort", "MOST_DISCUSSED", "period", "open")));

        @SuppressWarnings("unchecked")
        ComboBox<OrganisationDetails> agencyField = $(ComboBox.class).id("drafts-filter-agency");
        assertThat(agencyField.getValue().id()).isEqualTo(agency);
        assertThat($(Select.class).id("drafts-filter-type").getValue()).isEqualTo(DraftActType.CABINET_RESOLUTION);
        assertThat($(Select.class).id("drafts-sort").getValue()).isEqualTo(DraftSort.MOST_DISCUSSED);
        assertThat($(Span.class).id("drafts-count").getText()).isEqualTo("Drafts found: 1");
        assertThat($(Anchor.class).id("drafts-list-feed").getHref())
                .isEqualTo("drafts/feed.atom?agency=" + agency.value() + "&lang=en");
        assertThat(drafts.list(new DraftFilter(null, agency, DraftActType.CABINET_RESOLUTION, true, null,
                DraftSort.NEWEST), 0, 5)).extracting(DraftListItem::id).containsExactly(decree);

        test($(TextField.class).id("drafts-filter-text")).setValue("hech narsa topilmaydigan soʻz");

        assertThat($(Span.class).id("drafts-count").getText()).isEqualTo("Drafts found: 0");
        assertThat($(Paragraph.class).id("drafts-list-empty").isVisible()).isTrue();
    }
}
