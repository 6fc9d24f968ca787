package uz.muhokama.problems.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStatisticsFixture;
import uz.muhokama.shared.ui.StatsChart;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class ProblemStatisticsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    ProblemSetupService setup;

    ProblemStatisticsFixture data;

    @BeforeEach
    void setUp() {
        data = new ProblemStatisticsFixture(dsl, organisations, memberships, setup);
        UI.getCurrent().setLocale(Locale.of("uz"));
    }

    private void openMarch() {
        open(Map.of("from", ProblemStatisticsFixture.FROM.toString(), "to", ProblemStatisticsFixture.TO.toString(),
                "category", data.category));
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(ProblemStatisticsView.class, QueryParameters.simple(parameters));
    }

    @Test
    void the_list_of_reports_links_to_the_statistics() {
        navigate(ProblemsView.class);

        RouterLink link = $(RouterLink.class).withId("problems-stats-link").single();
        assertThat(link.getHref()).isEqualTo("problems/statistics");
        assertThat(link.getText()).isEqualTo(t("problems.stats.link"));
    }

    @Test
    void anyone_sees_the_figures_of_the_period_and_category_in_the_address() {
        openMarch();

        assertThat($(H1.class).withId("problems-stats-title").single().getText())
                .isEqualTo(t("problems.stats.title"));
        assertThat(text("problems-stats-reports")).isEqualTo("5");
        assertThat(text("problems-stats-on-time"))
                .isEqualTo(NumberFormat.getPercentInstance(Locale.of("uz")).format(0.4));
        assertThat(text("problems-stats-acknowledge")).isEqualTo(t("problems.stats.duration.hours", "5", "0"));
        assertThat(text("problems-stats-fix")).isEqualTo(t("problems.stats.duration.days", "11", "0"));
        assertThat($(Select.class).withId("problems-stats-category").single().getValue()).isEqualTo(data.category);
        assertThat($(Anchor.class).withId("problems-stats-csv").single().getHref())
                .isEqualTo("api/v1/problems/statistics.csv?from=2020-03-01&to=2020-03-31&category=" + data.category);
        assertThat($(ProblemStatisticsHeatmap.class).withId("problems-stats-heatmap").all()).hasSize(1);
        assertThat($(StatsChart.class).all()).hasSize(4);
    }

    @Test
    void the_tables_under_the_charts_carry_the_same_numbers_with_row_and_column_headers() {
        openMarch();

        NativeTable districts = $(NativeTable.class).withClassName("problems-stats-table").all().stream()
                .filter(t -> t.getCaptionText().equals(t("problems.stats.table.districts"))).findFirst().orElseThrow();
        String body = districts.getElement().getOuterHTML();
        assertThat(body).contains("<th scope=\"row\">" + data.district + "</th>")
                .contains("<th scope=\"row\">" + t("problems.stats.noDistrict") + "</th>")
                .contains("<th scope=\"col\">" + t("problems.field.district") + "</th>");
        assertThat($(Div.class).withId("problems-stats-table-status").single().getElement().getOuterHTML())
                .contains(t("problems.status.NOT_RESPONSIBLE"));
    }

    @Test
    void choosing_a_filter_keeps_it_in_the_address() {
        openMarch();

        @SuppressWarnings("unchecked")
        Select<String> district = $(Select.class).withId("problems-stats-district").single();
        String chosen = district.getListDataView().getItems().filter(d -> d != null).findFirst().orElseThrow();
        test(district).selectItem(chosen);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("district", java.util.List.of(chosen))
                .containsEntry("category", java.util.List.of(data.category));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_explained() {
        open(Map.of("from", "2020-03-31", "to", "2020-03-01"));

        Paragraph error = $(Paragraph.class).withId("problems-stats-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith(t("problems.stats.error.period", 1098).substring(0, 10));
        assertThat($(Span.class).withId("problems-stats-reports").all()).isEmpty();
    }

    @Test
    void an_empty_period_says_so() {
        open(Map.of("from", "2001-01-01", "to", "2001-01-31"));

        assertThat(text("problems-stats-reports")).isEqualTo("0");
        assertThat($(Paragraph.class).withId("problems-stats-no-data").single().getText())
                .isEqualTo(t("problems.stats.noData"));
    }

    @Test
    void switching_the_language_translates_the_page() {
        openMarch();

        UI.getCurrent().setLocale(Locale.of("ru"));

        assertThat($(H1.class).withId("problems-stats-title").single().getText()).isEqualTo("Статистика обращений");
        assertThat(text("problems-stats-reports")).isEqualTo("5");
    }

    private String text(String id) {
        return $(Span.class).withId(id).single().getText();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
