package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_REPORT;
import static uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION;
import static uz.muhokama_db.Tables.PROBLEM_SUBSCRIPTION_MAIL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Repository;

/** Subscriptions to new reports by place and category, and the reports their feeds show. */
@Repository
public class JooqSubscriptionRepository {

    private final DSLContext dsl;

    JooqSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A stored subscription.
     *
     * @param categoryCode {@code null} for any category
     * @param areaWkt the drawn area, or {@code null}
     */
    public record SubscriptionRow(long id, long userId, Long categoryId, String categoryCode, String district,
                                  String areaWkt, boolean statusChanges, String feedToken, String unsubscribeToken,
                                  Instant createdAt) {
    }

    /** A new subscription; {@code area} is {@code null} unless an area was drawn. */
    public record NewRow(long userId, Long categoryId, String district, String areaWkt, Envelope area,
                         boolean statusChanges, String feedToken, String unsubscribeToken) {
    }

    /** A public report's place, to filter a feed by a drawn area. */
    public record PlacedReport(long id, double latitude, double longitude) {
    }

    public long insert(NewRow row, Instant now) {
        return dsl.insertInto(PROBLEM_SUBSCRIPTION)
                .set(PROBLEM_SUBSCRIPTION.USER_ID, row.userId())
                .set(PROBLEM_SUBSCRIPTION.CATEGORY_ID, row.categoryId())
                .set(PROBLEM_SUBSCRIPTION.DISTRICT, row.district())
                .set(PROBLEM_SUBSCRIPTION.AREA_WKT, row.areaWkt())
                .set(PROBLEM_SUBSCRIPTION.MIN_LAT, row.area() == null ? null : row.area().getMinY())
                .set(PROBLEM_SUBSCRIPTION.MAX_LAT, row.area() == null ? null : row.area().getMaxY())
                .set(PROBLEM_SUBSCRIPTION.MIN_LON, row.area() == null ? null : row.area().getMinX())
                .set(PROBLEM_SUBSCRIPTION.MAX_LON, row.area() == null ? null : row.area().getMaxX())
                .set(PROBLEM_SUBSCRIPTION.STATUS_CHANGES, row.statusChanges())
                .set(PROBLEM_SUBSCRIPTION.FEED_TOKEN, row.feedToken())
                .set(PROBLEM_SUBSCRIPTION.UNSUBSCRIBE_TOKEN, row.unsubscribeToken())
                .set(PROBLEM_SUBSCRIPTION.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(PROBLEM_SUBSCRIPTION.ID).fetchOne(PROBLEM_SUBSCRIPTION.ID);
    }

    /** A person's subscriptions, oldest first. */
    public List<SubscriptionRow> of(long userId) {
        return select().where(PROBLEM_SUBSCRIPTION.USER_ID.eq(userId)).orderBy(PROBLEM_SUBSCRIPTION.ID)
                .fetch(JooqSubscriptionRepository::row);
    }

    public int countOf(long userId) {
        return dsl.fetchCount(PROBLEM_SUBSCRIPTION, PROBLEM_SUBSCRIPTION.USER_ID.eq(userId));
    }

    public Optional<SubscriptionRow> find(long id) {
        return select().where(PROBLEM_SUBSCRIPTION.ID.eq(id)).fetchOptional(JooqSubscriptionRepository::row);
    }

    public Optional<SubscriptionRow> byFeedToken(String token) {
        return select().where(PROBLEM_SUBSCRIPTION.FEED_TOKEN.eq(token)).fetchOptional(JooqSubscriptionRepository::row);
    }

    public Optional<SubscriptionRow> byUnsubscribeToken(String token) {
        return select().where(PROBLEM_SUBSCRIPTION.UNSUBSCRIBE_TOKEN.eq(token))
                .fetchOptional(JooqSubscriptionRepository::row);
    }

    /**
     * Records that a subscription is mailed about an event of a report; false when it already was, and then no mail
     * should leave.
     */
    public boolean recordMail(long subscriptionId, long reportId, String eventKey, Instant now) {
        return dsl.insertInto(PROBLEM_SUBSCRIPTION_MAIL)
                .set(PROBLEM_SUBSCRIPTION_MAIL.SUBSCRIPTION_ID, subscriptionId)
                .set(PROBLEM_SUBSCRIPTION_MAIL.REPORT_ID, reportId)
                .set(PROBLEM_SUBSCRIPTION_MAIL.EVENT_KEY, eventKey)
                .set(PROBLEM_SUBSCRIPTION_MAIL.SENT_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(PROBLEM_SUBSCRIPTION).where(PROBLEM_SUBSCRIPTION.ID.eq(id)).execute() == 1;
    }

    /**
     * The subscriptions that may match a report: the same or any category, the same or any district, and a drawn
     * area whose bounding box holds the place (the caller checks the polygon itself); ordered by id.
     *
     * @param statusChangesOnly only subscriptions that asked for status changes too
     */
    public List<SubscriptionRow> candidates(long categoryId, String district, double latitude, double longitude,
                                            boolean statusChangesOnly) {
        List<Condition> where = new ArrayList<>();
        where.add(PROBLEM_SUBSCRIPTION.CATEGORY_ID.isNull().or(PROBLEM_SUBSCRIPTION.CATEGORY_ID.eq(categoryId)));
        where.add(district == null ? PROBLEM_SUBSCRIPTION.DISTRICT.isNull()
                : PROBLEM_SUBSCRIPTION.DISTRICT.isNull().or(PROBLEM_SUBSCRIPTION.DISTRICT.eq(district)));
        where.add(PROBLEM_SUBSCRIPTION.AREA_WKT.isNull().or(PROBLEM_SUBSCRIPTION.MIN_LAT.le(latitude)
                .and(PROBLEM_SUBSCRIPTION.MAX_LAT.ge(latitude)).and(PROBLEM_SUBSCRIPTION.MIN_LON.le(longitude))
                .and(PROBLEM_SUBSCRIPTION.MAX_LON.ge(longitude))));
        if (statusChangesOnly) {
            where.add(PROBLEM_SUBSCRIPTION.STATUS_CHANGES.isTrue());
        }
        return select().where(where).orderBy(PROBLEM_SUBSCRIPTION.ID).fetch(JooqSubscriptionRepository::row);
    }

    /**
     * The newest public reports of a category and district (each optional) inside a bounding box (optional), newest
     * first.
     */
    public List<PlacedReport> recentReports(Long categoryId, String district, Envelope box, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(PROBLEM_REPORT.HIDDEN.isFalse());
        if (categoryId != null) {
            where.add(PROBLEM_REPORT.CATEGORY_ID.eq(categoryId));
        }
        if (district != null) {
            where.add(PROBLEM_REPORT.DISTRICT.eq(district));
        }
        if (box != null) {
            where.add(PROBLEM_REPORT.LATITUDE.between(box.getMinY(), box.getMaxY()));
            where.add(PROBLEM_REPORT.LONGITUDE.between(box.getMinX(), box.getMaxX()));
        }
        return dsl.select(PROBLEM_REPORT.ID, PROBLEM_REPORT.LATITUDE, PROBLEM_REPORT.LONGITUDE).from(PROBLEM_REPORT)
                .where(where).orderBy(PROBLEM_REPORT.CREATED_AT.desc(), PROBLEM_REPORT.ID.desc()).limit(limit)
                .fetch(r -> new PlacedReport(r.value1(), r.value2(), r.value3()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(PROBLEM_SUBSCRIPTION.fields()).select(PROBLEM_CATEGORY.CODE).from(PROBLEM_SUBSCRIPTION)
                .leftJoin(PROBLEM_CATEGORY).on(PROBLEM_CATEGORY.ID.eq(PROBLEM_SUBSCRIPTION.CATEGORY_ID));
    }

    private static SubscriptionRow row(Record r) {
        return new SubscriptionRow(r.get(PROBLEM_SUBSCRIPTION.ID), r.get(PROBLEM_SUBSCRIPTION.USER_ID),
                r.get(PROBLEM_SUBSCRIPTION.CATEGORY_ID), r.get(PROBLEM_CATEGORY.CODE),
                r.get(PROBLEM_SUBSCRIPTION.DISTRICT), r.get(PROBLEM_SUBSCRIPTION.AREA_WKT),
                r.get(PROBLEM_SUBSCRIPTION.STATUS_CHANGES), r.get(PROBLEM_SUBSCRIPTION.FEED_TOKEN),
                r.get(PROBLEM_SUBSCRIPTION.UNSUBSCRIBE_TOKEN), r.get(PROBLEM_SUBSCRIPTION.CREATED_AT).toInstant());
    }
}
