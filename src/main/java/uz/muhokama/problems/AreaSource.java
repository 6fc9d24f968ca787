package uz.muhokama.problems;

/**
 * Where a new service area's boundary comes from: an uploaded GeoJSON file, or a district already known (its
 * boundary as first drawn is reused).
 */
public sealed interface AreaSource {

    /** A GeoJSON file (Polygon, MultiPolygon, Feature or FeatureCollection), as uploaded. */
    record GeoJsonFile(String fileName, byte[] content) implements AreaSource {
    }

    /** A district named by {@link ProblemSetupService#knownDistricts()}. */
    record KnownDistrict(String district) implements AreaSource {
    }
}
