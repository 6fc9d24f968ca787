package uz.muhokama.problems;

/**
 * What a person asks to hear of: new reports of a category, in a district, in an area drawn on the map, or a category
 * within a district or area. At least one of the three is given; a district and an area never both.
 *
 * @param categoryCode a category's code, or {@code null} for any
 * @param district a district as the service areas name it, or {@code null}
 * @param areaGeoJson a GeoJSON polygon (longitude, latitude), or {@code null}
 * @param statusChanges also tell of each status change of the matching reports
 */
public record NewProblemSubscription(String categoryCode, String district, String areaGeoJson,
                                     boolean statusChanges) {
}
