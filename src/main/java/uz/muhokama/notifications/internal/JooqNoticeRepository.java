package uz.muhokama.notifications.internal;

import static uz.muhokama_db.Tables.NOTICE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.notifications.NewNotice;
import uz.muhokama.notifications.Notice;
import uz.muhokama.notifications.NoticeKind;

/** People's notices. */
@Repository
public class JooqNoticeRepository {

    private final DSLContext dsl;

    JooqNoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the notice for the person unless they already have one with its dedup key; true when stored now. */
    public boolean insertIfNew(long recipient, NewNotice notice, Instant now) {
        return dsl.insertInto(NOTICE)
                .columns(NOTICE.RECIPIENT_ID, NOTICE.KIND, NOTICE.ARGUMENT_UZ, NOTICE.ARGUMENT_RU, NOTICE.LINK,
                        NOTICE.DEDUP_KEY, NOTICE.CREATED_AT)
                .select(DSL.select(DSL.val(recipient), DSL.val(notice.kind().name()),
                                DSL.val(limit(notice.subjectUz())), DSL.val(limit(notice.subjectRu())),
                                DSL.val(notice.link()), DSL.val(notice.dedupKey()), DSL.val(now.atOffset(ZoneOffset.UTC)))
                        .whereNotExists(DSL.selectOne().from(NOTICE).where(NOTICE.RECIPIENT_ID.eq(recipient)
                                .and(NOTICE.DEDUP_KEY.eq(notice.dedupKey())))))
                .execute() == 1;
    }

    public List<Notice> of(long recipient, int offset, int limit) {
        return dsl.selectFrom(NOTICE).where(NOTICE.RECIPIENT_ID.eq(recipient))
                .orderBy(NOTICE.ID.desc()).offset(offset).limit(limit)
                .fetch(r -> new Notice(r.getId(), NoticeKind.valueOf(r.getKind()), r.getArgumentUz(),
                        r.getArgumentRu(), r.getLink(), r.getCreatedAt().toInstant(), r.getReadAt() != null));
    }

    public int unreadCount(long recipient) {
        return dsl.fetchCount(NOTICE, NOTICE.RECIPIENT_ID.eq(recipient).and(NOTICE.READ_AT.isNull()));
    }

    public void markRead(long recipient, long id, Instant now) {
        dsl.update(NOTICE).set(NOTICE.READ_AT, now.atOffset(ZoneOffset.UTC))
                .where(NOTICE.ID.eq(id).and(NOTICE.RECIPIENT_ID.eq(recipient)).and(NOTICE.READ_AT.isNull()))
                .execute();
    }

    public void markAllRead(long recipient, Instant now) {
        dsl.update(NOTICE).set(NOTICE.READ_AT, now.atOffset(ZoneOffset.UTC))
                .where(NOTICE.RECIPIENT_ID.eq(recipient).and(NOTICE.READ_AT.isNull())).execute();
    }

    private static String limit(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
