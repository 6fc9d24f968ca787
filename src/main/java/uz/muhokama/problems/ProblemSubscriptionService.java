package uz.muhokama.problems;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.problems.internal.Actor;
import uz.muhokama.problems.internal.Actors;
import uz.muhokama.problems.internal.JooqAreaRepository;
import uz.muhokama.problems.internal.JooqCategoryRepository;
import uz.muhokama.problems.internal.JooqReportRepository;
import uz.muhokama.problems.internal.JooqSubscriptionRepository;
import uz.muhokama.problems.internal.JooqSubscriptionRepository.PlacedReport;
import uz.muhokama.problems.internal.JooqSubscriptionRepository.SubscriptionRow;
import uz.muhokama.problems.internal.Places;
import uz.muhokama.problems.internal.ReportViews;
import uz.muhokama.problems.internal.SubscriptionAreas;
import uz.muhokama.problems.internal.SubscriptionDescriptions;
import uz.muhokama.problems.internal.SubscriptionMatcher;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.SupportedLocale;

/**
 * Subscriptions to new reports in an area drawn on the map, a district or a category (or a category within an area
 * or district), by e-mail for signed-in people, and the Atom feeds anyone may read: by category, district or bounding
 * box, and by a subscription's unguessable feed token. A subscription's mails carry a link that stops it without
 * signing in. Matching and sending happen after a report commits (see {@code SubscriptionNotifier}).
 */
@Service
public class ProblemSubscriptionService {

    /** The most subscriptions one person may have. */
    public static final int MAX_PER_PERSON = 20;
    /** The most entries a feed shows. */
    public static final int FEED_ENTRIES = 50;
    /** How many reports inside an area's bounding box are looked at to fill a feed. */
    private static final int FEED_CANDIDATES = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JooqSubscriptionRepository subscriptions;
    private final JooqCategoryRepository categories;
    private final JooqAreaRepository areas;
    private final JooqReportRepository reports;
    private final SubscriptionDescriptions descriptions;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemSubscriptionService(JooqSubscriptionRepository subscriptions, JooqCategoryRepository categories,
                               JooqAreaRepository areas, JooqReportRepository reports,
                               SubscriptionDescriptions descriptions, Actors actors, ApplicationEventPublisher events,
                               ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.categories = categories;
        this.areas = areas;
        this.reports = reports;
        this.descriptions = descriptions;
        this.actors = actors;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Subscribes the signed-in person by e-mail.
     *
     * @throws ProblemException {@code problems.subscription.error.empty} (nothing chosen),
     *     {@code .districtAndArea}, {@code .category} or {@code .district} (unknown), the area's refusals of
     *     {@code problems.subscription.error.area*}, {@code .tooMany}, {@code .duplicate}; nothing is kept then
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ProblemSubscription subscribe(NewProblemSubscription wanted) {
        Actor actor = signedIn();
        String categoryCode = blankToNull(wanted.categoryCode());
        String district = blankToNull(wanted.district());
        String geoJson = blankToNull(wanted.areaGeoJson());
        if (categoryCode == null && district == null && geoJson == null) {
            throw new ProblemException("problems.subscription.error.empty");
        }
        if (district != null && geoJson != null) {
            throw new ProblemException("problems.subscription.error.districtAndArea");
        }
        Long categoryId = categoryCode == null ? null : category(categoryCode).id();
        if (district != null) {
            requireDistrict(district);
        }
        Polygon area = geoJson == null ? null : SubscriptionAreas.fromGeoJson(geoJson);
        String wkt = area == null ? null : SubscriptionAreas.toWkt(area);
        List<SubscriptionRow> existing = subscriptions.of(actor.userId());
        if (existing.size() >= MAX_PER_PERSON) {
            throw new ProblemException("problems.subscription.error.tooMany", MAX_PER_PERSON);
        }
        boolean duplicate = existing.stream().anyMatch(s -> Objects.equals(s.categoryId(), categoryId)
                && Objects.equals(s.district(), district) && Objects.equals(s.areaWkt(), wkt));
        if (duplicate) {
            throw new ProblemException("problems.subscription.error.duplicate");
        }
        Instant now = now();
        long id = subscriptions.insert(new JooqSubscriptionRepository.NewRow(actor.userId(), categoryId, district, wkt,
                area == null ? null : area.getEnvelopeInternal(), wanted.statusChanges(), token(), token()), now);
        events.publishEvent(new AuditableAction("PROBLEM_SUBSCRIBED", actor.userId(), actor.auditName(),
                "problem-subscription:" + id, null, null, now));
        return view(subscriptions.find(id).orElseThrow());
    }

    /** The signed-in person's subscriptions, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProblemSubscription> mine() {
        return subscriptions.of(signedIn().userId()).stream().map(ProblemSubscriptionService::view).toList();
    }

    /**
     * Removes one of the signed-in person's subscriptions.
     *
     * @throws ProblemForbiddenException {@code problems.subscription.error.notYours} for anyone else's or an unknown one
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long subscriptionId) {
        Actor actor = signedIn();
        SubscriptionRow row = subscriptions.find(subscriptionId).filter(s -> s.userId() == actor.userId())
                .orElseThrow(() -> new ProblemForbiddenException("problems.subscription.error.notYours"));
        subscriptions.delete(row.id());
        events.publishEvent(new AuditableAction("PROBLEM_UNSUBSCRIBED", actor.userId(), actor.auditName(),
                "problem-subscription:" + row.id(), null, null, now()));
    }

    /** What the stop link of a mail would stop, so that its page can ask first; empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<ProblemSubscription> byUnsubscribeToken(String token) {
        return validToken(token) ? subscriptions.byUnsubscribeToken(token).map(ProblemSubscriptionService::view)
                : Optional.empty();
    }

    /**
     * Stops a subscription by the token of its mails' link, without signing in (also the one-click unsubscribe of
     * RFC 8058).
     *
     * @return whether a subscription was stopped (false for an unknown or already stopped one)
     */
    @Transactional
    public boolean unsubscribe(String token) {
        if (!validToken(token)) {
            return false;
        }
        Optional<SubscriptionRow> row = subscriptions.byUnsubscribeToken(token);
        row.ifPresent(s -> {
            subscriptions.delete(s.id());
            events.publishEvent(new AuditableAction("PROBLEM_UNSUBSCRIBED_BY_LINK", s.userId(), "link",
                    "problem-subscription:" + s.id(), null, null, now()));
        });
        return row.isPresent();
    }

    /** Says what a subscription follows, in a language ("Water leak · Chilonzor"). */
    @Transactional(readOnly = true)
    public String describe(ProblemSubscription subscription, Locale locale) {
        SupportedLocale language = SupportedLocale.closestTo(locale);
        Category category = subscription.categoryCode() == null ? null
                : categories.findByCode(subscription.categoryCode()).orElse(null);
        String wkt = subscription.hasArea()
                ? SubscriptionAreas.toWkt(SubscriptionAreas.fromGeoJson(subscription.areaGeoJson())) : null;
        return descriptions.describe(category, subscription.district(), wkt, language);
    }

    /**
     * The newest public reports for a feed: of a category, in a district, inside a bounding box
     * ({@code minLon,minLat,maxLon,maxLat}); each optional.
     *
     * @throws ProblemException {@code problems.feed.error.category}, {@code .district} or {@code .bbox}
     */
    @Transactional(readOnly = true)
    public List<ReportSummary> feed(String categoryCode, String district, String bbox) {
        Long categoryId = blankToNull(categoryCode) == null ? null : categories.findByCode(categoryCode.strip())
                .map(Category::id).orElseThrow(() -> new ProblemException("problems.feed.error.category"));
        String place = blankToNull(district);
        if (place != null && !areas.districts().contains(place)) {
            throw new ProblemException("problems.feed.error.district");
        }
        Envelope box = blankToNull(bbox) == null ? null : box(bbox);
        return summaries(subscriptions.recentReports(categoryId, place, box, FEED_ENTRIES));
    }

    /** A subscription's feed by its token: the subscription and its newest reports; empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<SubscriptionFeed> feed(String feedToken) {
        if (!validToken(feedToken)) {
            return Optional.empty();
        }
        return subscriptions.byFeedToken(feedToken).map(row -> {
            List<PlacedReport> placed;
            if (row.areaWkt() == null) {
                placed = subscriptions.recentReports(row.categoryId(), row.district(), null, FEED_ENTRIES);
            } else {
                Geometry area = SubscriptionAreas.fromWkt(row.areaWkt());
                placed = subscriptions.recentReports(row.categoryId(), null, area.getEnvelopeInternal(),
                                FEED_CANDIDATES).stream()
                        .filter(r -> SubscriptionMatcher.covers(area, r.latitude(), r.longitude()))
                        .limit(FEED_ENTRIES).toList();
            }
            return new SubscriptionFeed(view(row), summaries(placed));
        });
    }

    /** A subscription's Atom feed: the subscription and its newest matching reports, newest first. */
    public record SubscriptionFeed(ProblemSubscription subscription, List<ReportSummary> reports) {
    }

    private List<ReportSummary> summaries(List<PlacedReport> placed) {
        Instant now = now();
        return placed.stream().map(p -> reports.find(p.id())).flatMap(Optional::stream)
                .map(r -> ReportViews.summary(r, null, now)).toList();
    }

    private Category category(String code) {
        return categories.findByCode(code)
                .orElseThrow(() -> new ProblemException("problems.subscription.error.category"));
    }

    private void requireDistrict(String district) {
        if (!areas.districts().contains(district)) {
            throw new ProblemException("problems.subscription.error.district");
        }
    }

    private static Envelope box(String bbox) {
        String[] parts = bbox.split(",");
        double[] numbers = new double[4];
        try {
            for (int i = 0; i < 4 && parts.length == 4; i++) {
                numbers[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new ProblemException("problems.feed.error.bbox");
        }
        Envelope box = new Envelope(numbers[0], numbers[2], numbers[1], numbers[3]);
        if (parts.length != 4 || !(numbers[0] < numbers[2] && numbers[1] < numbers[3])
                || !inCountry(box.getMinY(), box.getMinX()) || !inCountry(box.getMaxY(), box.getMaxX())) {
            throw new ProblemException("problems.feed.error.bbox");
        }
        return box;
    }

    private static boolean inCountry(double latitude, double longitude) {
        try {
            Places.requireInCountry(latitude, longitude);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static ProblemSubscription view(SubscriptionRow row) {
        return new ProblemSubscription(row.id(), row.categoryCode(), row.district(),
                row.areaWkt() == null ? null : SubscriptionAreas.toGeoJson(SubscriptionAreas.fromWkt(row.areaWkt())),
                row.statusChanges(), row.feedToken(), row.createdAt());
    }

    private Actor signedIn() {
        Actor actor = actors.current();
        if (actor.userId() == null) {
            throw new ProblemForbiddenException("problems.error.signInRequired");
        }
        return actor;
    }

    private static boolean validToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,40}");
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
