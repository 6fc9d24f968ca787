package uz.muhokama.problems;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import uz.muhokama.problems.internal.AreaBoundaries;
import uz.muhokama.problems.internal.JooqAreaRepository;
import uz.muhokama.problems.internal.JooqCategoryRepository;
import uz.muhokama.problems.internal.JooqHiddenReports;
import uz.muhokama.problems.internal.JooqReportRepository;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.Roles;

/**
 * What an administrator sets up for problem reports: categories with their extra questions and deadlines, the areas
 * each utility serves with the categories it answers for there, and the address for an organisation's notices.
 */
@Service
public class ProblemSetupService {

    private static final String CODE = "[a-z0-9][a-z0-9_-]{1,39}";
    private static final Set<String> DATATYPES = Set.of("string", "number", "text", "singlevaluelist");
    private static final int MAX_QUESTIONS = 10;
    private static final int MAX_HIDDEN_LISTED = 500;

    private final JooqCategoryRepository categories;
    private final JooqAreaRepository areas;
    private final JooqReportRepository reports;
    private final JooqHiddenReports hidden;
    private final OrganisationService organisations;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    ProblemSetupService(JooqCategoryRepository categories, JooqAreaRepository areas, JooqReportRepository reports,
                        JooqHiddenReports hidden, OrganisationService organisations, Actors actors,
                        ApplicationEventPublisher events) {
        this.categories = categories;
        this.areas = areas;
        this.reports = reports;
        this.hidden = hidden;
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
        if (!code.matches(CODE)) {
            throw new ProblemException("problems.error.categoryCode");
        }
        NewCategory checked = checked(code, category);
        long id;
        try {
            id = categories.insert(checked);
        } catch (DuplicateKeyException e) {
            throw new ProblemException("problems.error.categoryCode");
        }
        audit("PROBLEM_CATEGORY_CREATED", "category:" + code, checked.names().en());
        return id;
    }

    /** Every category, active or not, with its number of reports, for the administrators' list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CategorySetup> categoriesForSetup() {
        return categories.allForSetup();
    }

    /**
     * Changes a category: names, group, deadline, questions, and whether people may report in it. The code stays,
     * since Open311 clients know the category by it; {@code changes.code()} is ignored.
     *
     * @param version the version the administrator started from
     * @throws ProblemException as {@link #createCategory(NewCategory)}, {@code problems.admin.error.question*},
     *                          {@code problems.admin.error.stale} when someone else changed it first
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateCategory(long id, int version, NewCategory changes, boolean active) {
        Category current = categories.find(id)
                .orElseThrow(() -> new ProblemException("problems.error.unknownCategory"));
        NewCategory checked = checked(current.code(), changes);
        if (!categories.update(id, version, checked, active)) {
            throw new ProblemException("problems.admin.error.stale");
        }
        audit("PROBLEM_CATEGORY_CHANGED", "category:" + current.code(), checked.names().en() + ", "
                + checked.deadlineDays() + " days, " + checked.questions().size() + " questions, "
                + (active ? "active" : "inactive"));
    }

    /**
     * Deletes a category nobody has reported in yet (one made by mistake); a category with reports can only be made
     * inactive.
     *
     * @throws ProblemException {@code problems.admin.error.categoryInUse}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteCategory(long id) {
        Category category = categories.find(id)
                .orElseThrow(() -> new ProblemException("problems.error.unknownCategory"));
        if (categories.hasReports(id)) {
            throw new ProblemException("problems.admin.error.categoryInUse");
        }
        categories.delete(id);
        audit("PROBLEM_CATEGORY_DELETED", "category:" + category.code(), category.names().en());
    }

    private NewCategory checked(String code, NewCategory category) {
        LocalizedText names = category.names();
        if (names == null || blank(names.uzLatn()) || blank(names.uzCyrl()) || blank(names.ru()) || blank(names.en())
                || longest(names) > 200) {
            throw new ProblemException("problems.error.categoryName");
        }
        if (category.group() == null) {
            throw new ProblemException("problems.admin.error.group");
        }
        if (category.deadlineDays() < 1 || category.deadlineDays() > 30) {
            throw new ProblemException("problems.error.deadlineDays");
        }
        List<CategoryQuestion> questions = category.questions() == null ? List.of() : category.questions();
        if (questions.size() > MAX_QUESTIONS) {
            throw new ProblemException("problems.admin.error.questionCount", MAX_QUESTIONS);
        }
        List<CategoryQuestion> clean = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CategoryQuestion question : questions) {
            CategoryQuestion q = checked(question, clean.size() + 1);
            if (!codes.add(q.code())) {
                throw new ProblemException("problems.admin.error.questionCode");
            }
            clean.add(q);
        }
        return new NewCategory(code, category.group(), strip(names), category.deadlineDays(), List.copyOf(clean));
    }

    private static CategoryQuestion checked(CategoryQuestion question, int position) {
        String code = question.code() == null ? "" : question.code().strip().toLowerCase(Locale.ROOT);
        if (!code.matches(CODE)) {
            throw new ProblemException("problems.admin.error.questionCode");
        }
        if (!DATATYPES.contains(question.datatype())) {
            throw new ProblemException("problems.admin.error.questionType");
        }
        LocalizedText text = question.question();
        if (text == null || blank(text.uzLatn()) || blank(text.uzCyrl()) || blank(text.ru()) || blank(text.en())
                || longest(text) > 500) {
            throw new ProblemException("problems.admin.error.questionText");
        }
        List<CategoryQuestion.Choice> values = question.values() == null ? List.of() : question.values();
        boolean list = "singlevaluelist".equals(question.datatype());
        if (list != !values.isEmpty()) {
            throw new ProblemException("problems.admin.error.questionValues");
        }
        Set<String> keys = new HashSet<>();
        List<CategoryQuestion.Choice> cleanValues = new ArrayList<>();
        int length = 0;
        for (CategoryQuestion.Choice value : values) {
            String key = value.key() == null ? "" : value.key().strip();
            String name = value.name() == null ? "" : value.name().strip();
            if (!key.matches(CODE) || name.isEmpty() || name.contains("\n") || !keys.add(key)) {
                throw new ProblemException("problems.admin.error.questionValues");
            }
            length += key.length() + name.length() + 2;
            cleanValues.add(new CategoryQuestion.Choice(key, name));
        }
        if (length > 2000) {
            throw new ProblemException("problems.admin.error.questionValues");
        }
        return new CategoryQuestion(code, question.datatype(), question.required(), position, strip(text),
                List.copyOf(cleanValues));
    }

    private static LocalizedText strip(LocalizedText text) {
        return new LocalizedText(text.uzLatn().strip(), text.uzCyrl().strip(), text.ru().strip(), text.en().strip());
    }

    private static int longest(LocalizedText text) {
        return Math.max(Math.max(text.uzLatn().strip().length(), text.uzCyrl().strip().length()),
                Math.max(text.ru().strip().length(), text.en().strip().length()));
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
        OrganisationDetails organisation = utility(area.organisation());
        String boundary = area.boundaryWkt() == null ? "" : area.boundaryWkt().strip();
        AreaBoundaries.check(boundary);
        List<Long> categoryIds = categoryIds(area.categoryCodes());
        String name = required(area.name(), 200);
        String district = required(area.district(), 100);
        long id = areas.insert(organisation.id().value(), name, district, boundary, categoryIds,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit("PROBLEM_AREA_ADDED", "organisation:" + organisation.code(), name + " " + area.categoryCodes());
        return id;
    }

    /**
     * Adds an area a utility serves with its boundary from an uploaded GeoJSON file or from a district already known.
     *
     * @throws ProblemException those of {@link #addServiceArea(NewServiceArea)}, {@code problems.admin.error.file*}
     *                          and {@code problems.admin.error.geojson} for the file,
     *                          {@code problems.admin.error.unknownDistrict}, {@code problems.admin.error.noCategory}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addServiceArea(OrganisationId organisation, String name, String district, AreaSource source,
                               List<String> categoryCodes) {
        if (categoryCodes == null || categoryCodes.isEmpty()) {
            throw new ProblemException("problems.admin.error.noCategory");
        }
        String boundary = switch (source) {
            case AreaSource.GeoJsonFile file -> AreaBoundaries.fromGeoJson(file.content(), file.fileName());
            case AreaSource.KnownDistrict known -> areas.firstBoundaryOfEachDistrict().get(known.district());
            case null -> null;
        };
        if (boundary == null) {
            throw new ProblemException("problems.admin.error.unknownDistrict");
        }
        return addServiceArea(new NewServiceArea(organisation, name, district, boundary, categoryCodes));
    }

    /** The utilities whose areas an administrator sets up, by code. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationDetails> utilities() {
        return organisations.all().stream().filter(o -> o.type() == OrganisationType.UTILITY)
                .sorted(Comparator.comparing(OrganisationDetails::code)).toList();
    }

    /** An organisation's service areas with their categories, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceArea> serviceAreas(OrganisationId organisation) {
        List<JooqAreaRepository.AreaRow> rows = areas.ofOrganisation(organisation.value());
        Map<Long, List<String>> codes = rows.isEmpty() ? Map.of()
                : areas.categoryCodes(rows.stream().map(JooqAreaRepository.AreaRow::id).toList());
        return rows.stream().map(r -> {
            double[] inside = AreaBoundaries.inside(r.boundaryWkt());
            return new ServiceArea(r.id(), organisation, r.name(), r.district(), r.boundaryWkt(), inside[0],
                    inside[1], codes.getOrDefault(r.id(), List.of()));
        }).toList();
    }

    /** The districts some area already has a boundary for, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> knownDistricts() {
        return List.copyOf(areas.firstBoundaryOfEachDistrict().keySet());
    }

    /**
     * Changes the categories an organisation answers for inside one of its areas.
     *
     * @throws ProblemException {@code problems.admin.error.noCategory}, {@code problems.error.unknownCategory},
     *                          {@code problems.admin.error.unknownArea}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setAreaCategories(long areaId, List<String> categoryCodes) {
        JooqAreaRepository.AreaRow area = areas.find(areaId)
                .orElseThrow(() -> new ProblemException("problems.admin.error.unknownArea"));
        if (categoryCodes == null || categoryCodes.isEmpty()) {
            throw new ProblemException("problems.admin.error.noCategory");
        }
        areas.setCategories(area.id(), categoryIds(categoryCodes));
        audit("PROBLEM_AREA_CHANGED", "organisation:" + area.organisationId(), area.name() + " " + categoryCodes);
    }

    /**
     * Removes a service area; reports already routed stay with their organisation, new ones in the place go to
     * another area that covers it, or to triage.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeServiceArea(long areaId) {
        JooqAreaRepository.AreaRow area = areas.find(areaId)
                .orElseThrow(() -> new ProblemException("problems.admin.error.unknownArea"));
        areas.delete(area.id());
        audit("PROBLEM_AREA_REMOVED", "organisation:" + area.organisationId(), area.name());
    }

    /** Where notices about an organisation's reports go, if set. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> noticeEmail(OrganisationId organisation) {
        return areas.noticeEmail(organisation.value());
    }

    private OrganisationDetails utility(OrganisationId id) {
        return organisations.find(id).filter(o -> o.type() == OrganisationType.UTILITY)
                .orElseThrow(() -> new ProblemException("problems.error.unknownOrganisation"));
    }

    private List<Long> categoryIds(List<String> codes) {
        return codes.stream().distinct()
                .map(code -> categories.findByCode(code).orElseThrow(() ->
                        new ProblemException("problems.error.unknownCategory")).id())
                .toList();
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

    /**
     * The reports hidden from the public as abusive, most recently hidden first, so that a moderator can check them
     * and show one again ({@link ProblemStaffService#setHidden(ReportId, boolean)}).
     */
    @PreAuthorize("hasAnyRole('" + Roles.MODERATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<HiddenReport> hiddenReports() {
        return hidden.latest(MAX_HIDDEN_LISTED).stream().map(r -> new HiddenReport(new ReportId(r.id()), r.title(),
                r.categoryCode(), r.createdAt(), r.changedAt())).toList();
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
