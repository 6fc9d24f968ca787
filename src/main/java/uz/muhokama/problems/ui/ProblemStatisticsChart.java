package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart drawn by the shared web component {@code frontend/src/muhokama-chart.js} (the drafts statistics
 * use it too): the server sends labels and numbers, the browser draws them.
 */
@Tag("muhokama-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./src/muhokama-chart.js")
class ProblemStatisticsChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One series: one colour for all bars, or a colour per value for a doughnut. */
    record Series(String label, List<? extends Number> values, List<String> colors) {
    }

    enum Type {
        BAR, DOUGHNUT
    }

    ProblemStatisticsChart(String id) {
        setId(id);
        addClassName("stats-chart");
    }

    /** Draws the chart; {@code label} is what a screen reader says about it (the table below has the numbers). */
    void show(Type type, boolean horizontal, String label, List<String> labels, List<Series> series) {
        ObjectNode config = JSON.createObjectNode();
        config.put("type", type.name().toLowerCase(Locale.ROOT));
        config.put("horizontal", horizontal);
        config.put("label", label);
        ArrayNode names = config.putArray("labels");
        labels.forEach(names::add);
        ArrayNode datasets = config.putArray("datasets");
        for (Series s : series) {
            ObjectNode set = datasets.addObject();
            set.put("label", s.label());
            ArrayNode data = set.putArray("data");
            s.values().forEach(v -> data.add(v.doubleValue()));
            ArrayNode colors = set.putArray("colors");
            s.colors().forEach(colors::add);
        }
        getElement().setProperty("config", config.toString());
        getElement().setAttribute("aria-label", label);
    }
}
