package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_FOLLOW;
import static uz.muhokama_db.Tables.PROBLEM_PHOTO;
import static uz.muhokama_db.Tables.PROBLEM_REPORT;
import static uz.muhokama_db.Tables.PROBLEM_RESPONSE_TEMPLATE;
import static uz.muhokama_db.Tables.PROBLEM_SUPPORTER;
import static uz.muhokama_db.Tables.PROBLEM_UPDATE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ReportPin;
import uz.muhokama.problems.ReportFilter;
import uz.muhokama.problems.ReportUpdate;
import uz.muhokama.problems.ResponseTemplate;

/** Reports, their history, photos, supporters, followers, and the organisations' response templates. */
@Repository
public class JooqReportRepository {

    private final DSLContext dsl;

    JooqReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A report to insert; see the table's columns. */
    public record NewRow(long categoryId, double latitude, double longitude, String address, String district,
                         String title, String description, Long organisationId, Long reporterId,
                         String reporterName, String reporterEmail, boolean showName, Long clientId,
                         String attributes, Instant deadline, String token, Instant createdAt) {
    }

    /** A stored photo's keys. */
    public record PhotoRow(long id, long reportId, String imageKey, String mediumKey, String thumbKey,
                           boolean reportHidden) {
    }

    /** Someone to tell about a report's updates. */
    public record Follower(long userId, String email) {
    }

    public long insert(NewRow row) {
        OffsetDateTime created = utc(row.createdAt());
        return dsl.insertInto(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.CATEGORY_ID, row.categoryId())
                .set(PROBLEM_REPORT.LATITUDE, row.latitude())
                .set(PROBLEM_REPORT.LONGITUDE, row.longitude())
                .set(PROBLEM_REPORT.ADDRESS, row.address())
                .set(PROBLEM_REPORT.DISTRICT, row.district())
                .set(PROBLEM_REPORT.TITLE, row.title())
                .set(PROBLEM_REPORT.DESCRIPTION, row.description())
                .set(PROBLEM_REPORT.STATUS, ProblemStatus.NEW.name())
                .set(PROBLEM_REPORT.ORGANISATION_ID, row.organisationId())
                .set(PROBLEM_REPORT.REPORTER_ID, row.reporterId())
                .set(PROBLEM_REPORT.REPORTER_NAME, row.reporterName())
                .set(PROBLEM_REPORT.REPORTER_EMAIL, row.reporterEmail())
                .set(PROBLEM_REPORT.SHOW_NAME, row.showName())
                .set(PROBLEM_REPORT.CLIENT_ID, row.clientId())
                .set(PROBLEM_REPORT.ATTRIBUTES, row.attributes())
                .set(PROBLEM_REPORT.DEADLINE_AT, utc(row.deadline()))
                .set(PROBLEM_REPORT.TOKEN, row.token())
                .set(PROBLEM_REPORT.CREATED_AT, created)
                .set(PROBLEM_REPORT.UPDATED_AT, created)
                .returning(PROBLEM_REPORT.ID).fetchOne(PROBLEM_REPORT.ID);
    }

    public Optional<ReportRow> find(long id) {
        return select().where(PROBLEM_REPORT.ID.eq(id)).fetchOptional(JooqReportRepository::row);
    }

    public Optional<ReportRow> findByToken(String token) {
        return select().where(PROBLEM_REPORT.TOKEN.eq(token)).fetchOptional(JooqReportRepository::row);
    }

    /** Public reports matching a filter, newest first. */
    public List<ReportRow> list(ReportFilter filter, Instant now, int offset, int limit) {
        return select().where(conditions(filter, now)).orderBy(PROBLEM_REPORT.CREATED_AT.desc(), PROBLEM_REPORT.ID.desc())
                .offset(offset).limit(limit).fetch(JooqReportRepository::row);
    }

    public int count(ReportFilter filter, Instant now) {
        return dsl.fetchCount(dsl.selectOne().from(PROBLEM_REPORT).where(conditions(filter, now)));
    }

    /** Public reports matching a filter as map points, newest first. */
    public List<ReportPin> pins(ReportFilter filter, Instant now, int limit) {
        return dsl.select(PROBLEM_REPORT.ID, PROBLEM_REPORT.LATITUDE, PROBLEM_REPORT.LONGITUDE, PROBLEM_REPORT.TITLE,
                        PROBLEM_REPORT.STATUS, PROBLEM_REPORT.DEADLINE_AT)
                .from(PROBLEM_REPORT).where(conditions(filter, now))
                .orderBy(PROBLEM_REPORT.CREATED_AT.desc(), PROBLEM_REPORT.ID.desc()).limit(limit)
                .fetch(r -> {
                    ProblemStatus status = ProblemStatus.valueOf(r.value5());
                    return new ReportPin(new ReportId(r.value1()), r.value2(), r.value3(), r.value4(), status,
                            status.isOpen() && now.isAfter(r.value6().toInstant()));
                });
    }

    /** Reports for Open311: any of the ids or codes (empty means any), a time range, open or closed. */
    public List<ReportRow> open311(Collection<Long> ids, Collection<String> codes, Instant start, Instant end,
                                   Boolean open, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(PROBLEM_REPORT.HIDDEN.isFalse());
        if (!ids.isEmpty()) {
            where.add(PROBLEM_REPORT.ID.in(ids));
        }
        if (!codes.isEmpty()) {
            where.add(PROBLEM_CATEGORY.CODE.in(codes));
        }
        if (start != null) {
            where.add(PROBLEM_REPORT.CREATED_AT.ge(utc(start)));
        }
        if (end != null) {
            where.add(PROBLEM_REPORT.CREATED_AT.le(utc(end)));
        }
        if (open != null) {
            List<String> statuses = java.util.Arrays.stream(ProblemStatus.values())
                    .filter(s -> s.isOpen() == open).map(Enum::name).toList();
            where.add(PROBLEM_REPORT.STATUS.in(statuses));
        }
        return select().where(where).orderBy(PROBLEM_REPORT.CREATED_AT.desc(), PROBLEM_REPORT.ID.desc())
                .limit(limit).fetch(JooqReportRepository::row);
    }

    /** Open reports of a category inside a box created since a moment, for duplicate suggestions. */
    public List<ReportRow> near(long categoryId, double minLat, double maxLat, double minLon, double maxLon,
                                Instant since) {
        return select().where(PROBLEM_REPORT.CATEGORY_ID.eq(categoryId),
                        PROBLEM_REPORT.LATITUDE.between(minLat, maxLat),
                        PROBLEM_REPORT.LONGITUDE.between(minLon, maxLon),
                        PROBLEM_REPORT.CREATED_AT.ge(utc(since)),
                        PROBLEM_REPORT.HIDDEN.isFalse(),
                        PROBLEM_REPORT.MERGED_INTO_ID.isNull(),
                        PROBLEM_REPORT.STATUS.in(openStatuses()))
                .orderBy(PROBLEM_REPORT.CREATED_AT.desc()).limit(50).fetch(JooqReportRepository::row);
    }

    /** Changes the status if the row still has the version the caller read. */
    public boolean updateStatus(long id, int version, ProblemStatus status, Instant now) {
        var update = dsl.update(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.STATUS, status.name())
                .set(PROBLEM_REPORT.UPDATED_AT, utc(now))
                .set(PROBLEM_REPORT.VERSION, PROBLEM_REPORT.VERSION.plus(1));
        if (status == ProblemStatus.ACKNOWLEDGED) {
            update = update.set(PROBLEM_REPORT.ACKNOWLEDGED_AT,
                    DSL.coalesce(PROBLEM_REPORT.ACKNOWLEDGED_AT, DSL.val(utc(now))));
        }
        if (status == ProblemStatus.FIXED) {
            update = update.set(PROBLEM_REPORT.FIXED_AT, utc(now));
        }
        return update.where(PROBLEM_REPORT.ID.eq(id), PROBLEM_REPORT.VERSION.eq(version)).execute() == 1;
    }

    public boolean merge(long id, int version, long intoId, Instant now) {
        return dsl.update(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.STATUS, ProblemStatus.DUPLICATE.name())
                .set(PROBLEM_REPORT.MERGED_INTO_ID, intoId)
                .set(PROBLEM_REPORT.UPDATED_AT, utc(now))
                .set(PROBLEM_REPORT.VERSION, PROBLEM_REPORT.VERSION.plus(1))
                .where(PROBLEM_REPORT.ID.eq(id), PROBLEM_REPORT.VERSION.eq(version)).execute() == 1;
    }

    public boolean reassign(long id, int version, Long organisationId, Instant now) {
        return dsl.update(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.ORGANISATION_ID, organisationId)
                .set(PROBLEM_REPORT.STATUS, ProblemStatus.NEW.name())
                .set(PROBLEM_REPORT.UPDATED_AT, utc(now))
                .set(PROBLEM_REPORT.VERSION, PROBLEM_REPORT.VERSION.plus(1))
                .where(PROBLEM_REPORT.ID.eq(id), PROBLEM_REPORT.VERSION.eq(version)).execute() == 1;
    }

    public boolean extend(long id, int version, Instant deadline, String reason, Instant now) {
        return dsl.update(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.DEADLINE_AT, utc(deadline))
                .set(PROBLEM_REPORT.EXTENDED, true)
                .set(PROBLEM_REPORT.EXTENSION_REASON, reason)
                .set(PROBLEM_REPORT.UPDATED_AT, utc(now))
                .set(PROBLEM_REPORT.VERSION, PROBLEM_REPORT.VERSION.plus(1))
                .where(PROBLEM_REPORT.ID.eq(id), PROBLEM_REPORT.VERSION.eq(version),
                        PROBLEM_REPORT.EXTENDED.isFalse()).execute() == 1;
    }

    public void setHidden(long id, boolean hidden, Instant now) {
        dsl.update(PROBLEM_REPORT).set(PROBLEM_REPORT.HIDDEN, hidden).set(PROBLEM_REPORT.UPDATED_AT, utc(now))
                .set(PROBLEM_REPORT.VERSION, PROBLEM_REPORT.VERSION.plus(1))
                .where(PROBLEM_REPORT.ID.eq(id)).execute();
    }

    public void touch(long id, Instant now) {
        dsl.update(PROBLEM_REPORT).set(PROBLEM_REPORT.UPDATED_AT, utc(now))
                .set(PROBLEM_REPORT.VERSION, PROBLEM_REPORT.VERSION.plus(1))
                .where(PROBLEM_REPORT.ID.eq(id)).execute();
    }

    public long insertUpdate(long reportId, ProblemStatus status, String note, Long authorId, String authorEmail,
                             ReportUpdate.AuthorKind kind, Long organisationId, Instant now) {
        return dsl.insertInto(PROBLEM_UPDATE)
                .set(PROBLEM_UPDATE.REPORT_ID, reportId)
                .set(PROBLEM_UPDATE.STATUS, status == null ? null : status.name())
                .set(PROBLEM_UPDATE.NOTE, note)
                .set(PROBLEM_UPDATE.AUTHOR_ID, authorId)
                .set(PROBLEM_UPDATE.AUTHOR_EMAIL, authorEmail)
                .set(PROBLEM_UPDATE.AUTHOR_KIND, kind.name())
                .set(PROBLEM_UPDATE.ORGANISATION_ID, organisationId)
                .set(PROBLEM_UPDATE.CREATED_AT, utc(now))
                .returning(PROBLEM_UPDATE.ID).fetchOne(PROBLEM_UPDATE.ID);
    }

    /** The public history, oldest first, with each update's photos. */
    public List<ReportUpdate> history(long reportId) {
        Map<Long, List<Long>> photos = dsl.select(PROBLEM_PHOTO.UPDATE_ID, PROBLEM_PHOTO.ID).from(PROBLEM_PHOTO)
                .where(PROBLEM_PHOTO.REPORT_ID.eq(reportId), PROBLEM_PHOTO.UPDATE_ID.isNotNull())
                .orderBy(PROBLEM_PHOTO.POSITION, PROBLEM_PHOTO.ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(),
                        Collectors.toList())));
        return dsl.selectFrom(PROBLEM_UPDATE).where(PROBLEM_UPDATE.REPORT_ID.eq(reportId))
                .orderBy(PROBLEM_UPDATE.CREATED_AT, PROBLEM_UPDATE.ID)
                .fetch(r -> new ReportUpdate(r.getId(), r.getStatus() == null ? null : ProblemStatus.valueOf(r.getStatus()),
                        r.getNote(), ReportUpdate.AuthorKind.valueOf(r.getAuthorKind()), r.getCreatedAt().toInstant(),
                        photos.getOrDefault(r.getId(), List.of())));
    }

    /** The e-mail of the staff member who last wrote an update on the report, if any. */
    public Optional<String> lastStaffEmail(long reportId) {
        return dsl.select(PROBLEM_UPDATE.AUTHOR_EMAIL).from(PROBLEM_UPDATE)
                .where(PROBLEM_UPDATE.REPORT_ID.eq(reportId),
                        PROBLEM_UPDATE.AUTHOR_KIND.eq(ReportUpdate.AuthorKind.STAFF.name()),
                        PROBLEM_UPDATE.AUTHOR_EMAIL.isNotNull())
                .orderBy(PROBLEM_UPDATE.CREATED_AT.desc(), PROBLEM_UPDATE.ID.desc()).limit(1)
                .fetchOptional(PROBLEM_UPDATE.AUTHOR_EMAIL);
    }

    public long insertPhoto(long reportId, Long updateId, TransactionalPhotoWriter.Keys keys, int width, int height,
                            int position, Instant now) {
        return dsl.insertInto(PROBLEM_PHOTO)
                .set(PROBLEM_PHOTO.REPORT_ID, reportId)
                .set(PROBLEM_PHOTO.UPDATE_ID, updateId)
                .set(PROBLEM_PHOTO.IMAGE_KEY, keys.image())
                .set(PROBLEM_PHOTO.MEDIUM_KEY, keys.medium())
                .set(PROBLEM_PHOTO.THUMB_KEY, keys.thumbnail())
                .set(PROBLEM_PHOTO.WIDTH, width)
                .set(PROBLEM_PHOTO.HEIGHT, height)
                .set(PROBLEM_PHOTO.POSITION, position)
                .set(PROBLEM_PHOTO.CREATED_AT, utc(now))
                .returning(PROBLEM_PHOTO.ID).fetchOne(PROBLEM_PHOTO.ID);
    }

    /** The photos the reporter sent with the report (not those of later updates). */
    public List<Long> reportPhotos(long reportId) {
        return dsl.select(PROBLEM_PHOTO.ID).from(PROBLEM_PHOTO)
                .where(PROBLEM_PHOTO.REPORT_ID.eq(reportId), PROBLEM_PHOTO.UPDATE_ID.isNull())
                .orderBy(PROBLEM_PHOTO.POSITION, PROBLEM_PHOTO.ID).fetch(PROBLEM_PHOTO.ID);
    }

    /** The first photo of each report, for thumbnails in lists. */
    public Map<Long, Long> firstPhotos(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PROBLEM_PHOTO.REPORT_ID, DSL.min(PROBLEM_PHOTO.ID)).from(PROBLEM_PHOTO)
                .where(PROBLEM_PHOTO.REPORT_ID.in(reportIds), PROBLEM_PHOTO.UPDATE_ID.isNull())
                .groupBy(PROBLEM_PHOTO.REPORT_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    public Optional<PhotoRow> photo(long photoId) {
        return dsl.select(PROBLEM_PHOTO.ID, PROBLEM_PHOTO.REPORT_ID, PROBLEM_PHOTO.IMAGE_KEY, PROBLEM_PHOTO.MEDIUM_KEY,
                        PROBLEM_PHOTO.THUMB_KEY, PROBLEM_REPORT.HIDDEN)
                .from(PROBLEM_PHOTO).join(PROBLEM_REPORT).on(PROBLEM_REPORT.ID.eq(PROBLEM_PHOTO.REPORT_ID))
                .where(PROBLEM_PHOTO.ID.eq(photoId))
                .fetchOptional(r -> new PhotoRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    /** Adds a supporter once; returns whether the person was new. */
    public boolean addSupporter(long reportId, long userId, Instant now) {
        if (dsl.fetchExists(PROBLEM_SUPPORTER, PROBLEM_SUPPORTER.REPORT_ID.eq(reportId),
                PROBLEM_SUPPORTER.USER_ID.eq(userId))) {
            return false;
        }
        dsl.insertInto(PROBLEM_SUPPORTER).set(PROBLEM_SUPPORTER.REPORT_ID, reportId)
                .set(PROBLEM_SUPPORTER.USER_ID, userId).set(PROBLEM_SUPPORTER.CREATED_AT, utc(now)).execute();
        dsl.update(PROBLEM_REPORT).set(PROBLEM_REPORT.SUPPORTERS, PROBLEM_REPORT.SUPPORTERS.plus(1))
                .where(PROBLEM_REPORT.ID.eq(reportId)).execute();
        return true;
    }

    public boolean isSupporter(long reportId, long userId) {
        return dsl.fetchExists(PROBLEM_SUPPORTER, PROBLEM_SUPPORTER.REPORT_ID.eq(reportId),
                PROBLEM_SUPPORTER.USER_ID.eq(userId));
    }

    public void follow(long reportId, long userId, String email, Instant now) {
        if (!isFollowing(reportId, userId)) {
            dsl.insertInto(PROBLEM_FOLLOW).set(PROBLEM_FOLLOW.REPORT_ID, reportId).set(PROBLEM_FOLLOW.USER_ID, userId)
                    .set(PROBLEM_FOLLOW.EMAIL, email).set(PROBLEM_FOLLOW.CREATED_AT, utc(now)).execute();
        }
    }

    public void unfollow(long reportId, long userId) {
        dsl.deleteFrom(PROBLEM_FOLLOW).where(PROBLEM_FOLLOW.REPORT_ID.eq(reportId), PROBLEM_FOLLOW.USER_ID.eq(userId))
                .execute();
    }

    public boolean isFollowing(long reportId, long userId) {
        return dsl.fetchExists(PROBLEM_FOLLOW, PROBLEM_FOLLOW.REPORT_ID.eq(reportId), PROBLEM_FOLLOW.USER_ID.eq(userId));
    }

    public List<Follower> followers(long reportId) {
        return dsl.select(PROBLEM_FOLLOW.USER_ID, PROBLEM_FOLLOW.EMAIL).from(PROBLEM_FOLLOW)
                .where(PROBLEM_FOLLOW.REPORT_ID.eq(reportId))
                .fetch(r -> new Follower(r.value1(), r.value2()));
    }

    public List<ResponseTemplate> templates(long organisationId) {
        return dsl.selectFrom(PROBLEM_RESPONSE_TEMPLATE)
                .where(PROBLEM_RESPONSE_TEMPLATE.ORGANISATION_ID.eq(organisationId))
                .orderBy(PROBLEM_RESPONSE_TEMPLATE.TITLE)
                .fetch(r -> new ResponseTemplate(r.getId(), r.getTitle(), r.getBody()));
    }

    public long insertTemplate(long organisationId, String title, String body, Instant now) {
        return dsl.insertInto(PROBLEM_RESPONSE_TEMPLATE)
                .set(PROBLEM_RESPONSE_TEMPLATE.ORGANISATION_ID, organisationId)
                .set(PROBLEM_RESPONSE_TEMPLATE.TITLE, title)
                .set(PROBLEM_RESPONSE_TEMPLATE.BODY, body)
                .set(PROBLEM_RESPONSE_TEMPLATE.CREATED_AT, utc(now))
                .returning(PROBLEM_RESPONSE_TEMPLATE.ID).fetchOne(PROBLEM_RESPONSE_TEMPLATE.ID);
    }

    /** An update with its report's id and current status, for the Open311 updates feed. */
    public record UpdateRow(long id, long reportId, ProblemStatus status, String note, Instant createdAt,
                            ProblemStatus reportStatus, Long firstPhotoId) {
    }

    /** Updates of public reports made in a time range, oldest first. */
    public List<UpdateRow> updatesBetween(Instant start, Instant end, int limit) {
        var photo = DSL.select(DSL.min(PROBLEM_PHOTO.ID)).from(PROBLEM_PHOTO)
                .where(PROBLEM_PHOTO.UPDATE_ID.eq(PROBLEM_UPDATE.ID)).asField("photo");
        return dsl.select(PROBLEM_UPDATE.ID, PROBLEM_UPDATE.REPORT_ID, PROBLEM_UPDATE.STATUS, PROBLEM_UPDATE.NOTE,
                        PROBLEM_UPDATE.CREATED_AT, PROBLEM_REPORT.STATUS, photo)
                .from(PROBLEM_UPDATE).join(PROBLEM_REPORT).on(PROBLEM_REPORT.ID.eq(PROBLEM_UPDATE.REPORT_ID))
                .where(PROBLEM_REPORT.HIDDEN.isFalse(), PROBLEM_UPDATE.CREATED_AT.ge(utc(start)),
                        PROBLEM_UPDATE.CREATED_AT.le(utc(end)))
                .orderBy(PROBLEM_UPDATE.CREATED_AT, PROBLEM_UPDATE.ID).limit(limit)
                .fetch(r -> new UpdateRow(r.value1(), r.value2(),
                        r.value3() == null ? null : ProblemStatus.valueOf(r.value3()), r.value4(),
                        r.value5().toInstant(), ProblemStatus.valueOf(r.value6()), (Long) r.value7()));
    }

    /** The last public note of each report, for Open311's status notes. */
    public Map<Long, String> lastNotes(Collection<Long> reportIds) {
        Map<Long, String> notes = new java.util.HashMap<>();
        if (reportIds.isEmpty()) {
            return notes;
        }
        dsl.select(PROBLEM_UPDATE.REPORT_ID, PROBLEM_UPDATE.NOTE).from(PROBLEM_UPDATE)
                .where(PROBLEM_UPDATE.REPORT_ID.in(reportIds), PROBLEM_UPDATE.NOTE.isNotNull())
                .orderBy(PROBLEM_UPDATE.CREATED_AT, PROBLEM_UPDATE.ID)
                .forEach(r -> notes.put(r.value1(), r.value2()));
        return notes;
    }

    /** Moves a report and its history back in time by an amount, keeping every interval between them. */
    public void shiftBack(long id, java.time.Duration age) {
        ReportRow row = find(id).orElseThrow();
        dsl.update(PROBLEM_REPORT)
                .set(PROBLEM_REPORT.CREATED_AT, utc(row.createdAt().minus(age)))
                .set(PROBLEM_REPORT.UPDATED_AT, utc(row.updatedAt().minus(age)))
                .set(PROBLEM_REPORT.DEADLINE_AT, utc(row.deadline().minus(age)))
                .set(PROBLEM_REPORT.ACKNOWLEDGED_AT, row.acknowledgedAt() == null ? null
                        : utc(row.acknowledgedAt().minus(age)))
                .set(PROBLEM_REPORT.FIXED_AT, row.fixedAt() == null ? null : utc(row.fixedAt().minus(age)))
                .where(PROBLEM_REPORT.ID.eq(id)).execute();
        for (var update : dsl.selectFrom(PROBLEM_UPDATE).where(PROBLEM_UPDATE.REPORT_ID.eq(id)).fetch()) {
            dsl.update(PROBLEM_UPDATE).set(PROBLEM_UPDATE.CREATED_AT, update.getCreatedAt().minus(age))
                    .where(PROBLEM_UPDATE.ID.eq(update.getId())).execute();
        }
    }

    public boolean anyReports() {
        return dsl.fetchExists(PROBLEM_REPORT);
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(PROBLEM_REPORT.fields()).select(PROBLEM_CATEGORY.CODE).from(PROBLEM_REPORT)
                .join(PROBLEM_CATEGORY).on(PROBLEM_CATEGORY.ID.eq(PROBLEM_REPORT.CATEGORY_ID));
    }

    private static List<Condition> conditions(ReportFilter filter, Instant now) {
        List<Condition> where = new ArrayList<>();
        where.add(PROBLEM_REPORT.HIDDEN.isFalse());
        if (filter.categoryCode() != null) {
            // By id, so that the category's index on the reports serves the filter and counting needs no join.
            where.add(PROBLEM_REPORT.CATEGORY_ID.eq(DSL.select(PROBLEM_CATEGORY.ID).from(PROBLEM_CATEGORY)
                    .where(PROBLEM_CATEGORY.CODE.eq(filter.categoryCode()))));
        }
        if (filter.status() != null) {
            where.add(PROBLEM_REPORT.STATUS.eq(filter.status().name()));
        }
        if (filter.district() != null) {
            where.add(PROBLEM_REPORT.DISTRICT.eq(filter.district()));
        }
        if (filter.organisation() != null) {
            where.add(PROBLEM_REPORT.ORGANISATION_ID.eq(filter.organisation().value()));
        }
        if (filter.triage()) {
            where.add(PROBLEM_REPORT.ORGANISATION_ID.isNull());
        }
        if (filter.from() != null) {
            where.add(PROBLEM_REPORT.CREATED_AT.ge(utc(filter.from())));
        }
        if (filter.to() != null) {
            where.add(PROBLEM_REPORT.CREATED_AT.lt(utc(filter.to())));
        }
        if (filter.overdueOnly()) {
            where.add(PROBLEM_REPORT.STATUS.in(openStatuses()));
            where.add(PROBLEM_REPORT.DEADLINE_AT.lt(utc(now)));
        }
        return where;
    }

    private static List<String> openStatuses() {
        return java.util.Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::isOpen).map(Enum::name).toList();
    }

    private static ReportRow row(Record r) {
        return new ReportRow(r.get(PROBLEM_REPORT.ID), r.get(PROBLEM_REPORT.CATEGORY_ID), r.get(PROBLEM_CATEGORY.CODE),
                r.get(PROBLEM_REPORT.LATITUDE), r.get(PROBLEM_REPORT.LONGITUDE), r.get(PROBLEM_REPORT.ADDRESS),
                r.get(PROBLEM_REPORT.DISTRICT), r.get(PROBLEM_REPORT.TITLE), r.get(PROBLEM_REPORT.DESCRIPTION),
                ProblemStatus.valueOf(r.get(PROBLEM_REPORT.STATUS)), r.get(PROBLEM_REPORT.ORGANISATION_ID),
                r.get(PROBLEM_REPORT.REPORTER_ID), r.get(PROBLEM_REPORT.REPORTER_NAME),
                r.get(PROBLEM_REPORT.REPORTER_EMAIL), r.get(PROBLEM_REPORT.SHOW_NAME), r.get(PROBLEM_REPORT.CLIENT_ID),
                r.get(PROBLEM_REPORT.ATTRIBUTES), instant(r.get(PROBLEM_REPORT.DEADLINE_AT)),
                r.get(PROBLEM_REPORT.EXTENDED), r.get(PROBLEM_REPORT.EXTENSION_REASON),
                r.get(PROBLEM_REPORT.MERGED_INTO_ID), r.get(PROBLEM_REPORT.TOKEN), r.get(PROBLEM_REPORT.HIDDEN),
                r.get(PROBLEM_REPORT.SUPPORTERS), instant(r.get(PROBLEM_REPORT.ACKNOWLEDGED_AT)),
                instant(r.get(PROBLEM_REPORT.FIXED_AT)), instant(r.get(PROBLEM_REPORT.CREATED_AT)),
                instant(r.get(PROBLEM_REPORT.UPDATED_AT)), r.get(PROBLEM_REPORT.VERSION));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
