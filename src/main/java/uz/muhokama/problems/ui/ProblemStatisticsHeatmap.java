package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import uz.muhokama.problems.ProblemStatistics;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * The density of reports as a heat layer over the map ({@code frontend/src/muhokama-heatmap.ts}, Leaflet with
 * leaflet.heat): the browser gets only cell centres with counts, never a report's place. Tiles come from the server
 * configured in {@link MapSettings}, which the content security policy already allows.
 */
@Tag("muhokama-heatmap")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.heat", version = "0.2.0")
@JsModule("./src/muhokama-heatmap.ts")
class ProblemStatisticsHeatmap extends Component implements HasSize {

    /** What the browser component reads for a cell. */
    record CellData(double lat, double lon, int reports) {
    }

    ProblemStatisticsHeatmap(MapSettings settings) {
        getElement().setAttribute("tile-url", settings.tileUrl());
        getElement().setAttribute("tile-attribution", settings.tileAttribution());
        getElement().setProperty("lat", settings.centerLat());
        getElement().setProperty("lon", settings.centerLon());
        getElement().setProperty("zoom", settings.zoom());
    }

    /** {@code label} says in words what the map shows, for screen readers. */
    void show(List<ProblemStatistics.HeatCell> cells, String label) {
        getElement().setAttribute("label", label);
        getElement().setPropertyList("cells", cells.stream()
                .map(c -> new CellData(c.lat(), c.lon(), c.reports())).toList());
    }
}
