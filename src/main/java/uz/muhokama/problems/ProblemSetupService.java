package uz.muhokama.problems;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.problems.internal.Actors;
import uz.muhokama.problems.internal.AreaRouter;
import uz.muhokama.problems.internal.JooqAreaRepository;
import uz.muhokama.problems.internal.JooqCategoryRepository;
import uz.muhokama.problems.internal.JooqReportRepository;
import uz.muhokama.shared.AuditableAction;

/**
 * What an administrator sets up for problem reports: categories with their extra questions and deadlines, the areas
 * each utility serves with the categories it answers for there, and the address for an organisation's notices.
 */
@Service
public class ProblemSetupService {

    private final JooqCategoryRepository categories;
    private final JooqAreaRepository areas;
    private final JooqReportRepository reports;
    private final OrganisationService organisations;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    ProblemSetupService(JooqCategoryRepository categories, JooqAreaRepository areas, JooqReportRepository reports,
                        OrganisationService organisations, Actors actors, ApplicationEventPublisher events) {
        this.categories = categories;
        this.areas = areas;
        this.reports = reports;
        this.organisations = organisations;
        this.actors = actors;
        this.events = events;
    }

    /**
     * Creates a category.
     *
     * @throws ProblemException {@code problems.error.categoryCode} (format or taken),
     *                          {@code problems.error.categoryName}, {@code problems.error.deadlineDays}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createCategory(NewCategory category) {
        String code = category.code() == null ? "" : category.code().strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9][a-z0-9_-]{1,39}")) {
            throw new ProblemException("problems.error.categoryCode");
        }
        LocalizedText names = category.names();
        if (names == null || blank(names.uzLatn()) || blank(names.uzCyrl()) || blank(names.ru()) || blank(names.en())) {
            throw new ProblemException("problems.error.categoryName");
        }
        if (category.deadlineDays() < 1 || category.deadlineDays() > 30) {
            throw new ProblemException("problems.error.deadlineDays");
        }
        long id;
        try {
            id = categories.insert(new NewCategory(code, category.group(), names, category.deadlineDays(),
                    category.questions() == null ? List.of() : category.questions()));
        } catch (DuplicateKeyException e) {
            throw new ProblemException("problems.error.categoryCode");
        }
        audit("PROBLEM_CATEGORY_CREATED", "category:" + code, names.en());
        return id;
    }

    /**
     * Adds an area a utility serves.
     *
     * @throws ProblemException {@code problems.error.boundary} for a boundary that is not a valid polygon,
     *                          {@code problems.error.unknownOrganisation}, {@code problems.error.unknownCategory}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addServiceArea(NewServiceArea area) {
        OrganisationDetails organisation = organisations.find(area.organisation())
                .filter(o -> o.type() == OrganisationType.UTILITY)
                .orElseThrow(() -> new ProblemException("problems.error.unknownOrganisation"));
        AreaRouter.parse(area.boundaryWkt());
        List<Long> categoryIds = area.categoryCodes().stream()
                .map(code -> categories.findByCode(code).orElseThrow(() ->
                        new ProblemException("problems.error.unknownCategory")).id())
                .toList();
        String name = required(area.name(), 200);
        String district = required(area.district(), 100);
        long id = areas.insert(organisation.id().value(), name, district, area.boundaryWkt().strip(), categoryIds,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit("PROBLEM_AREA_ADDED", "organisation:" + organisation.code(), name + " " + area.categoryCodes());
        return id;
    }

    /** Sets where notices about an organisation's reports (disputed fixes) are sent. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setNoticeEmail(OrganisationId organisation, String email) {
        String clean = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!clean.matches("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}")) {
            throw new ProblemException("problems.error.email");
        }
        organisations.find(organisation).orElseThrow(() -> new ProblemException("problems.error.unknownOrganisation"));
        areas.setNoticeEmail(organisation.value(), clean);
        audit("PROBLEM_NOTICE_EMAIL_SET", "organisation:" + organisation.value(), clean);
    }

    /**
     * Moves a report and its history back in time, for demo data and for importing reports made elsewhere earlier;
     * deadlines move with it, so an old open report becomes overdue as it would have.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void backdate(ReportId id, java.time.Duration age) {
        if (age.isNegative()) {
            throw new ProblemException("problems.error.status");
        }
        reports.find(id.value()).orElseThrow(() -> new ProblemException("problems.error.notFound"));
        reports.shiftBack(id.value(), age);
        audit("PROBLEM_BACKDATED", "problem:" + id.value(), age.toString());
    }

    /** Whether any report exists at all (demo data loads only into an empty database). */
    @Transactional(readOnly = true)
    public boolean anyReports() {
        return reports.anyReports();
    }

    private static String required(String text, int max) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new ProblemException("problems.error.areaName");
        }
        return clean;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void audit(String type, String target, String details) {
        var actor = actors.current();
        events.publishEvent(new AuditableAction(type, actor.userId(), actor.auditName(), target, details, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }
}
