package uz.muhokama.drafts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.JooqStatisticsRepository;
import uz.muhokama.drafts.internal.JooqStatisticsRepository.Scope;

/**
 * Public statistics of discussions, per draft and per agency: comments, participants, support and opposition,
 * proposals (a group of near-identical comments counts once), how many were accepted and how fast they were answered.
 * Anyone may read them; drafts not yet published have none.
 */
@Service
public class DraftStatistics {

    private final JooqStatisticsRepository statistics;
    private final JooqDraftRepository drafts;

    DraftStatistics(JooqStatisticsRepository statistics, JooqDraftRepository drafts) {
        this.statistics = statistics;
        this.drafts = drafts;
    }

    /** The statistics of a published draft; empty for an unknown or unpublished one. */
    @Transactional(readOnly = true)
    public Optional<DraftStats> of(DraftId draft) {
        boolean published = draft != null && drafts.state(draft).map(s -> s.status().isPublic()).orElse(false);
        return published ? Optional.of(stats(Scope.of(draft))) : Optional.empty();
    }

    /** The statistics of all public drafts of an agency together and of each one. */
    @Transactional(readOnly = true)
    public AgencyStats ofAgency(OrganisationId agency) {
        List<AgencyStats.DraftRow> rows = statistics.draftsOf(agency).stream()
                .map(d -> new AgencyStats.DraftRow(d.draft(), d.titleUz(), d.titleRu(), DraftStatus.valueOf(d.status()),
                        d.start() == null ? null : d.start().toInstant(), d.comments(), d.supports(), d.opposes()))
                .toList();
        return new AgencyStats(agency, stats(Scope.of(agency)), rows);
    }

    /** Agencies that have published at least one draft. */
    @Transactional(readOnly = true)
    public List<OrganisationId> agencies() {
        return statistics.agenciesWithDrafts();
    }

    private DraftStats stats(Scope scope) {
        JooqStatisticsRepository.Counts counts = statistics.counts(scope);
        Map<Disposition, Integer> dispositions = statistics.dispositions(scope);
        int answered = dispositions.values().stream().mapToInt(Integer::intValue).sum();
        int accepted = dispositions.getOrDefault(Disposition.ACCEPTED, 0)
                + dispositions.getOrDefault(Disposition.PARTLY_ACCEPTED, 0);
        Duration median = statistics.medianTimeToAnswer(scope);
        int individual = counts.topLevel() - counts.grouped();
        return new DraftStats(counts.comments(), counts.topLevel(), individual + counts.groups(), individual,
                counts.groups(), counts.grouped(), counts.participants(), counts.supports(), counts.opposes(),
                dispositions, answered, answered == 0 ? null : (double) accepted / answered,
                median == null ? null : median.toSeconds(),
                statistics.commentsPerDay(scope).entrySet().stream()
                        .map(e -> new DraftStats.DayCount(e.getKey(), e.getValue())).toList());
    }
}
