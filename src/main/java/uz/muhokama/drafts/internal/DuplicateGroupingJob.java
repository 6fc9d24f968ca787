package uz.muhokama.drafts.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uz.muhokama.drafts.CommentPosted;
import uz.muhokama.drafts.DraftId;

/**
 * Keeps the near-duplicate groups current: remembers the drafts that received comments and groups their new comments
 * every minute (after a restart, the drafts with comments the last run did not see).
 */
@Component
class DuplicateGroupingJob {

    private static final Logger log = LoggerFactory.getLogger(DuplicateGroupingJob.class);

    private final NearDuplicateGrouping grouping;
    private final JooqDuplicateRepository repository;
    private final Set<DraftId> pending = ConcurrentHashMap.newKeySet();

    DuplicateGroupingJob(NearDuplicateGrouping grouping, JooqDuplicateRepository repository) {
        this.grouping = grouping;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        pending.addAll(repository.draftsWithUnscannedComments());
    }

    /**
     * Remembers the draft once the comment is committed. Not a {@code @TransactionalEventListener}: Spring Modulith
     * keeps a publication row for every such listener and event, and marks it completed in a transaction of its own,
     * which would add two writes to every comment that the comment writer stores by the hundred in one transaction.
     * Nothing is lost without that row: after a restart the job finds the drafts with unscanned comments itself.
     */
    @EventListener
    void on(CommentPosted posted) {
        if (posted.parent() != null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.add(posted.draft());
                }
            });
        } else {
            pending.add(posted.draft());
        }
    }

    @Scheduled(fixedDelayString = "${muhokama.duplicates.interval:PT1M}",
            initialDelayString = "${muhokama.duplicates.first-run:PT30S}")
    void groupNewComments() {
        for (DraftId draft : Set.copyOf(pending)) {
            pending.remove(draft);
            try {
                grouping.incremental(draft);
            } catch (RuntimeException e) {
                pending.add(draft);
                log.warn("Grouping the comments of draft {} failed; trying again at the next run", draft.value(), e);
            }
        }
    }
}
