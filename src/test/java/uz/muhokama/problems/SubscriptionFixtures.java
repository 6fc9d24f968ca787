package uz.muhokama.problems;

import static uz.muhokama_db.Tables.APP_USER;
import static uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jooq.DSLContext;
import uz.muhokama.support.TestAccount;

/** People who subscribe (with a confirmed address and a chosen language) and areas they draw, for subscription tests. */
public final class SubscriptionFixtures {

    private final DSLContext dsl;
    private final ProblemPeople people;

    public SubscriptionFixtures(DSLContext dsl, ProblemPeople people) {
        this.dsl = dsl;
        this.people = people;
    }

    /** A citizen whose address is confirmed (so that mails reach them) and who reads the platform in a language. */
    public TestAccount subscriber(String languageTag) {
        TestAccount person = people.citizen();
        dsl.update(APP_USER).set(APP_USER.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(APP_USER.PREFERRED_LOCALE, languageTag).where(APP_USER.ID.eq(person.userId())).execute();
        return person;
    }

    public int subscriptionsOf(TestAccount person) {
        return dsl.fetchCount(PROBLEM_SUBSCRIPTION, PROBLEM_SUBSCRIPTION.USER_ID.eq(person.userId()));
    }

    /** A square GeoJSON polygon of half-side {@code d} degrees around a place. */
    public static String square(double lat, double lon, double d) {
        return polygon(lon - d, lat - d, lon + d, lat - d, lon + d, lat + d, lon - d, lat + d);
    }

    /**
     * An L-shaped area around a place whose bounding box holds the place, but the place itself is in the cut-out
     * corner: only an exact point-in-polygon test leaves it out.
     */
    public static String aroundButNotOver(double lat, double lon) {
        double d = 0.01;
        return polygon(lon - d, lat - d, lon + d, lat - d, lon + d, lat - d / 2, lon - d / 2, lat - d / 2,
                lon - d / 2, lat + d, lon - d, lat + d);
    }

    /** A GeoJSON polygon through the given longitude, latitude pairs (closed here). */
    public static String polygon(double... lonLat) {
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < lonLat.length; i += 2) {
            json.append(String.format(Locale.ROOT, "[%f,%f],", lonLat[i], lonLat[i + 1]));
        }
        json.append(String.format(Locale.ROOT, "[%f,%f]]]}", lonLat[0], lonLat[1]));
        return json.toString();
    }
}
