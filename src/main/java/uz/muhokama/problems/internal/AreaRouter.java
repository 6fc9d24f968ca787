package uz.muhokama.problems.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.stereotype.Component;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.internal.JooqAreaRepository.AreaRow;

/**
 * Point-in-polygon over service areas with JTS. Areas never change once stored, so their parsed and prepared
 * geometries are kept by id. Where areas overlap, the smallest one that contains the place wins: a district's own
 * network is more specific than a city-wide one.
 */
@Component
public class AreaRouter {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final Map<Long, Shape> shapes = new ConcurrentHashMap<>();

    private record Shape(PreparedGeometry prepared, double area) {
    }

    /**
     * Parses and checks an area's boundary: a valid polygon or multipolygon in WKT.
     *
     * @throws ProblemException {@code problems.error.boundary}
     */
    public static Geometry parse(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            throw new ProblemException("problems.error.boundary");
        }
        try {
            Geometry geometry = new WKTReader(FACTORY).read(wkt);
            if (!(geometry instanceof Polygonal) || geometry.isEmpty() || !geometry.isValid()) {
                throw new ProblemException("problems.error.boundary");
            }
            return geometry;
        } catch (ParseException e) {
            throw new ProblemException("problems.error.boundary");
        }
    }

    /** The smallest of the areas that contains the place, if any. */
    public Optional<AreaRow> locate(List<AreaRow> areas, double latitude, double longitude) {
        Point point = FACTORY.createPoint(new Coordinate(longitude, latitude));
        return areas.stream()
                .filter(area -> shape(area).prepared().covers(point))
                .min(Comparator.comparingDouble(area -> shape(area).area()));
    }

    private Shape shape(AreaRow area) {
        return shapes.computeIfAbsent(area.id(), id -> {
            Geometry geometry = parse(area.boundaryWkt());
            return new Shape(PreparedGeometryFactory.prepare(geometry), geometry.getArea());
        });
    }
}
