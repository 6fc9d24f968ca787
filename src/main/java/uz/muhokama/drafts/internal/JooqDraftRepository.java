package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT;
import static uz.muhokama_db.Tables.DRAFT_ATTACHMENT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_PERIOD_CHANGE;
import static uz.muhokama_db.Tables.DRAFT_PROVISION;
import static uz.muhokama_db.Tables.DRAFT_VERSION;
import static uz.muhokama_db.Tables.STORED_FILE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.drafts.AttachmentKind;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftAttachment;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.drafts.PeriodChange;
import uz.muhokama.drafts.VersionInfo;
import uz.muhokama.legislation.ProvisionKind;

/** Drafts, their versions with provision trees, attachments and period changes. */
@Repository
public class JooqDraftRepository {

    private final DSLContext dsl;
    private final ParticipationFactsCache facts;

    JooqDraftRepository(DSLContext dsl, ParticipationFactsCache facts) {
        this.dsl = dsl;
        this.facts = facts;
    }

    /** The row facts the service decides on. */
    public record DraftState(DraftId id, OrganisationId organisation, DraftActType type, DraftStatus status,
                             Instant start, Instant end, int version) {
    }

    public DraftId insert(DraftFields f, Long createdBy, Instant now) {
        return new DraftId(dsl.insertInto(DRAFT)
                .set(DRAFT.ORGANISATION_ID, f.organisation().value())
                .set(DRAFT.ACT_TYPE, f.type().name())
                .set(DRAFT.DRAFT_NUMBER, f.number())
                .set(DRAFT.TITLE_UZ_LATN, f.titleUz())
                .set(DRAFT.TITLE_RU, f.titleRu())
                .set(DRAFT.SUMMARY_UZ_LATN, f.summaryUz())
                .set(DRAFT.SUMMARY_RU, f.summaryRu())
                .set(DRAFT.STATUS, DraftStatus.DRAFT.name())
                .set(DRAFT.CREATED_BY, createdBy)
                .set(DRAFT.CREATED_AT, utc(now))
                .set(DRAFT.UPDATED_AT, utc(now))
                .returning(DRAFT.ID).fetchOne(DRAFT.ID));
    }

    /** Bumps the row version if it is still {@code expectedVersion}; false when someone else changed it first. */
    public boolean updateFields(DraftId id, int expectedVersion, DraftFields f, Instant now) {
        return dsl.update(DRAFT)
                .set(DRAFT.ORGANISATION_ID, f.organisation().value())
                .set(DRAFT.ACT_TYPE, f.type().name())
                .set(DRAFT.DRAFT_NUMBER, f.number())
                .set(DRAFT.TITLE_UZ_LATN, f.titleUz())
                .set(DRAFT.TITLE_RU, f.titleRu())
                .set(DRAFT.SUMMARY_UZ_LATN, f.summaryUz())
                .set(DRAFT.SUMMARY_RU, f.summaryRu())
                .set(DRAFT.UPDATED_AT, utc(now))
                .set(DRAFT.VERSION, DRAFT.VERSION.plus(1))
                .where(DRAFT.ID.eq(id.value()).and(DRAFT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public boolean updateState(DraftId id, int expectedVersion, DraftStatus status, Instant start, Instant end,
                               Instant now) {
        facts.changed(id);
        return dsl.update(DRAFT)
                .set(DRAFT.STATUS, status.name())
                .set(DRAFT.DISCUSSION_START, utc(start))
                .set(DRAFT.DISCUSSION_END, utc(end))
                .set(DRAFT.UPDATED_AT, utc(now))
                .set(DRAFT.VERSION, DRAFT.VERSION.plus(1))
                .where(DRAFT.ID.eq(id.value()).and(DRAFT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Bumps the row version so that a change of the text also makes a stale form stale. */
    public boolean touch(DraftId id, int expectedVersion, Instant now) {
        facts.changed(id);
        return dsl.update(DRAFT)
                .set(DRAFT.UPDATED_AT, utc(now))
                .set(DRAFT.VERSION, DRAFT.VERSION.plus(1))
                .where(DRAFT.ID.eq(id.value()).and(DRAFT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Closes open drafts whose period has ended; returns those it closed. */
    public List<DraftId> closeEnded(Instant now) {
        List<DraftId> ended = dsl.select(DRAFT.ID).from(DRAFT)
                .where(DRAFT.STATUS.eq(DraftStatus.OPEN.name()).and(DRAFT.DISCUSSION_END.le(utc(now))))
                .forUpdate()
                .fetch(r -> new DraftId(r.value1()));
        List<DraftId> closed = new ArrayList<>();
        for (DraftId id : ended) {
            int n = dsl.update(DRAFT)
                    .set(DRAFT.STATUS, DraftStatus.CLOSED.name())
                    .set(DRAFT.UPDATED_AT, utc(now))
                    .set(DRAFT.VERSION, DRAFT.VERSION.plus(1))
                    .where(DRAFT.ID.eq(id.value()).and(DRAFT.STATUS.eq(DraftStatus.OPEN.name())))
                    .execute();
            if (n == 1) {
                facts.changed(id);
                closed.add(id);
            }
        }
        return closed;
    }

    public Optional<DraftState> state(DraftId id) {
        return dsl.select(DRAFT.ID, DRAFT.ORGANISATION_ID, DRAFT.ACT_TYPE, DRAFT.STATUS, DRAFT.DISCUSSION_START,
                        DRAFT.DISCUSSION_END, DRAFT.VERSION)
                .from(DRAFT).where(DRAFT.ID.eq(id.value()))
                .fetchOptional(r -> new DraftState(new DraftId(r.value1()), new OrganisationId(r.value2()),
                        DraftActType.valueOf(r.value3()), DraftStatus.valueOf(r.value4()), instant(r.value5()),
                        instant(r.value6()), r.value7()));
    }

    public Optional<Long> idByNumber(String number) {
        return dsl.select(DRAFT.ID).from(DRAFT).where(DRAFT.DRAFT_NUMBER.eq(number)).limit(1)
                .fetchOptional(DRAFT.ID);
    }

    public Optional<DraftDetails> details(DraftId id) {
        return dsl.selectFrom(DRAFT).where(DRAFT.ID.eq(id.value())).fetchOptional(r -> new DraftDetails(id,
                new OrganisationId(r.getOrganisationId()), DraftActType.valueOf(r.getActType()), r.getDraftNumber(),
                r.getTitleUzLatn(), r.getTitleRu(), r.getSummaryUzLatn(), r.getSummaryRu(),
                DraftStatus.valueOf(r.getStatus()), instant(r.getDiscussionStart()), instant(r.getDiscussionEnd()),
                r.getVersion(), instant(r.getCreatedAt()), periodChanges(id), attachments(id), versions(id)));
    }

    public List<DraftListItem> list(DraftFilter filter, Instant now, int offset, int limit) {
        Field<Integer> comments = commentCount();
        return dsl.select(listColumns(comments))
                .from(DRAFT)
                .where(conditions(filter, now))
                .orderBy(order(filter.sort(), comments))
                .offset(offset).limit(limit)
                .fetch(JooqDraftRepository::listItem);
    }

    /**
     * Published drafts matching a filter, newest first by id, after a cursor (the last id of the previous page), so
     * that drafts published while a client pages through are neither skipped nor repeated.
     */
    public List<DraftListItem> listBefore(DraftFilter filter, Instant now, Long beforeId, int limit) {
        Condition where = conditions(filter, now);
        if (beforeId != null) {
            where = where.and(DRAFT.ID.lt(beforeId));
        }
        return dsl.select(listColumns(commentCount())).from(DRAFT).where(where).orderBy(DRAFT.ID.desc()).limit(limit)
                .fetch(JooqDraftRepository::listItem);
    }

    /** Published drafts of an agency or a type (null for any), most recently opened first, for the feeds. */
    public List<DraftListItem> recentlyPublished(OrganisationId organisation, DraftActType type, int limit) {
        Condition where = DRAFT.STATUS.ne(DraftStatus.DRAFT.name()).and(DRAFT.DISCUSSION_START.isNotNull());
        if (organisation != null) {
            where = where.and(DRAFT.ORGANISATION_ID.eq(organisation.value()));
        }
        if (type != null) {
            where = where.and(DRAFT.ACT_TYPE.eq(type.name()));
        }
        return dsl.select(listColumns(commentCount())).from(DRAFT).where(where)
                .orderBy(DRAFT.DISCUSSION_START.desc(), DRAFT.ID.desc()).limit(limit)
                .fetch(JooqDraftRepository::listItem);
    }

    /** All comments of the draft, replies included, counted on the comment index without touching the rows. */
    private static Field<Integer> commentCount() {
        return DSL.field(DSL.selectCount().from(DRAFT_COMMENT).where(DRAFT_COMMENT.DRAFT_ID.eq(DRAFT.ID)))
                .as("comments");
    }

    private static List<Field<?>> listColumns(Field<Integer> comments) {
        return List.of(DRAFT.ID, DRAFT.ORGANISATION_ID, DRAFT.ACT_TYPE, DRAFT.DRAFT_NUMBER, DRAFT.TITLE_UZ_LATN,
                DRAFT.TITLE_RU, DRAFT.STATUS, DRAFT.DISCUSSION_START, DRAFT.DISCUSSION_END, DRAFT.CREATED_AT,
                comments);
    }

    private static DraftListItem listItem(Record r) {
        return new DraftListItem(new DraftId(r.get(DRAFT.ID)), new OrganisationId(r.get(DRAFT.ORGANISATION_ID)),
                DraftActType.valueOf(r.get(DRAFT.ACT_TYPE)), r.get(DRAFT.DRAFT_NUMBER), r.get(DRAFT.TITLE_UZ_LATN),
                r.get(DRAFT.TITLE_RU), DraftStatus.valueOf(r.get(DRAFT.STATUS)),
                instant(r.get(DRAFT.DISCUSSION_START)), instant(r.get(DRAFT.DISCUSSION_END)),
                instant(r.get(DRAFT.CREATED_AT)), r.get("comments", Integer.class));
    }

    public int count(DraftFilter filter, Instant now) {
        return dsl.fetchCount(DRAFT, conditions(filter, now));
    }

    private static Condition conditions(DraftFilter f, Instant now) {
        Condition c = DRAFT.STATUS.ne(DraftStatus.DRAFT.name());
        if (f.status() != null) {
            c = c.and(DRAFT.STATUS.eq(f.status().name()));
        }
        if (f.organisation() != null) {
            c = c.and(DRAFT.ORGANISATION_ID.eq(f.organisation().value()));
        }
        if (f.type() != null) {
            c = c.and(DRAFT.ACT_TYPE.eq(f.type().name()));
        }
        if (f.open() != null) {
            Condition open = DRAFT.STATUS.eq(DraftStatus.OPEN.name()).and(DRAFT.DISCUSSION_END.gt(utc(now)));
            c = c.and(f.open() ? open : DSL.not(open));
        }
        if (f.text() != null && !f.text().isBlank()) {
            for (String word : f.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                c = c.and(DSL.lower(DRAFT.TITLE_UZ_LATN).like(like, '\\')
                        .or(DSL.lower(DRAFT.TITLE_RU).like(like, '\\'))
                        .or(DSL.lower(DRAFT.DRAFT_NUMBER).like(like, '\\')));
            }
        }
        return c;
    }

    private static List<SortField<?>> order(DraftSort sort, Field<Integer> comments) {
        return switch (sort == null ? DraftSort.NEWEST : sort) {
            case CLOSING_SOON -> List.of(DSL.when(DRAFT.STATUS.eq(DraftStatus.OPEN.name()), 0).otherwise(1).asc(),
                    DRAFT.DISCUSSION_END.asc(), DRAFT.ID.desc());
            case MOST_DISCUSSED -> List.of(DSL.field(DSL.name("comments"), Integer.class).desc(), DRAFT.ID.desc());
            case NEWEST -> List.of(DRAFT.DISCUSSION_START.desc(), DRAFT.ID.desc());
        };
    }

    public int insertVersion(DraftId draft, Long sourceFileId, String note, Long createdBy, Instant now) {
        facts.changed(draft);
        Integer last = dsl.select(DSL.max(DRAFT_VERSION.NUMBER)).from(DRAFT_VERSION)
                .where(DRAFT_VERSION.DRAFT_ID.eq(draft.value())).fetchOne(0, Integer.class);
        int number = last == null ? 1 : last + 1;
        dsl.insertInto(DRAFT_VERSION)
                .set(DRAFT_VERSION.DRAFT_ID, draft.value())
                .set(DRAFT_VERSION.NUMBER, number)
                .set(DRAFT_VERSION.SOURCE_FILE_ID, sourceFileId)
                .set(DRAFT_VERSION.NOTE, note)
                .set(DRAFT_VERSION.CREATED_BY, createdBy)
                .set(DRAFT_VERSION.CREATED_AT, utc(now))
                .execute();
        return number;
    }

    /** Removes the versions of an unpublished draft, whose text the editor replaces. */
    public void deleteVersions(DraftId draft) {
        facts.changed(draft);
        var versions = dsl.select(DRAFT_VERSION.ID).from(DRAFT_VERSION).where(DRAFT_VERSION.DRAFT_ID.eq(draft.value()));
        dsl.update(DRAFT_PROVISION).setNull(DRAFT_PROVISION.PARENT_ID)
                .where(DRAFT_PROVISION.VERSION_ID.in(versions)).execute();
        dsl.deleteFrom(DRAFT_PROVISION).where(DRAFT_PROVISION.VERSION_ID.in(versions)).execute();
        dsl.deleteFrom(DRAFT_VERSION).where(DRAFT_VERSION.DRAFT_ID.eq(draft.value())).execute();
    }

    /** Stores a provision tree under a version; a provision's parent is the nearest preceding one of a lower rank. */
    public void insertProvisions(DraftId draft, int number, List<DraftProvision> provisions) {
        facts.changed(draft);
        long versionId = versionId(draft, number).orElseThrow();
        Deque<Object[]> open = new ArrayDeque<>();
        int ordinal = 0;
        for (DraftProvision p : provisions) {
            while (!open.isEmpty() && ((ProvisionKind) open.peek()[1]).depth() >= p.kind().depth()) {
                open.pop();
            }
            Long parent = open.isEmpty() ? null : (Long) open.peek()[0];
            Long id = dsl.insertInto(DRAFT_PROVISION)
                    .set(DRAFT_PROVISION.VERSION_ID, versionId)
                    .set(DRAFT_PROVISION.PARENT_ID, parent)
                    .set(DRAFT_PROVISION.ORDINAL, ordinal++)
                    .set(DRAFT_PROVISION.KIND, p.kind().name())
                    .set(DRAFT_PROVISION.NUMBER, p.number())
                    .set(DRAFT_PROVISION.HEADING, p.heading())
                    .set(DRAFT_PROVISION.BODY, p.text())
                    .set(DRAFT_PROVISION.E_ID, p.eId())
                    .set(DRAFT_PROVISION.STABLE_KEY, p.stableKey())
                    .returning(DRAFT_PROVISION.ID).fetchOne(DRAFT_PROVISION.ID);
            open.push(new Object[] {id, p.kind()});
        }
    }

    /** Changes one heading of a version; false if the version has no such provision. */
    public boolean updateHeading(DraftId draft, int number, String eId, String heading) {
        facts.changed(draft);
        return versionId(draft, number).map(versionId -> dsl.update(DRAFT_PROVISION)
                .set(DRAFT_PROVISION.HEADING, heading)
                .where(DRAFT_PROVISION.VERSION_ID.eq(versionId).and(DRAFT_PROVISION.E_ID.eq(eId)))
                .execute() == 1).orElse(false);
    }

    public List<DraftProvision> provisions(DraftId draft, int number) {
        return versionId(draft, number).map(versionId -> dsl.selectFrom(DRAFT_PROVISION)
                .where(DRAFT_PROVISION.VERSION_ID.eq(versionId))
                .orderBy(DRAFT_PROVISION.ORDINAL)
                .fetch(r -> new DraftProvision(ProvisionKind.valueOf(r.getKind()), r.getNumber(), r.getHeading(),
                        r.getBody(), r.getEId(), r.getStableKey()))).orElse(List.of());
    }

    /** Every stable key any version of the draft uses. */
    public Set<String> stableKeys(DraftId draft) {
        return new HashSet<>(dsl.selectDistinct(DRAFT_PROVISION.STABLE_KEY).from(DRAFT_PROVISION)
                .join(DRAFT_VERSION).on(DRAFT_VERSION.ID.eq(DRAFT_PROVISION.VERSION_ID))
                .where(DRAFT_VERSION.DRAFT_ID.eq(draft.value()))
                .fetch(DRAFT_PROVISION.STABLE_KEY));
    }

    /** The number of the draft's latest version, or 0 when it has no text yet. */
    public int latestVersion(DraftId draft) {
        Integer latest = dsl.select(DSL.max(DRAFT_VERSION.NUMBER)).from(DRAFT_VERSION)
                .where(DRAFT_VERSION.DRAFT_ID.eq(draft.value())).fetchOne(0, Integer.class);
        return latest == null ? 0 : latest;
    }

    /** One provision of a version, by its eId. */
    public Optional<DraftProvision> provision(DraftId draft, int number, String eId) {
        return dsl.select(DRAFT_PROVISION.fields()).from(DRAFT_PROVISION)
                .join(DRAFT_VERSION).on(DRAFT_VERSION.ID.eq(DRAFT_PROVISION.VERSION_ID))
                .where(DRAFT_VERSION.DRAFT_ID.eq(draft.value()).and(DRAFT_VERSION.NUMBER.eq(number))
                        .and(DRAFT_PROVISION.E_ID.eq(eId)))
                .fetchOptional(r -> {
                    var p = r.into(DRAFT_PROVISION);
                    return new DraftProvision(ProvisionKind.valueOf(p.getKind()), p.getNumber(), p.getHeading(),
                            p.getBody(), p.getEId(), p.getStableKey());
                });
    }

    private Optional<Long> versionId(DraftId draft, int number) {
        return dsl.select(DRAFT_VERSION.ID).from(DRAFT_VERSION)
                .where(DRAFT_VERSION.DRAFT_ID.eq(draft.value()).and(DRAFT_VERSION.NUMBER.eq(number)))
                .fetchOptional(DRAFT_VERSION.ID);
    }

    private List<VersionInfo> versions(DraftId draft) {
        var count = DSL.selectCount().from(DRAFT_PROVISION).where(DRAFT_PROVISION.VERSION_ID.eq(DRAFT_VERSION.ID))
                .asField("provisions");
        return dsl.select(DRAFT_VERSION.NUMBER, DRAFT_VERSION.NOTE, DRAFT_VERSION.SOURCE_FILE_ID,
                        DRAFT_VERSION.CREATED_AT, count)
                .from(DRAFT_VERSION).where(DRAFT_VERSION.DRAFT_ID.eq(draft.value()))
                .orderBy(DRAFT_VERSION.NUMBER)
                .fetch(r -> new VersionInfo(r.value1(), r.value2(), r.value3(), instant(r.value4()),
                        ((Number) r.value5()).intValue()));
    }

    public void insertAttachment(DraftId draft, long fileId, AttachmentKind kind, String title, Instant now) {
        dsl.insertInto(DRAFT_ATTACHMENT)
                .set(DRAFT_ATTACHMENT.DRAFT_ID, draft.value())
                .set(DRAFT_ATTACHMENT.FILE_ID, fileId)
                .set(DRAFT_ATTACHMENT.KIND, kind.name())
                .set(DRAFT_ATTACHMENT.TITLE, title)
                .set(DRAFT_ATTACHMENT.CREATED_AT, utc(now))
                .execute();
    }

    /** An attachment with the status of its draft, for the download (attachments of unpublished drafts stay private). */
    public Optional<AttachmentAccess> attachment(long attachmentId) {
        return dsl.select(DRAFT_ATTACHMENT.ID, DRAFT_ATTACHMENT.FILE_ID, DRAFT.ID, DRAFT.STATUS)
                .from(DRAFT_ATTACHMENT).join(DRAFT).on(DRAFT.ID.eq(DRAFT_ATTACHMENT.DRAFT_ID))
                .where(DRAFT_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(r -> new AttachmentAccess(r.value2(), new DraftId(r.value3()),
                        DraftStatus.valueOf(r.value4())));
    }

    public record AttachmentAccess(long fileId, DraftId draft, DraftStatus status) {
    }

    private List<DraftAttachment> attachments(DraftId draft) {
        return dsl.select(DRAFT_ATTACHMENT.ID, DRAFT_ATTACHMENT.FILE_ID, DRAFT_ATTACHMENT.KIND, DRAFT_ATTACHMENT.TITLE,
                        STORED_FILE.ORIGINAL_NAME, STORED_FILE.MEDIA_TYPE, STORED_FILE.SIZE_BYTES)
                .from(DRAFT_ATTACHMENT).join(STORED_FILE).on(STORED_FILE.ID.eq(DRAFT_ATTACHMENT.FILE_ID))
                .where(DRAFT_ATTACHMENT.DRAFT_ID.eq(draft.value()))
                .orderBy(DRAFT_ATTACHMENT.ID)
                .fetch(r -> new DraftAttachment(r.value1(), r.value2(), AttachmentKind.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    public void insertPeriodChange(DraftId draft, Instant oldEnd, Instant newEnd, String reason, Long by, Instant now) {
        dsl.insertInto(DRAFT_PERIOD_CHANGE)
                .set(DRAFT_PERIOD_CHANGE.DRAFT_ID, draft.value())
                .set(DRAFT_PERIOD_CHANGE.OLD_END, utc(oldEnd))
                .set(DRAFT_PERIOD_CHANGE.NEW_END, utc(newEnd))
                .set(DRAFT_PERIOD_CHANGE.REASON, reason)
                .set(DRAFT_PERIOD_CHANGE.CHANGED_BY, by)
                .set(DRAFT_PERIOD_CHANGE.CHANGED_AT, utc(now))
                .execute();
    }

    private List<PeriodChange> periodChanges(DraftId draft) {
        return dsl.selectFrom(DRAFT_PERIOD_CHANGE).where(DRAFT_PERIOD_CHANGE.DRAFT_ID.eq(draft.value()))
                .orderBy(DRAFT_PERIOD_CHANGE.ID)
                .fetch(r -> new PeriodChange(instant(r.getOldEnd()), instant(r.getNewEnd()), r.getReason(),
                        instant(r.getChangedAt())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
