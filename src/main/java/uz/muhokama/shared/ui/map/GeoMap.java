package uz.muhokama.shared.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;

/**
 * A Leaflet map with clustered markers; when pickable, the person chooses a place by tapping it. The tiles come from
 * the server configured in {@link MapSettings}, so a deployment can use its own tile server.
 */
@Tag("muhokama-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
@JsModule("./src/muhokama-map.ts")
public class GeoMap extends Component implements HasSize, HasStyle {

    /** A place on the map, in WGS 84 degrees. */
    public record Point(double lat, double lon) {
    }

    /**
     * A marker: {@code tone} names a colour class of the theme ({@code open}, {@code closed}, {@code overdue}, …).
     */
    public record Marker(String id, Point point, String title, String tone) {
    }

    /** What the browser component reads for the chosen place. */
    public record Place(double lat, double lon) {
    }

    /** What the browser component reads for a marker. */
    public record MarkerData(String id, double lat, double lon, String title, String tone) {
    }

    public GeoMap(MapSettings settings) {
        getElement().setAttribute("tile-url", settings.tileUrl());
        getElement().setAttribute("tile-attribution", settings.tileAttribution());
        setCenter(settings.center(), settings.zoom());
        addClassName("muhokama-map");
    }

    public void setCenter(Point center, int zoom) {
        getElement().setProperty("lat", center.lat());
        getElement().setProperty("lon", center.lon());
        getElement().setProperty("zoom", zoom);
    }

    /** Whether a tap on the map chooses a place (fires {@link PickEvent}). */
    public void setPickable(boolean pickable, String label) {
        getElement().setProperty("pickable", pickable);
        getElement().setAttribute("pick-label", label);
    }

    /** Shows the chosen place, or none. */
    public void setPicked(Point point) {
        if (point == null) {
            getElement().setPropertyJson("picked", (tools.jackson.databind.node.BaseJsonNode) JacksonUtils.nullNode());
            return;
        }
        getElement().setPropertyBean("picked", new Place(point.lat(), point.lon()));
    }

    /** Whether the map zooms to show all its markers whenever they change. */
    public void setFitToMarkers(boolean fit) {
        getElement().setProperty("fitMarkers", fit);
    }

    public void setMarkers(List<Marker> markers) {
        getElement().setPropertyList("markers", markers.stream()
                .map(m -> new MarkerData(m.id(), m.point().lat(), m.point().lon(), m.title(), m.tone())).toList());
    }

    public Registration addPickListener(ComponentEventListener<PickEvent> listener) {
        return addListener(PickEvent.class, listener);
    }

    public Registration addMarkerOpenListener(ComponentEventListener<MarkerOpenEvent> listener) {
        return addListener(MarkerOpenEvent.class, listener);
    }

    /** The person tapped a place on a pickable map. */
    @DomEvent("map-pick")
    public static class PickEvent extends ComponentEvent<GeoMap> {

        private final Point point;

        public PickEvent(GeoMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
                         @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.point = new Point(lat, lon);
        }

        public Point point() {
            return point;
        }
    }

    /** The person tapped a marker. */
    @DomEvent("marker-open")
    public static class MarkerOpenEvent extends ComponentEvent<GeoMap> {

        private final String markerId;

        public MarkerOpenEvent(GeoMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient);
            this.markerId = markerId;
        }

        public String markerId() {
            return markerId;
        }
    }
}
