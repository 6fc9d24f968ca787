package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemStatistics;
import uz.muhokama.problems.ProblemStatisticsFilter;
import uz.muhokama.problems.ProblemStatisticsService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.shared.ui.StatsChart;
import uz.muhokama.shared.ui.StatsTile;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * The public statistics of problem reports ({@code problems/statistics}): headline figures, charts with the same
 * numbers in tables below them, a heat map of where reports are dense, and the downloads. The filters (period,
 * category, district, organisation) live in the address, so a view of the figures can be shared as a link.
 */
@Route("problems/statistics")
@AnonymousAllowed
class ProblemStatisticsView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final String BLUE = "#0b5cad";
    private static final String GREEN = "#1f8a5b";
    private static final String AMBER = "#f2a30f";
    private static final List<String> STATUS_COLOURS = List.of("#f2a30f", "#0b5cad", "#148a9c", "#6f5bd3",
            "#1f8a5b", "#5b6b7a", "#9aa5b1", "#c8283a", "#e06c1f");
    /** Longer names are cut in chart labels (the tables have them whole), so that a phone still has room for bars. */
    private static final int LABEL_MAX = 26;

    private final transient ProblemStatisticsService statistics;
    private final transient ProblemService problems;
    private final MapSettings mapSettings;
    private final RouterLink back = new RouterLink();
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> category = new Select<>();
    private final Select<String> district = new Select<>();
    private final Select<OrganisationId> organisation = new Select<>();
    private final Span downloadLabel = new Span();
    private final Anchor csv = new Anchor();
    private final Anchor json = new Anchor();
    private final Paragraph error = new Paragraph();
    private final Div content = new Div();
    private ProblemStatisticsFilter requested;
    private boolean translated;

    ProblemStatisticsView(ProblemStatisticsService statistics, ProblemService problems, MapSettings mapSettings) {
        this.statistics = statistics;
        this.problems = problems;
        this.mapSettings = mapSettings;
        addClassNames("page", "stats-page", "problems-stats-page");
        back.setId("problems-stats-back");
        back.addClassName("stats-back");
        back.setRoute(ProblemsView.class);
        title.setId("problems-stats-title");
        lead.addClassName("lead");
        from.setId("problems-stats-from");
        to.setId("problems-stats-to");
        category.setId("problems-stats-category");
        category.setEmptySelectionAllowed(true);
        district.setId("problems-stats-district");
        district.setEmptySelectionAllowed(true);
        organisation.setId("problems-stats-organisation");
        organisation.setEmptySelectionAllowed(true);
        from.addValueChangeListener(e -> navigateIf(e.isFromClient()));
        to.addValueChangeListener(e -> navigateIf(e.isFromClient()));
        category.addValueChangeListener(e -> navigateIf(e.isFromClient()));
        district.addValueChangeListener(e -> navigateIf(e.isFromClient()));
        organisation.addValueChangeListener(e -> navigateIf(e.isFromClient()));
        csv.setId("problems-stats-csv");
        csv.getElement().setAttribute("router-ignore", true);
        json.setId("problems-stats-json");
        json.getElement().setAttribute("router-ignore", true);
        Div downloads = new Div(downloadLabel, csv, json);
        downloads.addClassName("problems-stats-downloads");
        error.setId("problems-stats-error");
        error.addClassName("problems-stats-error");
        error.setVisible(false);
        content.addClassName("problems-stats-content");
        Div filters = new Div(from, to, category, district, organisation);
        filters.addClassName("problems-stats-filters");
        Div links = new Div(back);
        links.addClassName("stats-links");
        add(links, title, lead, filters, downloads, error, content);
    }

    /** The link from the list of reports to this page. */
    static RouterLink link(Component translator) {
        RouterLink link = new RouterLink(translator.getTranslation("problems.stats.link"),
                ProblemStatisticsView.class);
        link.setId("problems-stats-link");
        link.addClassName("problems-stats-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        requested = new ProblemStatisticsFilter(date(query, "from"), date(query, "to"), text(query, "category"),
                text(query, "district"), query.getSingleParameter("organisation").filter(v -> v.matches("[0-9]{1,18}"))
                .map(v -> new OrganisationId(Long.parseLong(v))).orElse(null));
        if (translated) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.stats.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translated = true;
        back.setText(getTranslation("problems.stats.back"));
        title.setText(getTranslation("problems.stats.title"));
        lead.setText(getTranslation("problems.stats.lead"));
        from.setLabel(getTranslation("problems.stats.from"));
        from.setLocale(getLocale());
        to.setLabel(getTranslation("problems.stats.to"));
        to.setLocale(getLocale());
        Map<String, Category> categories = new LinkedHashMap<>();
        problems.categories().forEach(c -> categories.put(c.code(), c));
        category.setLabel(getTranslation("problems.field.category"));
        category.setItems(List.copyOf(categories.keySet()));
        category.setItemLabelGenerator(code -> code == null ? getTranslation("problems.filter.any")
                : Optional.ofNullable(categories.get(code)).map(c -> c.name(getLocale())).orElse(code));
        district.setLabel(getTranslation("problems.field.district"));
        district.setItems(problems.districts());
        district.setItemLabelGenerator(d -> d == null ? getTranslation("problems.filter.any") : d);
        Map<OrganisationId, String> organisations = new LinkedHashMap<>();
        statistics.organisations().forEach(o -> organisations.put(o.id(), o.names().in(getLocale())));
        organisation.setLabel(getTranslation("problems.field.organisation"));
        organisation.setItems(List.copyOf(organisations.keySet()));
        organisation.setItemLabelGenerator(id -> id == null ? getTranslation("problems.filter.any")
                : organisations.getOrDefault(id, Long.toString(id.value())));
        downloadLabel.setText(getTranslation("problems.stats.download"));
        csv.setText(getTranslation("problems.stats.csv"));
        json.setText(getTranslation("problems.stats.json"));
        render();
    }

    private void render() {
        content.removeAll();
        ProblemStatistics s;
        try {
            s = statistics.of(requested == null ? statistics.defaultFilter() : requested);
            error.setVisible(false);
        } catch (ProblemException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
            error.setVisible(true);
            return;
        }
        showFilter(s.filter());
        content.add(tiles(s.total()));
        if (s.total().reports() == 0) {
            Paragraph empty = new Paragraph(getTranslation("problems.stats.noData"));
            empty.setId("problems-stats-no-data");
            empty.addClassName("stats-empty");
            content.add(empty);
            return;
        }
        Div charts = new Div();
        charts.addClassName("stats-charts");
        charts.add(categoryChart(s), statusChart(s.total()), onTimeChart(s), districtChart(s), heatmap(s));
        content.add(charts, tables(s));
        Paragraph howCounted = new Paragraph(getTranslation("problems.stats.howCounted"));
        howCounted.addClassName("problems-stats-how");
        content.add(howCounted);
    }

    private void showFilter(ProblemStatisticsFilter f) {
        from.setValue(f.from());
        to.setValue(f.to());
        choose(category, f.categoryCode());
        choose(district, f.district());
        choose(organisation, f.organisation());
        String query = query(f);
        csv.setHref("api/v1/problems/statistics.csv" + query);
        json.setHref("api/v1/problems/statistics.json" + query);
    }

    private void navigateIf(boolean fromClient) {
        if (!fromClient) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        ProblemStatisticsFilter defaults = statistics.defaultFilter();
        if (from.getValue() != null && !from.getValue().equals(defaults.from())) {
            parameters.put("from", from.getValue().toString());
        }
        if (to.getValue() != null && !to.getValue().equals(defaults.to())) {
            parameters.put("to", to.getValue().toString());
        }
        putIfSet(parameters, "category", category.getValue());
        putIfSet(parameters, "district", district.getValue());
        putIfSet(parameters, "organisation",
                organisation.getValue() == null ? null : Long.toString(organisation.getValue().value()));
        getUI().ifPresent(ui -> ui.navigate(ProblemStatisticsView.class, QueryParameters.simple(parameters)));
    }

    private Component tiles(ProblemStatistics.Figures f) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        Div tiles = new Div();
        tiles.setId("problems-stats-tiles");
        tiles.addClassName("stats-tiles");
        tiles.add(tile("problems-stats-reports", "problems.stats.kpi.reports", numbers.format(f.reports()),
                getTranslation("problems.stats.kpi.reportsNote", numbers.format(f.open()),
                        numbers.format(f.closed()))));
        tiles.add(tile("problems-stats-acknowledge", "problems.stats.kpi.acknowledge",
                duration(f.medianSecondsToAcknowledge()), getTranslation("problems.stats.kpi.acknowledgeNote")));
        tiles.add(tile("problems-stats-fix", "problems.stats.kpi.fix", duration(f.medianSecondsToFix()),
                getTranslation("problems.stats.kpi.fixNote")));
        tiles.add(tile("problems-stats-on-time", "problems.stats.kpi.onTime", share(f.onTimeShare()),
                getTranslation("problems.stats.kpi.onTimeNote", numbers.format(f.onTime()), numbers.format(f.late()),
                        numbers.format(f.pending()))));
        return tiles;
    }

    private Component tile(String id, String labelKey, String value, String note) {
        return StatsTile.of(id, getTranslation(labelKey), value, note);
    }

    private Component categoryChart(ProblemStatistics s) {
        return openClosedChart("problems-stats-chart-categories", "problems.stats.chart.categories",
                s.byCategory(), this::categoryName, "wide");
    }

    private Component districtChart(ProblemStatistics s) {
        return openClosedChart("problems-stats-chart-districts", "problems.stats.chart.districts", s.byDistrict(),
                this::districtName, null);
    }

    private Component openClosedChart(String id, String titleKey, List<ProblemStatistics.Row> rows,
                                      Function<ProblemStatistics.Row, String> name, String variant) {
        return chart(id, titleKey, StatsChart.Type.BAR, true,
                rows.stream().map(r -> shorten(name.apply(r))).toList(),
                List.of(new StatsChart.Series(getTranslation("problems.stats.series.open"),
                                rows.stream().map(r -> r.figures().open()).toList(), List.of(AMBER)),
                        new StatsChart.Series(getTranslation("problems.stats.series.closed"),
                                rows.stream().map(r -> r.figures().closed()).toList(), List.of(GREEN))),
                variant, rows.size());
    }

    private Component statusChart(ProblemStatistics.Figures total) {
        List<ProblemStatus> present = List.of(ProblemStatus.values()).stream()
                .filter(st -> total.byStatus().getOrDefault(st, 0) > 0).toList();
        List<String> colours = present.stream().map(st -> STATUS_COLOURS.get(st.ordinal())).toList();
        return chart("problems-stats-chart-status", "problems.stats.chart.status",
                StatsChart.Type.DOUGHNUT, false,
                present.stream().map(st -> ProblemTexts.status(this, st)).toList(),
                List.of(new StatsChart.Series(getTranslation("problems.stats.chart.status"),
                        present.stream().map(st -> total.byStatus().get(st)).toList(), colours)), null, 0);
    }

    private Component onTimeChart(ProblemStatistics s) {
        List<ProblemStatistics.Row> judged = s.byOrganisation().stream()
                .filter(r -> r.figures().onTimeShare() != null).toList();
        return chart("problems-stats-chart-on-time", "problems.stats.chart.onTime", StatsChart.Type.BAR,
                true, judged.stream().map(r -> shorten(organisationName(r))).toList(),
                List.of(new StatsChart.Series(getTranslation("problems.stats.series.onTime"),
                        judged.stream().map(r -> Math.round(r.figures().onTimeShare() * 1000) / 10.0).toList(),
                        List.of(BLUE))), "wide", judged.size());
    }

    private Component chart(String id, String titleKey, StatsChart.Type type, boolean horizontal,
                            List<String> labels, List<StatsChart.Series> series, String variant,
                            int bars) {
        StatsChart chart = new StatsChart(id);
        String heading = getTranslation(titleKey);
        chart.show(type, horizontal, heading, labels, series);
        if (horizontal) {
            // Room for each bar, so that long lists of categories stay readable on a phone.
            chart.getStyle().set("height", Math.max(14, 4 + bars * 2.2) + "rem");
        }
        Div card = new Div(new H2(heading), chart);
        card.addClassName("stats-chart-card");
        if (variant != null) {
            card.addClassName(variant);
        }
        return card;
    }

    private Component heatmap(ProblemStatistics s) {
        ProblemStatisticsHeatmap map = new ProblemStatisticsHeatmap(mapSettings);
        map.setId("problems-stats-heatmap");
        map.addClassName("problems-stats-heatmap");
        map.show(s.heat(), getTranslation("problems.stats.heat.label"));
        Span fewer = new Span(getTranslation("problems.stats.heat.fewer"));
        Span scale = new Span();
        scale.addClassName("problems-stats-heat-scale");
        scale.getElement().setAttribute("aria-hidden", true);
        Span more = new Span(getTranslation("problems.stats.heat.more"));
        Div legend = new Div(fewer, scale, more);
        legend.addClassName("problems-stats-heat-legend");
        Div card = new Div(new H2(getTranslation("problems.stats.heat.title")), map, legend);
        card.addClassNames("stats-chart-card", "wide");
        return card;
    }

    private Component tables(ProblemStatistics s) {
        Div tables = new Div();
        tables.addClassName("problems-stats-tables");
        tables.add(groupTable("problems-stats-table-categories", "problems.stats.table.categories",
                "problems.field.category", s.byCategory(), this::categoryName));
        tables.add(groupTable("problems-stats-table-organisations", "problems.stats.table.organisations",
                "problems.field.organisation", s.byOrganisation(), this::organisationName));
        tables.add(groupTable("problems-stats-table-districts", "problems.stats.table.districts",
                "problems.field.district", s.byDistrict(), this::districtName));
        tables.add(statusTable(s.total()));
        return tables;
    }

    private Component groupTable(String id, String captionKey, String nameKey, List<ProblemStatistics.Row> rows,
                                 Function<ProblemStatistics.Row, String> name) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        List<String> headers = List.of(getTranslation(nameKey), getTranslation("problems.stats.col.reports"),
                getTranslation("problems.stats.col.open"), getTranslation("problems.stats.col.closed"),
                getTranslation("problems.stats.col.acknowledge"), getTranslation("problems.stats.col.fix"),
                getTranslation("problems.stats.col.onTime"), getTranslation("problems.stats.col.late"),
                getTranslation("problems.stats.col.share"));
        List<List<String>> lines = new ArrayList<>();
        for (ProblemStatistics.Row r : rows) {
            ProblemStatistics.Figures f = r.figures();
            lines.add(List.of(name.apply(r), numbers.format(f.reports()), numbers.format(f.open()),
                    numbers.format(f.closed()), duration(f.medianSecondsToAcknowledge()),
                    duration(f.medianSecondsToFix()), numbers.format(f.onTime()), numbers.format(f.late()),
                    share(f.onTimeShare())));
        }
        return titled(captionKey, ProblemStatisticsTable.of(id, getTranslation(captionKey), headers, lines));
    }

    private Component statusTable(ProblemStatistics.Figures total) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        List<List<String>> lines = new ArrayList<>();
        for (ProblemStatus st : ProblemStatus.values()) {
            lines.add(List.of(ProblemTexts.status(this, st), numbers.format(total.byStatus().getOrDefault(st, 0))));
        }
        return titled("problems.stats.table.status", ProblemStatisticsTable.of("problems-stats-table-status",
                getTranslation("problems.stats.table.status"),
                List.of(getTranslation("problems.field.status"), getTranslation("problems.stats.col.reports")),
                lines));
    }

    private Component titled(String titleKey, Component table) {
        Div card = new Div(new H2(getTranslation(titleKey)), table);
        card.addClassName("problems-stats-table-card");
        return card;
    }

    private String categoryName(ProblemStatistics.Row r) {
        return r.names() == null ? getTranslation("problems.stats.noCategory") : r.names().in(getLocale());
    }

    private String districtName(ProblemStatistics.Row r) {
        return r.names() == null ? getTranslation("problems.stats.noDistrict") : r.names().in(getLocale());
    }

    private String organisationName(ProblemStatistics.Row r) {
        return r.names() == null ? getTranslation("problems.stats.triage") : r.names().in(getLocale());
    }

    private String duration(Long seconds) {
        if (seconds == null) {
            return getTranslation("problems.stats.none");
        }
        Duration d = Duration.ofSeconds(seconds);
        if (d.toMinutes() == 0) {
            return getTranslation("problems.stats.duration.instant");
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        return d.toDays() > 0
                ? getTranslation("problems.stats.duration.days", numbers.format(d.toDays()),
                numbers.format(d.toHoursPart()))
                : getTranslation("problems.stats.duration.hours", numbers.format(d.toHours()),
                numbers.format(d.toMinutesPart()));
    }

    private String share(Double share) {
        if (share == null) {
            return getTranslation("problems.stats.none");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(0);
        return percent.format(share);
    }

    private static String query(ProblemStatisticsFilter f) {
        StringBuilder q = new StringBuilder("?from=").append(f.from()).append("&to=").append(f.to());
        if (f.categoryCode() != null) {
            q.append("&category=").append(encode(f.categoryCode()));
        }
        if (f.district() != null) {
            q.append("&district=").append(encode(f.district()));
        }
        if (f.organisation() != null) {
            q.append("&organisation=").append(f.organisation().value());
        }
        return q.toString();
    }

    /** Shows the chosen value if the list offers it (a category no longer offered shows as "any"). */
    private static <T> void choose(Select<T> select, T value) {
        boolean offered = value != null && select.getListDataView().getItems().anyMatch(value::equals);
        select.setValue(offered ? value : null);
    }

    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static LocalDate date(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> !v.isBlank()).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String label) {
        String t = Objects.requireNonNullElse(label, "");
        return t.length() <= LABEL_MAX ? t : t.substring(0, LABEL_MAX - 1) + "…";
    }
}
