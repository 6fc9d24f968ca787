package uz.muhokama.problems.internal;

import uz.muhokama.problems.ProblemException;

/** Places on the ground: the country's bounds and distances. */
public final class Places {

    /** Uzbekistan's bounding box, a little generous at the edges. */
    static final double MIN_LAT = 37.1;
    static final double MAX_LAT = 45.6;
    static final double MIN_LON = 55.9;
    static final double MAX_LON = 73.2;
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Places() {
    }

    /** @throws ProblemException {@code problems.error.outsideCountry} for a place outside Uzbekistan (or 0,0) */
    public static void requireInCountry(double latitude, double longitude) {
        if (!(latitude >= MIN_LAT && latitude <= MAX_LAT && longitude >= MIN_LON && longitude <= MAX_LON)) {
            throw new ProblemException("problems.error.outsideCountry");
        }
    }

    /** The great-circle distance in metres. */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude that span a distance. */
    public static double latitudeDegrees(double metres) {
        return Math.toDegrees(metres / EARTH_RADIUS_M);
    }

    /** Degrees of longitude that span a distance at a latitude. */
    public static double longitudeDegrees(double metres, double latitude) {
        return Math.toDegrees(metres / (EARTH_RADIUS_M * Math.cos(Math.toRadians(latitude))));
    }
}
