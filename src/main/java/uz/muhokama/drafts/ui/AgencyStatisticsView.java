package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.AgencyStats;
import uz.muhokama.drafts.DraftStatistics;
import uz.muhokama.shared.ui.StatsChart;

/** The statistics of an agency's public drafts together and one by one ({@code drafts/statistics?agency=ID}). */
@Route("drafts/statistics")
@AnonymousAllowed
class AgencyStatisticsView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The drafts with most comments shown in the chart; the list below has them all. */
    private static final int CHART_DRAFTS = 12;

    private final transient DraftStatistics statistics;
    private final transient OrganisationService organisations;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final ComboBox<OrganisationDetails> agency = new ComboBox<>();
    private final Div content = new Div();
    private OrganisationId chosen;

    AgencyStatisticsView(DraftStatistics statistics, OrganisationService organisations) {
        this.statistics = statistics;
        this.organisations = organisations;
        addClassNames("page", "stats-page");
        lead.addClassName("lead");
        agency.setId("stats-agency");
        agency.addClassName("stats-agency");
        agency.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(AgencyStatisticsView.class,
                        QueryParameters.of("agency", Long.toString(e.getValue().id().value())));
            }
        });
        content.addClassName("stats-content");
        add(title, lead, agency, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        chosen = event.getLocation().getQueryParameters().getSingleParameter("agency")
                .filter(v -> v.matches("[0-9]{1,18}")).map(v -> new OrganisationId(Long.parseLong(v))).orElse(null);
        if (getLocale() != null && title.getText() != null && !title.getText().isEmpty()) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.stats.agency.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("drafts.stats.agency.title"));
        lead.setText(getTranslation("drafts.stats.agency.lead"));
        agency.setLabel(getTranslation("drafts.stats.agency.pick"));
        agency.setPlaceholder(getTranslation("drafts.stats.agency.choose"));
        render();
    }

    private void render() {
        List<OrganisationId> withDrafts = statistics.agencies();
        List<OrganisationDetails> choices = withDrafts.stream().map(organisations::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(o -> o.names().in(getLocale()), String.CASE_INSENSITIVE_ORDER))
                .toList();
        agency.setItemLabelGenerator(o -> o.names().in(getLocale()));
        agency.setItems(choices);
        agency.setValue(choices.stream().filter(o -> o.id().equals(chosen)).findFirst().orElse(null));
        content.removeAll();
        if (chosen == null) {
            content.add(empty(getTranslation("drafts.stats.agency.choose")));
            return;
        }
        AgencyStats stats = statistics.ofAgency(chosen);
        if (stats.drafts().isEmpty()) {
            content.add(empty(getTranslation("drafts.stats.agency.none")));
            return;
        }
        StatsPanel panel = new StatsPanel();
        content.add(panel);
        if (!panel.show(stats.total())) {
            content.add(draftList(stats.drafts()));
            return;
        }
        List<AgencyStats.DraftRow> busiest = stats.drafts().stream()
                .sorted(Comparator.comparingInt(AgencyStats.DraftRow::comments).reversed()).limit(CHART_DRAFTS)
                .toList();
        panel.chart("stats-chart-drafts", "drafts.stats.chart.perDraft", StatsChart.Type.BAR, true,
                busiest.stream().map(d -> shorten(d.title(getLocale()))).toList(),
                List.of(new StatsChart.Series(getTranslation("drafts.stats.series.comments"),
                                busiest.stream().map(AgencyStats.DraftRow::comments).toList(),
                                List.of(StatsPanel.BLUE)),
                        new StatsChart.Series(getTranslation("drafts.stats.series.support"),
                                busiest.stream().map(AgencyStats.DraftRow::supports).toList(),
                                List.of(StatsPanel.GREEN)),
                        new StatsChart.Series(getTranslation("drafts.stats.series.oppose"),
                                busiest.stream().map(AgencyStats.DraftRow::opposes).toList(),
                                List.of(StatsPanel.RED))),
                "wide");
        content.add(draftList(stats.drafts()));
    }

    private Component draftList(List<AgencyStats.DraftRow> drafts) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        Div list = new Div(new H2(getTranslation("drafts.stats.agency.drafts")));
        list.setId("stats-drafts");
        list.addClassName("stats-drafts");
        for (AgencyStats.DraftRow d : drafts) {
            String statisticsPage = "drafts/" + d.draft().value() + "/statistics";
            Anchor name = new Anchor(statisticsPage, d.title(getLocale()));
            name.addClassName("stats-draft-title");
            Span status = DraftFormat.statusBadge(this, d.status());
            Span numbersLine = new Span(getTranslation("drafts.stats.agency.row", numbers.format(d.comments()),
                    numbers.format(d.supports()), numbers.format(d.opposes())));
            numbersLine.addClassName("stats-draft-numbers");
            Div row = new Div(name, status, numbersLine);
            row.addClassName("stats-draft-row");
            list.add(row);
        }
        return list;
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("stats-empty");
        return p;
    }

    private static String shorten(String title) {
        String t = Objects.requireNonNullElse(title, "");
        return t.length() <= 48 ? t : t.substring(0, 47) + "…";
    }
}
