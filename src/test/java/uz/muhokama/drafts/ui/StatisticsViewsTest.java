package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.ReportedComments;
import uz.muhokama.shared.ui.StatsChart;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.WithPerson;

@IntegrationTest
class StatisticsViewsTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    ReportedComments draft;

    @BeforeEach
    void setUp() {
        draft = new ReportedComments(drafts, comments, dsl, organisations, memberships);
        draft.reported("Birinchi fikr");
        draft.reported("Ikkinchi fikr");
        UI.getCurrent().setLocale(Locale.of("uz"));
    }

    @Test
    @WithPerson
    void the_draft_statistics_show_the_numbers_and_the_charts_with_their_data() {
        navigate(DraftStatisticsView.class, Map.of("id", Long.toString(draft.draft().value())));

        assertThat($(H1.class).id("stats-title").getText()).isEqualTo("Muhokama statistikasi");
        assertThat($(Span.class).id("stats-comments").getText()).isEqualTo("2");
        assertThat($(Span.class).id("stats-proposals").getText()).isEqualTo("2");
        assertThat($(Span.class).id("stats-accepted").getText()).isEqualTo("—");
        assertThat($(StatsChart.class).id("stats-chart-days").getElement().getProperty("config"))
                .contains("\"type\":\"bar\"", "\"data\":[2.0]");
        assertThat($(StatsChart.class).all()).hasSize(4);
        assertThat($(Button.class).withId("stats-regroup").exists()).isFalse();
        assertThat($(Anchor.class).id("stats-back").getHref()).isEqualTo("drafts/" + draft.draft().value());
    }

    @Test
    @WithPerson(roles = "MODERATOR")
    void a_moderator_sees_the_regroup_command() {
        navigate(DraftStatisticsView.class, Map.of("id", Long.toString(draft.draft().value())));

        assertThat($(Button.class).id("stats-regroup").isVisible()).isTrue();
    }

    @Test
    @WithPerson
    void the_statistics_address_is_not_taken_for_an_article_of_the_draft() {
        navigate("drafts/" + draft.draft().value() + "/statistics", DraftStatisticsView.class);

        assertThat($(H1.class).id("stats-title").getText()).isEqualTo("Muhokama statistikasi");
    }

    @Test
    @WithPerson
    void the_agency_statistics_list_its_drafts_and_follow_the_language() {
        var agency = draft.agency();

        UI.getCurrent().navigate(AgencyStatisticsView.class,
                QueryParameters.of("agency", Long.toString(agency.value())));

        assertThat($(ComboBox.class).id("stats-agency").getValue()).isNotNull();
        assertThat($(Span.class).id("stats-comments").getText()).isEqualTo("2");
        assertThat($(StatsChart.class).id("stats-chart-drafts").getElement().getProperty("config"))
                .contains("Mehnat toʻgʻrisidagi qonun loyihasi");
        UI.getCurrent().setLocale(Locale.of("ru"));
        assertThat($(H1.class).first().getText()).isEqualTo("Статистика по ведомствам");
    }

    @Test
    @WithPerson
    void a_draft_without_comments_or_votes_says_so_instead_of_drawing_empty_charts() {
        ReportedComments quiet = new ReportedComments(drafts, comments, dsl, organisations, memberships);

        navigate(DraftStatisticsView.class, Map.of("id", Long.toString(quiet.draft().value())));

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("stats-no-data").getText())
                .startsWith("Hali izoh ham, ovoz ham yoʻq");
        assertThat($(StatsChart.class).all()).isEmpty();
    }

    @Test
    @WithPerson
    void without_an_agency_the_page_asks_to_choose_one() {
        navigate(AgencyStatisticsView.class);

        assertThat($(ComboBox.class).id("stats-agency").getValue()).isNull();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("stats-empty").first().getText())
                .isEqualTo("Idorani tanlang.");
    }
}
