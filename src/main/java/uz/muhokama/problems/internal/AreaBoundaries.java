package uz.muhokama.problems.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.muhokama.problems.ProblemException;

/**
 * Boundaries of service areas as administrators bring them: a GeoJSON file (Polygon, MultiPolygon, a Feature or a
 * FeatureCollection of them) turned into WKT, and the checks every boundary passes: a valid polygon or multipolygon
 * (JTS), inside the country, and small enough to store and to test points against quickly.
 */
public final class AreaBoundaries {

    /** Largest GeoJSON file accepted; a district's boundary is a few hundred kilobytes at most. */
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    /** More corners than a district needs make every report's routing slow. */
    public static final int MAX_VERTICES = 10_000;
    /** The size of the {@code boundary_wkt} column. */
    private static final int MAX_WKT_CHARS = 200_000;
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/geo+json", "text/plain");
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Tika TIKA = new Tika();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AreaBoundaries() {
    }

    /**
     * Reads an uploaded GeoJSON file into a boundary in WKT that passed {@link #check(String)}.
     *
     * @throws ProblemException {@code problems.admin.error.fileSize}, {@code problems.admin.error.fileType} (Tika
     *                          finds something else than text), {@code problems.admin.error.geojson}, and those of
     *                          {@link #check(String)}
     */
    public static String fromGeoJson(byte[] upload, String fileName) {
        if (upload == null || upload.length == 0 || upload.length > MAX_UPLOAD_BYTES) {
            throw new ProblemException("problems.admin.error.fileSize", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        String type = TIKA.detect(upload, fileName == null ? "" : fileName);
        if (!TEXT_TYPES.contains(type)) {
            throw new ProblemException("problems.admin.error.fileType");
        }
        List<Polygon> polygons = new ArrayList<>();
        try {
            collect(JSON.readTree(upload), polygons);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ProblemException("problems.admin.error.geojson");
        }
        if (polygons.isEmpty()) {
            throw new ProblemException("problems.admin.error.geojson");
        }
        Geometry geometry = polygons.size() == 1 ? polygons.getFirst()
                : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        String wkt = new WKTWriter().write(geometry);
        check(wkt);
        return wkt;
    }

    /**
     * Checks a boundary in WKT.
     *
     * @throws ProblemException {@code problems.error.boundary} (not a valid polygon or multipolygon),
     *                          {@code problems.admin.error.outsideCountry}, {@code problems.admin.error.tooDetailed}
     */
    public static Geometry check(String wkt) {
        if (wkt != null && wkt.length() > MAX_WKT_CHARS) {
            throw new ProblemException("problems.admin.error.tooDetailed", MAX_VERTICES);
        }
        Geometry geometry = AreaRouter.parse(wkt);
        if (geometry.getNumPoints() > MAX_VERTICES) {
            throw new ProblemException("problems.admin.error.tooDetailed", MAX_VERTICES);
        }
        Envelope country = new Envelope(Places.MIN_LON, Places.MAX_LON, Places.MIN_LAT, Places.MAX_LAT);
        if (!country.contains(geometry.getEnvelopeInternal())) {
            throw new ProblemException("problems.admin.error.outsideCountry");
        }
        return geometry;
    }

    /** A point inside the boundary, to mark the area on a map: {latitude, longitude}. */
    public static double[] inside(String wkt) {
        Coordinate c = AreaRouter.parse(wkt).getInteriorPoint().getCoordinate();
        return new double[] {c.y, c.x};
    }

    private static void collect(JsonNode node, List<Polygon> polygons) {
        String type = node.path("type").asString("");
        switch (type) {
            case "FeatureCollection" -> {
                for (JsonNode feature : node.path("features")) {
                    collect(feature, polygons);
                }
            }
            case "Feature" -> collect(node.path("geometry"), polygons);
            case "GeometryCollection" -> {
                for (JsonNode geometry : node.path("geometries")) {
                    collect(geometry, polygons);
                }
            }
            case "Polygon" -> polygons.add(polygon(node.path("coordinates")));
            case "MultiPolygon" -> {
                for (JsonNode rings : node.path("coordinates")) {
                    polygons.add(polygon(rings));
                }
            }
            default -> throw new ProblemException("problems.admin.error.geojson");
        }
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new ProblemException("problems.admin.error.geojson");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4 || positions.size() > MAX_VERTICES) {
            throw new ProblemException("problems.admin.error.geojson");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new ProblemException("problems.admin.error.geojson");
            }
            coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        return FACTORY.createLinearRing(coordinates);
    }
}
