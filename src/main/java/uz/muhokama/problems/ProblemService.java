package uz.muhokama.problems;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.problems.internal.Actor;
import uz.muhokama.problems.internal.Actors;
import uz.muhokama.problems.internal.JooqAreaRepository;
import uz.muhokama.problems.internal.JooqCategoryRepository;
import uz.muhokama.problems.internal.JooqReportRepository;
import uz.muhokama.problems.internal.PhotoPipeline;
import uz.muhokama.problems.internal.PhotoStorage;
import uz.muhokama.problems.internal.Places;
import uz.muhokama.problems.internal.ProblemMails;
import uz.muhokama.problems.internal.ReportCreation;
import uz.muhokama.problems.internal.ReportRow;
import uz.muhokama.problems.internal.ReportViews;
import uz.muhokama.problems.internal.TextRules;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.Roles;

/**
 * Problem reports as citizens and the public use them: categories, where a report would go, similar reports nearby,
 * reporting with photos, "me too", following, the reporter's confirmation or dispute of a fix, and reading reports
 * and their photos. Staff actions are in {@link ProblemStaffService}.
 */
@Service
public class ProblemService {

    /** Reports of the same category within this distance are offered as duplicates. */
    public static final double DUPLICATE_RADIUS_METRES = 250;
    /** ... if they were made within this many days. */
    public static final int DUPLICATE_DAYS = 30;

    private final JooqCategoryRepository categories;
    private final JooqReportRepository reports;
    private final JooqAreaRepository areas;
    private final ReportCreation creation;
    private final PhotoPipeline pipeline;
    private final PhotoStorage storage;
    private final MembershipService memberships;
    private final ProblemMails mails;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemService(JooqCategoryRepository categories, JooqReportRepository reports, JooqAreaRepository areas,
                   ReportCreation creation, PhotoPipeline pipeline, PhotoStorage storage,
                   MembershipService memberships, ProblemMails mails, Actors actors,
                   ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.categories = categories;
        this.reports = reports;
        this.areas = areas;
        this.creation = creation;
        this.pipeline = pipeline;
        this.storage = storage;
        this.memberships = memberships;
        this.mails = mails;
        this.actors = actors;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The categories one may report, by group and code. */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return categories.active();
    }

    @Transactional(readOnly = true)
    public Optional<Category> category(String code) {
        return code == null ? Optional.empty() : categories.findByCode(code);
    }

    /** The districts that service areas name, for filters. */
    @Transactional(readOnly = true)
    public List<String> districts() {
        return areas.districts();
    }

    /**
     * Who would receive a report of a category at a place.
     *
     * @throws ProblemException {@code problems.error.unknownCategory}, {@code problems.error.outsideCountry}
     */
    @Transactional(readOnly = true)
    public Routing route(String categoryCode, double latitude, double longitude) {
        return creation.route(creation.category(categoryCode), latitude, longitude);
    }

    /** Open reports of the same category within 250 m from the last 30 days, nearest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> nearbyDuplicates(String categoryCode, double latitude, double longitude) {
        Category category = creation.category(categoryCode);
        Places.requireInCountry(latitude, longitude);
        double dLat = Places.latitudeDegrees(DUPLICATE_RADIUS_METRES);
        double dLon = Places.longitudeDegrees(DUPLICATE_RADIUS_METRES, latitude);
        Instant now = now();
        List<ReportRow> near = reports.near(category.id(), latitude - dLat, latitude + dLat, longitude - dLon,
                        longitude + dLon, now.minus(DUPLICATE_DAYS, ChronoUnit.DAYS)).stream()
                .filter(r -> Places.metres(latitude, longitude, r.latitude(), r.longitude()) <= DUPLICATE_RADIUS_METRES)
                .sorted(Comparator.comparingDouble(r -> Places.metres(latitude, longitude, r.latitude(), r.longitude())))
                .toList();
        Map<Long, Long> thumbnails = reports.firstPhotos(near.stream().map(ReportRow::id).toList());
        return near.stream().map(r -> ReportViews.summary(r, thumbnails.get(r.id()), now)).toList();
    }

    /**
     * Reports a problem as the signed-in person, with up to five photos; the reporter hears of every update by e-mail.
     *
     * @throws ProblemException when a check fails (unknown category, place outside the country, text lengths or
     *                          markup, a missing answer, too many or bad photos); nothing is kept then
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReportId report(NewReport report, List<PhotoUpload> photos) {
        Actor actor = signedIn();
        Instant now = now();
        ReportId id = creation.create(report, photos, new ReportCreation.Reporter(actor.userId(),
                actor.displayName(), actor.email(), null, actor.auditName()), now);
        return id;
    }

    /** Adds the signed-in person as a supporter ("this is my problem too"); a second time changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void meToo(ReportId id) {
        Actor actor = signedIn();
        ReportRow report = visible(id);
        if (!report.status().isOpen()) {
            throw new ProblemException("problems.error.closed");
        }
        Instant now = now();
        if (reports.addSupporter(report.id(), actor.userId(), now)) {
            reports.follow(report.id(), actor.userId(), actor.email(), now);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(ReportId id) {
        Actor actor = signedIn();
        reports.follow(visible(id).id(), actor.userId(), actor.email(), now());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(ReportId id) {
        Actor actor = signedIn();
        reports.unfollow(visible(id).id(), actor.userId());
    }

    /** Whether the signed-in person follows, supports or made the report; all false for the public. */
    @Transactional(readOnly = true)
    public Involvement involvement(ReportId id) {
        Actor actor = actors.current();
        Optional<ReportRow> report = reports.find(id.value());
        if (actor.userId() == null || report.isEmpty()) {
            return new Involvement(false, false, false, false);
        }
        ReportRow row = report.get();
        return new Involvement(actor.userId().equals(row.reporterId()), reports.isFollowing(row.id(), actor.userId()),
                reports.isSupporter(row.id(), actor.userId()), mayHandle(actor, row));
    }

    /** Whether the caller is a signed-in account (who may report, follow and support). */
    public boolean isSignedIn() {
        return actors.current().userId() != null;
    }

    /**
     * What the signed-in person has to do with a report.
     *
     * @param staff the person may act on it as staff of its organisation (or as an administrator)
     */
    public record Involvement(boolean reporter, boolean following, boolean supporter, boolean staff) {
    }

    /**
     * The reporter confirms the fix: a fixed report is closed.
     *
     * @throws ProblemForbiddenException {@code problems.error.notReporter} for anyone but the reporter
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void confirmFixed(ReportId id) {
        ReportRow report = ownReport(id);
        if (report.status() != ProblemStatus.FIXED) {
            throw new ProblemException("problems.error.status");
        }
        changeAsReporter(report, ProblemStatus.CLOSED, null, "PROBLEM_FIX_CONFIRMED");
    }

    /**
     * The reporter says a fixed or closed report is not fixed: it opens again and the organisation is told by e-mail.
     *
     * @throws ProblemForbiddenException {@code problems.error.notReporter} for anyone but the reporter
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void dispute(ReportId id, String note) {
        ReportRow report = ownReport(id);
        if (report.status() != ProblemStatus.FIXED && report.status() != ProblemStatus.CLOSED) {
            throw new ProblemException("problems.error.status");
        }
        String clean = TextRules.text(note, 5, TextRules.NOTE_MAX, "problems.error.noteLength");
        changeAsReporter(report, ProblemStatus.REOPENED, clean, "PROBLEM_FIX_DISPUTED");
        mails.disputed(report, clean);
    }

    /** A report's page; empty for an unknown or hidden report (staff and administrators still see hidden ones). */
    @Transactional(readOnly = true)
    public Optional<ReportDetails> find(ReportId id) {
        Actor actor = actors.current();
        return reports.find(id.value())
                .filter(r -> !r.hidden() || actor.isAdmin() || actor.has(Roles.MODERATOR))
                .map(r -> ReportViews.details(r, mayHandle(actor, r), reports.reportPhotos(r.id()),
                        reports.history(r.id()), now()));
    }

    /** Public reports matching a filter, newest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> list(ReportFilter filter, int offset, int limit) {
        Instant now = now();
        List<ReportRow> rows = reports.list(filter == null ? ReportFilter.ALL : filter, now, Math.max(0, offset),
                Math.clamp(limit, 1, 500));
        Map<Long, Long> thumbnails = reports.firstPhotos(rows.stream().map(ReportRow::id).toList());
        return rows.stream().map(r -> ReportViews.summary(r, thumbnails.get(r.id()), now)).toList();
    }

    @Transactional(readOnly = true)
    public int count(ReportFilter filter) {
        return reports.count(filter == null ? ReportFilter.ALL : filter, now());
    }

    /**
     * One size of a photo (JPEG without metadata), if its report is public; the caller closes the stream. A photo
     * stored before medium sizes were made is served from its image in that size.
     */
    @Transactional(readOnly = true)
    public Optional<InputStream> photo(long photoId, PhotoSize size) {
        return reports.photo(photoId).filter(p -> !p.reportHidden())
                .map(p -> storage.open(switch (size) {
                    case IMAGE -> p.imageKey();
                    case MEDIUM -> p.mediumKey() == null ? p.imageKey() : p.mediumKey();
                    case THUMBNAIL -> p.thumbKey();
                }));
    }

    /**
     * Checks an upload as a report would, so that the form can refuse a bad photo at once; nothing is stored.
     *
     * @throws ProblemException with the photo's refusal
     */
    public void checkPhoto(byte[] photo) {
        pipeline.check(photo);
    }

    /** The GPS position in a photo, to suggest the place before the photo is cleaned; nothing is stored. */
    public Optional<double[]> photoLocation(byte[] photo) {
        return pipeline.location(photo);
    }

    private void changeAsReporter(ReportRow report, ProblemStatus status, String note, String auditType) {
        Actor actor = actors.current();
        Instant now = now();
        if (!reports.updateStatus(report.id(), report.version(), status, now)) {
            throw new ProblemException("problems.error.stale");
        }
        long update = reports.insertUpdate(report.id(), status, note, actor.userId(), actor.email(),
                ReportUpdate.AuthorKind.CITIZEN, null, now);
        events.publishEvent(new ProblemStatusChanged(new ReportId(report.id()), report.status(), status, update));
        events.publishEvent(new AuditableAction(auditType, actor.userId(), actor.auditName(), "problem:" + report.id(),
                report.status() + " -> " + status, null, now));
        mails.updated(report, status, note, actor.userId());
    }

    private ReportRow ownReport(ReportId id) {
        Actor actor = signedIn();
        ReportRow report = visible(id);
        if (!actor.userId().equals(report.reporterId())) {
            throw new ProblemForbiddenException("problems.error.notReporter");
        }
        return report;
    }

    private ReportRow visible(ReportId id) {
        return reports.find(id.value()).filter(r -> !r.hidden())
                .orElseThrow(() -> new ProblemException("problems.error.notFound"));
    }

    private Actor signedIn() {
        Actor actor = actors.current();
        if (actor.userId() == null) {
            throw new ProblemForbiddenException("problems.error.signInRequired");
        }
        return actor;
    }

    private boolean mayHandle(Actor actor, ReportRow report) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.userId() != null && report.organisationId() != null && actor.has(Roles.UTILITY_STAFF)
                && memberships.isMember(actor.userId(), new OrganisationId(report.organisationId()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
