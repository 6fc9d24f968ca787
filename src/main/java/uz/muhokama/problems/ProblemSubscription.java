package uz.muhokama.problems;

import java.time.Instant;

/**
 * A person's subscription to new reports.
 *
 * @param categoryCode the category, or {@code null} for any
 * @param district the district, or {@code null}
 * @param areaGeoJson the drawn area as a GeoJSON polygon, or {@code null}
 * @param feedToken names the subscription's Atom feed ({@code /problems/feed/<token>.atom}); it cannot stop the mails
 */
public record ProblemSubscription(long id, String categoryCode, String district, String areaGeoJson,
                                  boolean statusChanges, String feedToken, Instant createdAt) {

    public boolean hasArea() {
        return areaGeoJson != null;
    }
}
