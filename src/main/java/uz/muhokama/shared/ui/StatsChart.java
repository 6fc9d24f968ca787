package uz.muhokama.shared.ui;

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
 * A Chart.js chart (MIT licence) as a small web component ({@code frontend/src/muhokama-chart.js}), used by the
 * statistics pages of drafts and of problem reports; the server sends the labels and numbers, the browser draws them.
 */
@Tag("muhokama-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./src/muhokama-chart.js")
public class StatsChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One series of numbers, with a colour per value (doughnut) or one colour for all (bar, line). */
    public record Series(String label, List<? extends Number> values, List<String> colors) {
    }

    public enum Type {
        BAR, LINE, DOUGHNUT
    }

    public StatsChart(String id) {
        setId(id);
        addClassName("stats-chart");
    }

    /** Draws the chart; {@code label} is what a screen reader says about it. */
    public void show(Type type, boolean horizontal, String label, List<String> labels, List<Series> series) {
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
