package uz.muhokama.problems.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.muhokama.problems.ProblemException;

/**
 * Areas drawn for subscriptions: read from the GeoJSON the map sends, checked (a simple polygon inside the country,
 * not larger than a region, with a bounded number of corners), and kept as WKT. Only a single polygon without holes
 * is accepted, since that is all a person can draw by tapping corners.
 */
public final class SubscriptionAreas {

    /** The most corners an area may have. */
    public static final int MAX_CORNERS = 100;
    /** The largest area in square kilometres: about the size of a region, far more than a city. */
    public static final double MAX_KM2 = 5_000;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double KM_PER_DEGREE = 111.32;

    private SubscriptionAreas() {
    }

    /**
     * Reads and checks a drawn area.
     *
     * @throws ProblemException {@code problems.subscription.error.area} (not a readable polygon),
     *     {@code .areaCorners} (too many corners), {@code .areaInvalid} (its edges cross), {@code .areaOutside}
     *     (not inside the country), {@code .areaTooLarge}
     */
    public static Polygon fromGeoJson(String geoJson) {
        Polygon polygon = read(geoJson);
        if (polygon.getExteriorRing().getNumPoints() - 1 > MAX_CORNERS) {
            throw new ProblemException("problems.subscription.error.areaCorners", MAX_CORNERS);
        }
        if (!polygon.isValid() || polygon.getArea() <= 0) {
            throw new ProblemException("problems.subscription.error.areaInvalid");
        }
        Envelope box = polygon.getEnvelopeInternal();
        if (box.getMinY() < Places.MIN_LAT || box.getMaxY() > Places.MAX_LAT || box.getMinX() < Places.MIN_LON
                || box.getMaxX() > Places.MAX_LON) {
            throw new ProblemException("problems.subscription.error.areaOutside");
        }
        if (squareKilometres(polygon) > MAX_KM2) {
            throw new ProblemException("problems.subscription.error.areaTooLarge", (int) MAX_KM2);
        }
        return polygon;
    }

    /** A stored area (as checked by {@link #fromGeoJson}). */
    public static Geometry fromWkt(String wkt) {
        try {
            return new WKTReader(FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored subscription area is not WKT", e);
        }
    }

    public static String toWkt(Geometry area) {
        return new WKTWriter().write(area);
    }

    /** The area as the GeoJSON polygon the map component shows. */
    public static String toGeoJson(Geometry area) {
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        Coordinate[] ring = ((Polygon) area).getExteriorRing().getCoordinates();
        for (int i = 0; i < ring.length; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", ring[i].x, ring[i].y));
        }
        return json.append("]]}").toString();
    }

    /** The area's size, close enough at Uzbekistan's latitudes for a limit and for telling people. */
    public static double squareKilometres(Geometry area) {
        double latitude = area.getEnvelopeInternal().centre().y;
        return area.getArea() * KM_PER_DEGREE * KM_PER_DEGREE * Math.cos(Math.toRadians(latitude));
    }

    private static Polygon read(String geoJson) {
        if (geoJson == null || geoJson.isBlank() || geoJson.length() > 50_000) {
            throw new ProblemException("problems.subscription.error.area");
        }
        try {
            JsonNode node = JSON.readTree(geoJson);
            if ("Feature".equals(node.path("type").asString(""))) {
                node = node.path("geometry");
            }
            JsonNode rings = node.path("coordinates");
            if (!"Polygon".equals(node.path("type").asString("")) || !rings.isArray() || rings.size() != 1) {
                throw new ProblemException("problems.subscription.error.area");
            }
            List<Coordinate> corners = new ArrayList<>();
            for (JsonNode point : rings.get(0)) {
                if (!point.isArray() || point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                    throw new ProblemException("problems.subscription.error.area");
                }
                corners.add(new Coordinate(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            if (corners.size() > MAX_CORNERS + 1) {
                throw new ProblemException("problems.subscription.error.areaCorners", MAX_CORNERS);
            }
            if (!corners.isEmpty() && !corners.getFirst().equals2D(corners.getLast())) {
                corners.add(new Coordinate(corners.getFirst()));
            }
            if (corners.size() < 4 || corners.stream().anyMatch(c -> !Double.isFinite(c.x) || !Double.isFinite(c.y))) {
                throw new ProblemException("problems.subscription.error.area");
            }
            LinearRing shell = FACTORY.createLinearRing(corners.toArray(Coordinate[]::new));
            return FACTORY.createPolygon(shell);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ProblemException("problems.subscription.error.area");
        }
    }
}
