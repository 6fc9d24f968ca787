package uz.muhokama.problems.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.PhotoUpload;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemReported;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ReportUpdate;
import uz.muhokama.problems.Routing;
import uz.muhokama.shared.AuditableAction;

/**
 * Creates a report with every check, the same for the web form and the Open311 API: the category exists, the place
 * is in the country, the texts and answers follow the rules, at most five photos that all pass the photo pipeline.
 * All photos are processed before anything is written, and the photo files vanish again if the transaction rolls
 * back, so a refused report leaves nothing.
 */
@Component
public class ReportCreation {

    public static final int MAX_PHOTOS = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JooqCategoryRepository categories;
    private final JooqAreaRepository areas;
    private final AreaRouter router;
    private final JooqReportRepository reports;
    private final PhotoPipeline pipeline;
    private final TransactionalPhotoWriter photos;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;

    ReportCreation(JooqCategoryRepository categories, JooqAreaRepository areas, AreaRouter router,
                   JooqReportRepository reports, PhotoPipeline pipeline, TransactionalPhotoWriter photos,
                   OrganisationService organisations, ApplicationEventPublisher events) {
        this.categories = categories;
        this.areas = areas;
        this.router = router;
        this.reports = reports;
        this.pipeline = pipeline;
        this.photos = photos;
        this.organisations = organisations;
        this.events = events;
    }

    /**
     * Who reports: a signed-in person ({@code userId}) or an Open311 client ({@code clientId}) on behalf of someone
     * who may have given a name and e-mail.
     */
    public record Reporter(Long userId, String name, String email, Long clientId, String auditActor) {
    }

    public ReportId create(NewReport report, List<PhotoUpload> uploads, Reporter reporter, Instant now) {
        Category category = category(report.categoryCode());
        Places.requireInCountry(report.latitude(), report.longitude());
        String title = TextRules.line(report.title(), TextRules.TITLE_MIN, TextRules.TITLE_MAX,
                "problems.error.titleLength");
        String description = TextRules.text(report.description(), TextRules.DESCRIPTION_MIN,
                TextRules.DESCRIPTION_MAX, "problems.error.descriptionLength");
        String address = TextRules.optionalLine(report.address(), TextRules.ADDRESS_MAX, "problems.error.addressLength");
        Map<String, String> answers = Answers.check(category, report.answers());
        List<ProcessedPhoto> processed = process(uploads);
        Routing routing = route(category, report.latitude(), report.longitude());
        long id = reports.insert(new JooqReportRepository.NewRow(category.id(), report.latitude(), report.longitude(),
                address, routing.district(), title, description,
                routing.organisation() == null ? null : routing.organisation().value(), reporter.userId(),
                reporter.name(), reporter.email(), report.showName(), reporter.clientId(), Answers.store(answers),
                Deadlines.initial(now, category.deadlineDays()), token(), now));
        storePhotos(id, null, processed, now);
        reports.insertUpdate(id, ProblemStatus.NEW, null, reporter.userId(), null, ReportUpdate.AuthorKind.CITIZEN,
                null, now);
        ReportId reportId = new ReportId(id);
        events.publishEvent(new ProblemReported(reportId, category.code(), routing.organisation()));
        events.publishEvent(new AuditableAction("PROBLEM_REPORTED", reporter.userId(), reporter.auditActor(),
                "problem:" + id, category.code() + (routing.isTriage() ? " -> triage" : " -> organisation "
                + routing.organisation().value()), null, now));
        return reportId;
    }

    public Category category(String code) {
        if (code == null) {
            throw new ProblemException("problems.error.unknownCategory");
        }
        return categories.findByCode(code.strip()).filter(c -> categories.isActive(c.id())).orElseThrow(() ->
                new ProblemException("problems.error.unknownCategory"));
    }

    /** The organisation that covers a place for a category, or triage. */
    public Routing route(Category category, double latitude, double longitude) {
        Places.requireInCountry(latitude, longitude);
        Optional<JooqAreaRepository.AreaRow> area = router.locate(areas.covering(category.id()), latitude, longitude);
        if (area.isEmpty()) {
            String district = router.locate(areas.all(), latitude, longitude)
                    .map(JooqAreaRepository.AreaRow::district).orElse(null);
            return new Routing(null, null, district);
        }
        OrganisationId organisation = new OrganisationId(area.get().organisationId());
        return new Routing(organisation, organisations.find(organisation).map(OrganisationDetails::names).orElse(null),
                area.get().district());
    }

    /** Checks and processes all uploads before anything is stored. */
    public List<ProcessedPhoto> process(List<PhotoUpload> uploads) {
        List<PhotoUpload> given = uploads == null ? List.of() : uploads;
        if (given.size() > MAX_PHOTOS) {
            throw new ProblemException("problems.photo.tooMany", MAX_PHOTOS);
        }
        List<ProcessedPhoto> processed = new ArrayList<>();
        for (PhotoUpload upload : given) {
            processed.add(pipeline.process(upload.content()));
        }
        return processed;
    }

    public void storePhotos(long reportId, Long updateId, List<ProcessedPhoto> processed, Instant now) {
        int position = 0;
        for (ProcessedPhoto photo : processed) {
            TransactionalPhotoWriter.Keys keys = photos.write(photo);
            reports.insertPhoto(reportId, updateId, keys, photo.width(), photo.height(), position++, now);
        }
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
