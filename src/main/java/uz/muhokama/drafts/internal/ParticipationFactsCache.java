package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT;
import static uz.muhokama_db.Tables.DRAFT_PROVISION;
import static uz.muhokama_db.Tables.DRAFT_VERSION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftStatus;

/**
 * The participation facts of drafts people are commenting on, kept in memory so that a comment costs no read of the
 * draft, its versions and provisions. The deadline is still decided for every comment at its arrival (the cached end
 * of the period against the clock); what the cache holds is what only an editor's change or the closing job alters,
 * and {@link JooqDraftRepository} calls {@link #changed} on every such change.
 *
 * <p>A change is forgotten twice: at once, and again after its transaction ends, so that a comment arriving between
 * the change and its commit cannot put the old facts back for later ones. A load that overlapped any change is used
 * for its own comment (it raced with the change, as without a cache) but not kept. Entries also expire after
 * {@code muhokama.drafts.facts-ttl}, which bounds what another instance of the application or a change made in the
 * database by hand can leave stale.
 */
@Component
public class ParticipationFactsCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(ParticipationFacts facts, Instant expires) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final Duration ttl;
    private final Map<DraftId, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    ParticipationFactsCache(DSLContext dsl, ObjectProvider<Clock> clock,
                            @Value("${muhokama.drafts.facts-ttl:PT5S}") Duration ttl) {
        this.dsl = dsl;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.ttl = ttl;
    }

    /** The draft's facts; empty when there is no such draft. */
    public Optional<ParticipationFacts> facts(DraftId draft) {
        Instant now = clock.instant();
        Entry entry = entries.get(draft);
        if (entry != null && now.isBefore(entry.expires())) {
            return Optional.of(entry.facts());
        }
        long seen = changes.get();
        Optional<ParticipationFacts> loaded = load(draft);
        if (loaded.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Entry fresh = new Entry(loaded.get(), now.plus(ttl));
            entries.put(draft, fresh);
            if (changes.get() != seen) {
                entries.remove(draft, fresh);
            }
        }
        return loaded;
    }

    /** Forgets the draft's facts now and once more when the current transaction (if any) has ended. */
    public void changed(DraftId draft) {
        forget(draft);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(draft);
                }
            });
        }
    }

    private void forget(DraftId draft) {
        changes.incrementAndGet();
        entries.remove(draft);
    }

    /** The draft, its latest version and that version's provisions in one query. */
    private Optional<ParticipationFacts> load(DraftId draft) {
        var latest = DSL.select(DSL.max(DRAFT_VERSION.NUMBER)).from(DRAFT_VERSION)
                .where(DRAFT_VERSION.DRAFT_ID.eq(DRAFT.ID));
        var rows = dsl.select(DRAFT.STATUS, DRAFT.DISCUSSION_END, DRAFT_VERSION.NUMBER, DRAFT_PROVISION.E_ID,
                        DRAFT_PROVISION.STABLE_KEY)
                .from(DRAFT)
                .leftJoin(DRAFT_VERSION).on(DRAFT_VERSION.DRAFT_ID.eq(DRAFT.ID)
                        .and(DRAFT_VERSION.NUMBER.eq(DSL.field(latest))))
                .leftJoin(DRAFT_PROVISION).on(DRAFT_PROVISION.VERSION_ID.eq(DRAFT_VERSION.ID))
                .where(DRAFT.ID.eq(draft.value()))
                .fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> keys = new HashMap<>();
        rows.forEach(r -> {
            if (r.value4() != null) {
                keys.put(r.value4(), r.value5());
            }
        });
        var first = rows.getFirst();
        OffsetDateTime end = first.value2();
        return Optional.of(new ParticipationFacts(draft, DraftStatus.valueOf(first.value1()),
                end == null ? null : end.toInstant(), first.value3() == null ? 0 : first.value3(), Map.copyOf(keys)));
    }
}
