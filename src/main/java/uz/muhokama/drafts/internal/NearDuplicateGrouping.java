package uz.muhokama.drafts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DuplicateGrouping;

/**
 * Groups a draft's near-identical top-level comments (a mass campaign) with MinHash and LSH, storing in each grouped
 * comment the id of its group's earliest comment. A run reads the comments as a stream, oldest first, and keeps only
 * the fingerprints of groups' first comments in memory. An incremental run looks only at comments after the last
 * run's mark, against the groups found so far; a full run (or a changed threshold) starts again from the first.
 */
@Component
public class NearDuplicateGrouping {

    private static final Logger log = LoggerFactory.getLogger(NearDuplicateGrouping.class);

    private final JooqDuplicateRepository repository;
    private final double threshold;
    private final Clock clock;
    private final Map<DraftId, ReentrantLock> running = new ConcurrentHashMap<>();

    NearDuplicateGrouping(JooqDuplicateRepository repository,
                          @Value("${muhokama.duplicates.threshold:0.8}") double threshold,
                          ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.threshold = threshold;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        LshIndex.validate(threshold);
    }

    /** Groups the comments posted since the last run (all of them on the first run). */
    @Transactional
    public DuplicateGrouping incremental(DraftId draft) {
        return locked(draft, () -> {
            var scan = repository.scan(draft).filter(s -> s.threshold() == threshold);
            return scan.isEmpty() ? regroup(draft) : continueFrom(draft, scan.get().lastCommentId());
        });
    }

    /** Forgets every group of the draft and groups all its comments again. */
    @Transactional
    public DuplicateGrouping full(DraftId draft) {
        return locked(draft, () -> regroup(draft));
    }

    private DuplicateGrouping regroup(DraftId draft) {
        long started = System.nanoTime();
        long last = repository.lastCommentId(draft);
        repository.clearGroups(draft);
        Run run = new Run(new LshIndex(threshold));
        repository.stream(draft, 0, last, false, run::assign);
        DuplicateGrouping result = run.write(draft, last);
        log.info("Grouped {} comments of draft {} into {} groups in {} ms", result.comments(), draft.value(),
                result.groups(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private DuplicateGrouping continueFrom(DraftId draft, long mark) {
        long last = repository.lastCommentId(draft);
        if (last <= mark) {
            return new DuplicateGrouping(0, 0, 0);
        }
        LshIndex index = new LshIndex(threshold);
        TextFingerprints fingerprints = new TextFingerprints(index.length());
        repository.stream(draft, 0, mark, true, (body, id) -> index.addLeader(id, fingerprints.signature(body)));
        Run run = new Run(index);
        repository.stream(draft, mark, last, false, run::assign);
        return run.write(draft, last);
    }

    private DuplicateGrouping locked(DraftId draft, Supplier<DuplicateGrouping> work) {
        ReentrantLock lock = running.computeIfAbsent(draft, d -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** One pass: the groups that gained comments, each listed from its leader on. */
    private final class Run {

        private final LshIndex index;
        private final TextFingerprints fingerprints;
        private final Map<Long, List<Long>> members = new HashMap<>();
        private int comments;

        Run(LshIndex index) {
            this.index = index;
            this.fingerprints = new TextFingerprints(index.length());
        }

        void assign(String body, long id) {
            comments++;
            long leader = index.assign(id, fingerprints.signature(body));
            if (leader != id) {
                members.computeIfAbsent(leader, k -> new ArrayList<>(List.of(k))).add(id);
            }
        }

        DuplicateGrouping write(DraftId draft, long last) {
            repository.setGroups(members);
            int grouped = members.values().stream().mapToInt(List::size).sum() - members.size();
            Instant now = clock.instant();
            repository.saveScan(draft, last, threshold, now);
            return new DuplicateGrouping(comments, members.size(), grouped);
        }
    }
}
