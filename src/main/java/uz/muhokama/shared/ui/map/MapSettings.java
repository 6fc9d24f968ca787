package uz.muhokama.shared.ui.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where map tiles come from and where a map opens. A deployment points {@code muhokama.map.tile-url} at its own tile
 * server; the default is the OpenStreetMap community server, fine for development and light use.
 *
 * @param tileUrl a Leaflet URL template with {z}, {x}, {y}
 * @param tileAttribution the credit line the tile provider asks for
 */
@ConfigurationProperties("muhokama.map")
public record MapSettings(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @DefaultValue("© OpenStreetMap") String tileAttribution,
        @DefaultValue("41.3111") double centerLat,
        @DefaultValue("69.2797") double centerLon,
        @DefaultValue("12") int zoom) {

    /** The settings when nothing is configured (and in tests that start only part of the application). */
    public static MapSettings defaults() {
        return new MapSettings("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap", 41.3111, 69.2797,
                12);
    }

    public GeoMap.Point center() {
        return new GeoMap.Point(centerLat, centerLon);
    }

    /** The tile server's origin, for the content security policy's img-src. */
    public String tileOrigin() {
        int schemeEnd = tileUrl.indexOf("://");
        int pathStart = tileUrl.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? tileUrl : tileUrl.substring(0, pathStart);
    }
}
