package uz.muhokama.problems.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;
import uz.muhokama.problems.internal.JooqSubscriptionRepository.SubscriptionRow;

/**
 * Which subscriptions a report matches. SQL narrows the candidates (category, district, the area's bounding box), and
 * JTS decides for drawn areas whether the place is inside: areas are few per person and small, so the exact test in
 * memory costs less than a spatial index the platform does not otherwise need (H2 and PostgreSQL without PostGIS).
 */
@Component
public class SubscriptionMatcher {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final JooqSubscriptionRepository subscriptions;

    SubscriptionMatcher(JooqSubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * The subscriptions the report matches, one per person (their oldest matching one, whose link stops the mails),
     * leaving out the given people.
     *
     * @param statusChange only subscriptions that asked to hear of status changes too
     */
    public List<SubscriptionRow> matching(ReportRow report, boolean statusChange, Set<Long> leaveOut) {
        Set<Long> people = new HashSet<>(leaveOut);
        List<SubscriptionRow> matches = new ArrayList<>();
        for (SubscriptionRow candidate : subscriptions.candidates(report.categoryId(), report.district(),
                report.latitude(), report.longitude(), statusChange)) {
            if (!people.contains(candidate.userId()) && inArea(candidate, report.latitude(), report.longitude())) {
                people.add(candidate.userId());
                matches.add(candidate);
            }
        }
        return matches;
    }

    /** Whether a place is inside a drawn area (on its edge counts as inside). */
    public static boolean covers(Geometry area, double latitude, double longitude) {
        return area.covers(FACTORY.createPoint(new Coordinate(longitude, latitude)));
    }

    private static boolean inArea(SubscriptionRow subscription, double latitude, double longitude) {
        return subscription.areaWkt() == null
                || covers(SubscriptionAreas.fromWkt(subscription.areaWkt()), latitude, longitude);
    }
}
