package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uz.muhokama.drafts.Disposition;
import uz.muhokama.drafts.DraftStats;
import uz.muhokama.shared.ui.StatsChart;
import uz.muhokama.shared.ui.StatsTile;

/**
 * The headline numbers of a discussion as tiles, and its charts: comments per day, support and opposition, the answers
 * to proposals, and individual proposals against groups of near-identical comments.
 */
class StatsPanel extends Div {

    static final String BLUE = "#0b5cad";
    static final String GREEN = "#1f8a5b";
    static final String RED = "#c8283a";
    static final String AMBER = "#f2a30f";
    static final String GREY = "#9aa5b1";
    static final String TEAL = "#148a9c";

    private final Div tiles = new Div();
    private final Div charts = new Div();

    StatsPanel() {
        addClassName("stats-panel");
        tiles.addClassName("stats-tiles");
        tiles.setId("stats-tiles");
        charts.addClassName("stats-charts");
        add(tiles, charts);
    }

    /** Shows the numbers, and the charts when there is anything to chart; returns whether there was. */
    boolean show(DraftStats s) {
        Locale locale = getLocale();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        tiles.removeAll();
        tiles.add(tile("stats-comments", "drafts.stats.kpi.comments", numbers.format(s.comments()),
                getTranslation("drafts.stats.kpi.commentsNote", s.topLevel(), s.comments() - s.topLevel())));
        tiles.add(tile("stats-participants", "drafts.stats.kpi.participants", numbers.format(s.participants()),
                getTranslation("drafts.stats.kpi.participantsNote")));
        tiles.add(tile("stats-proposals", "drafts.stats.kpi.proposals", numbers.format(s.proposals()),
                getTranslation("drafts.stats.kpi.proposalsNote", s.individual(), s.groups(), s.inGroups())));
        tiles.add(tile("stats-stance", "drafts.stats.kpi.stance",
                numbers.format(s.supports()) + " / " + numbers.format(s.opposes()),
                getTranslation("drafts.stats.kpi.stanceNote")));
        tiles.add(tile("stats-accepted", "drafts.stats.kpi.accepted",
                s.acceptedShare() == null ? getTranslation("drafts.stats.none")
                        : NumberFormat.getPercentInstance(locale).format(s.acceptedShare()),
                getTranslation("drafts.stats.kpi.acceptedNote", s.answered())));
        tiles.add(tile("stats-median", "drafts.stats.kpi.median",
                s.medianSecondsToAnswer() == null ? getTranslation("drafts.stats.none")
                        : duration(Duration.ofSeconds(s.medianSecondsToAnswer())),
                getTranslation("drafts.stats.kpi.medianNote")));

        charts.removeAll();
        if (s.comments() == 0 && s.supports() + s.opposes() == 0) {
            Paragraph empty = new Paragraph(getTranslation("drafts.stats.noData"));
            empty.setId("stats-no-data");
            empty.addClassName("stats-empty");
            charts.add(empty);
            return false;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM");
        chart("stats-chart-days", "drafts.stats.chart.perDay", StatsChart.Type.BAR, false,
                s.commentsPerDay().stream().map(d -> day.format(d.day())).toList(),
                List.of(new StatsChart.Series(getTranslation("drafts.stats.series.comments"),
                        s.commentsPerDay().stream().map(DraftStats.DayCount::comments).toList(), List.of(BLUE))),
                "wide");
        chart("stats-chart-stance", "drafts.stats.chart.stance", StatsChart.Type.DOUGHNUT, false,
                List.of(getTranslation("drafts.stats.series.support"), getTranslation("drafts.stats.series.oppose")),
                List.of(new StatsChart.Series(getTranslation("drafts.stats.chart.stance"),
                        List.of(s.supports(), s.opposes()), List.of(GREEN, RED))), null);
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            labels.add(getTranslation("drafts.stats.disposition." + d.name()));
            values.add(s.dispositions().getOrDefault(d, 0));
        }
        labels.add(getTranslation("drafts.stats.disposition.none"));
        values.add(Math.max(0, s.proposals() - s.answered()));
        chart("stats-chart-answers", "drafts.stats.chart.answers", StatsChart.Type.DOUGHNUT, false, labels,
                List.of(new StatsChart.Series(getTranslation("drafts.stats.chart.answers"), values,
                        List.of(GREEN, TEAL, RED, AMBER, GREY))), null);
        chart("stats-chart-proposals", "drafts.stats.chart.proposals", StatsChart.Type.BAR, true,
                List.of(getTranslation("drafts.stats.series.individual"),
                        getTranslation("drafts.stats.series.groups"),
                        getTranslation("drafts.stats.series.inGroups")),
                List.of(new StatsChart.Series(getTranslation("drafts.stats.chart.proposals"),
                        List.of(s.individual(), s.groups(), s.inGroups()), List.of(BLUE, AMBER, GREY))),
                null);
        return true;
    }

    /** Adds a chart of its own, e.g. the agency's comments per draft. */
    void chart(String id, String titleKey, StatsChart.Type type, boolean horizontal, List<String> labels,
               List<StatsChart.Series> series, String variant) {
        StatsChart chart = new StatsChart(id);
        String title = getTranslation(titleKey);
        chart.show(type, horizontal, title, labels, series);
        Div card = new Div(new H2(title), chart);
        card.addClassName("stats-chart-card");
        if (variant != null) {
            card.addClassName(variant);
        }
        charts.add(card);
    }

    private Component tile(String id, String labelKey, String value, String note) {
        return StatsTile.of(id, getTranslation(labelKey), value, note);
    }

    private String duration(Duration d) {
        return d.toDays() > 0 ? getTranslation("drafts.stats.duration.days", d.toDays(), d.toHoursPart())
                : getTranslation("drafts.stats.duration.hours", d.toHours(), d.toMinutesPart());
    }
}
