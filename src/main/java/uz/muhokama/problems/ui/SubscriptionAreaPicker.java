package uz.muhokama.problems.ui;

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
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * An area drawn on a Leaflet map by tapping its corners (the browser component {@code muhokama-area-picker}); the
 * drawn polygon arrives as a GeoJSON string that the server checks before storing it. Tiles come from
 * {@link MapSettings}, like every map of the platform.
 */
@Tag("muhokama-area-picker")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./src/muhokama-area-picker.ts")
class SubscriptionAreaPicker extends Component implements HasSize, HasStyle {

    private String area = "";
    private int corners;
    private String bbox = "";

    SubscriptionAreaPicker(MapSettings settings) {
        getElement().setAttribute("tile-url", settings.tileUrl());
        getElement().setAttribute("tile-attribution", settings.tileAttribution());
        getElement().setProperty("lat", settings.centerLat());
        getElement().setProperty("lon", settings.centerLon());
        getElement().setProperty("zoom", settings.zoom());
        addClassName("muhokama-area-picker");
        addAreaChangeListener(e -> {
            area = e.geoJson();
            corners = e.corners();
            bbox = e.bbox();
        });
    }

    /** The drawn polygon as GeoJSON, or an empty string while fewer than three corners are drawn. */
    String area() {
        return area;
    }

    int corners() {
        return corners;
    }

    /** The drawn area's bounding box as {@code minLon,minLat,maxLon,maxLat}, or an empty string. */
    String bbox() {
        return bbox;
    }

    /** Shows a stored area (a GeoJSON polygon) and zooms to it. */
    void setArea(String geoJson) {
        area = geoJson == null ? "" : geoJson;
        getElement().setProperty("area", area);
    }

    void setReadOnly(boolean readOnly) {
        getElement().setProperty("readonly", readOnly);
    }

    void setMapLabel(String label) {
        getElement().setAttribute("map-label", label);
    }

    void undo() {
        getElement().callJsFunction("undo");
    }

    void clear() {
        getElement().callJsFunction("clear");
    }

    Registration addAreaChangeListener(ComponentEventListener<AreaChangeEvent> listener) {
        return addListener(AreaChangeEvent.class, listener);
    }

    /** A corner was added or taken back, or the drawing was cleared. */
    @DomEvent("area-change")
    public static class AreaChangeEvent extends ComponentEvent<SubscriptionAreaPicker> {

        private final String geoJson;
        private final int corners;
        private final String bbox;

        public AreaChangeEvent(SubscriptionAreaPicker source, boolean fromClient,
                        @EventData("event.detail.geojson") String geoJson,
                        @EventData("event.detail.corners") int corners,
                        @EventData("event.detail.bbox") String bbox) {
            super(source, fromClient);
            this.geoJson = geoJson == null ? "" : geoJson;
            this.corners = corners;
            this.bbox = bbox == null ? "" : bbox;
        }

        String bbox() {
            return bbox;
        }

        String geoJson() {
            return geoJson;
        }

        int corners() {
            return corners;
        }
    }
}
