package uz.muhokama.audit.internal;

import static uz.muhokama_db.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.audit.AuditEntry;
import uz.muhokama.audit.AuditQuery;
import uz.muhokama.shared.AuditableAction;

/** The audit_event table, append-only: rows are inserted and read, never changed or deleted. */
@Repository
public class JooqAuditEventRepository {

    private final DSLContext dsl;

    JooqAuditEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records an action, cutting over-long texts to the columns' sizes so that a record never fails. */
    public void insert(AuditableAction action) {
        Instant occurredAt = action.occurredAt() == null ? Instant.now() : action.occurredAt();
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, occurredAt.atOffset(ZoneOffset.UTC))
                .set(AUDIT_EVENT.TYPE, cut(action.type() == null ? "UNKNOWN" : action.type(), 64))
                .set(AUDIT_EVENT.ACTOR_ID, action.actorId())
                .set(AUDIT_EVENT.ACTOR, cut(action.actor(), 254))
                .set(AUDIT_EVENT.TARGET, cut(action.target(), 300))
                .set(AUDIT_EVENT.DETAILS, cut(action.details(), 2000))
                .set(AUDIT_EVENT.REMOTE_IP, cut(action.remoteIp(), 64))
                .execute();
    }

    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(conditions(query))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getType(), r.getActorId(),
                        r.getActor(), r.getTarget(), r.getDetails(), r.getRemoteIp()));
    }

    public int count(AuditQuery query) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(query));
    }

    public List<String> types() {
        return dsl.selectDistinct(AUDIT_EVENT.TYPE).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.TYPE).fetch(AUDIT_EVENT.TYPE);
    }

    private static Condition conditions(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.type() != null && !query.type().isBlank()) {
            conditions.add(AUDIT_EVENT.TYPE.eq(query.type()));
        }
        if (query.actorText() != null && !query.actorText().isBlank()) {
            String pattern = "%" + query.actorText().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            conditions.add(DSL.lower(AUDIT_EVENT.ACTOR).like(pattern, '!'));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(query.from().atStartOfDay(AuditQuery.ZONE).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(query.to().plusDays(1).atStartOfDay(AuditQuery.ZONE)
                    .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC)));
        }
        return DSL.and(conditions);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
