package uz.muhokama.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.problems.internal.Deadlines;
import uz.muhokama.problems.internal.JooqProblemStatistics;

/**
 * The public statistics of problem reports: how many per district, category and organisation and in which status,
 * how fast organisations respond and fix, how many reports they answer within the deadline, and where reports are
 * dense. Read-only and open to everyone, as the reports themselves are.
 */
@Service
public class ProblemStatisticsService {

    private final JooqProblemStatistics statistics;
    private final OrganisationService organisations;
    private final Clock clock;

    ProblemStatisticsService(JooqProblemStatistics statistics, OrganisationService organisations,
                             ObjectProvider<Clock> clock) {
        this.statistics = statistics;
        this.organisations = organisations;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** An organisation one may narrow the statistics to. */
    public record OrganisationChoice(OrganisationId id, LocalizedText names) {
    }

    /** Today in Tashkent, the last day of the default period. */
    public LocalDate today() {
        return clock.instant().atZone(Deadlines.TASHKENT).toLocalDate();
    }

    /** The last 90 days, everything else open. */
    public ProblemStatisticsFilter defaultFilter() {
        return ProblemStatisticsFilter.lastDays(today());
    }

    /**
     * The figures for a filter; a missing day of the period is taken from the default period.
     *
     * @throws ProblemException {@code problems.stats.error.period} when the period ends before it starts or is longer
     *                          than {@link ProblemStatisticsFilter#MAX_DAYS} days
     */
    @Transactional(readOnly = true)
    public ProblemStatistics of(ProblemStatisticsFilter filter) {
        ProblemStatisticsFilter checked = checked(filter);
        Instant now = clock.instant();
        JooqProblemStatistics.Scope scope = new JooqProblemStatistics.Scope(
                checked.from().atStartOfDay(Deadlines.TASHKENT).toInstant(),
                checked.to().plusDays(1).atStartOfDay(Deadlines.TASHKENT).toInstant(),
                blankToNull(checked.categoryCode()), blankToNull(checked.district()),
                checked.organisation() == null ? null : checked.organisation().value(), now);
        Map<String, JooqProblemStatistics.CategoryLabel> categories = statistics.categories();
        Map<String, LocalizedText> organisationNames = organisationNames();
        return new ProblemStatistics(checked, now, statistics.total(scope),
                statistics.byDistrict(scope).stream()
                        .map(g -> new ProblemStatistics.Row(g.key(), same(g.key()), g.figures())).toList(),
                statistics.byCategory(scope).stream().map(g -> category(g, categories)).toList(),
                statistics.byOrganisation(scope).stream()
                        .map(g -> new ProblemStatistics.Row(g.key(), g.key() == null ? null
                                : organisationNames.getOrDefault(g.key(), same(g.key())), g.figures()))
                        .toList(),
                statistics.heat(scope));
    }

    /** The utilities, for the organisation filter, in the order of their names in Uzbek. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisations() {
        return organisations.all().stream().filter(o -> o.type() == OrganisationType.UTILITY)
                .map(o -> new OrganisationChoice(o.id(), names(o.names())))
                .sorted(Comparator.comparing(o -> o.names().uzLatn(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private ProblemStatisticsFilter checked(ProblemStatisticsFilter filter) {
        ProblemStatisticsFilter defaults = defaultFilter();
        LocalDate from = filter.from() == null ? defaults.from() : filter.from();
        LocalDate to = filter.to() == null ? defaults.to() : filter.to();
        if (filter.from() == null && filter.to() != null) {
            from = to.minusDays(ProblemStatisticsFilter.DEFAULT_DAYS - 1L);
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= ProblemStatisticsFilter.MAX_DAYS) {
            throw new ProblemException("problems.stats.error.period", ProblemStatisticsFilter.MAX_DAYS);
        }
        return new ProblemStatisticsFilter(from, to, blankToNull(filter.categoryCode()),
                blankToNull(filter.district()), filter.organisation());
    }

    private Map<String, LocalizedText> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(o -> Long.toString(o.id().value()),
                (OrganisationDetails o) -> names(o.names()), (a, b) -> a));
    }

    private static ProblemStatistics.Row category(JooqProblemStatistics.Group group,
                                                  Map<String, JooqProblemStatistics.CategoryLabel> categories) {
        JooqProblemStatistics.CategoryLabel label = categories.get(group.key());
        return label == null ? new ProblemStatistics.Row(group.key(), same(group.key()), group.figures())
                : new ProblemStatistics.Row(label.code(), label.names(), group.figures());
    }

    private static LocalizedText names(OrganisationNames names) {
        return new LocalizedText(names.uzLatn(), names.uzCyrl(), names.ru(), names.en());
    }

    /** A name that is the same in every language, as districts are named in service areas. */
    private static LocalizedText same(String name) {
        return name == null ? null : new LocalizedText(name, name, name, name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
