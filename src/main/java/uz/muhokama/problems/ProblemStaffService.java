package uz.muhokama.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.MembershipView;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.problems.internal.Actor;
import uz.muhokama.problems.internal.Actors;
import uz.muhokama.problems.internal.Deadlines;
import uz.muhokama.problems.internal.JooqReportRepository;
import uz.muhokama.problems.internal.ProblemMails;
import uz.muhokama.problems.internal.ProcessedPhoto;
import uz.muhokama.problems.internal.ReportCreation;
import uz.muhokama.problems.internal.ReportRow;
import uz.muhokama.problems.internal.ReportViews;
import uz.muhokama.problems.internal.TextRules;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.Roles;

/**
 * What a utility's staff do with their organisation's reports: the queue, acknowledging, changing the status with a
 * public note and photos, response templates, merging duplicates, reassigning with a reason, extending the deadline
 * once. Staff act only on their own organisation's reports; an administrator acts on any, including the triage queue
 * of reports no organisation covers. Every action is audited.
 */
@Service
public class ProblemStaffService {

    private static final String STAFF = "hasAnyRole('" + Roles.UTILITY_STAFF + "', '" + Roles.ADMIN + "')";

    private final JooqReportRepository reports;
    private final ReportCreation creation;
    private final MembershipService memberships;
    private final OrganisationService organisations;
    private final ProblemMails mails;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemStaffService(JooqReportRepository reports, ReportCreation creation, MembershipService memberships,
                        OrganisationService organisations, ProblemMails mails, Actors actors,
                        ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.creation = creation;
        this.memberships = memberships;
        this.organisations = organisations;
        this.mails = mails;
        this.actors = actors;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The utilities whose queue the signed-in person works (all utilities for an administrator). */
    @Transactional(readOnly = true)
    public List<OrganisationDetails> myOrganisations() {
        Actor actor = actors.current();
        if (!actor.isAdmin() && (actor.userId() == null || !actor.has(Roles.UTILITY_STAFF))) {
            return List.of();
        }
        List<OrganisationDetails> utilities = organisations.all().stream()
                .filter(o -> o.type() == OrganisationType.UTILITY).toList();
        if (actor.isAdmin()) {
            return utilities;
        }
        List<OrganisationId> own = memberships.membershipsOf(actor.userId()).stream()
                .map(MembershipView::organisationId).toList();
        return utilities.stream().filter(o -> own.contains(o.id())).toList();
    }

    /** Whether the signed-in person may hide abusive reports (moderators and administrators). */
    public boolean mayModerate() {
        Actor actor = actors.current();
        return actor.isAdmin() || actor.has(Roles.MODERATOR);
    }

    /** Whether the signed-in person works the triage queue (administrators do). */
    public boolean mayTriage() {
        return actors.current().isAdmin();
    }

    /**
     * An organisation's queue (or, for an administrator, the triage queue when the filter asks for it), overdue
     * reports marked, newest first.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ReportSummary> queue(ReportFilter filter, int offset, int limit) {
        ReportFilter checked = checkedQueue(filter);
        Instant now = now();
        List<ReportRow> rows = reports.list(checked, now, Math.max(0, offset), Math.clamp(limit, 1, 500));
        Map<Long, Long> thumbnails = reports.firstPhotos(rows.stream().map(ReportRow::id).toList());
        return rows.stream().map(r -> ReportViews.summary(r, thumbnails.get(r.id()), now)).toList();
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public int queueCount(ReportFilter filter) {
        return reports.count(checkedQueue(filter), now());
    }

    /** Marks a new or reopened report as seen by the organisation. */
    @PreAuthorize(STAFF)
    @Transactional
    public void acknowledge(ReportId id) {
        ReportRow report = handled(id);
        if (report.status() != ProblemStatus.NEW && report.status() != ProblemStatus.REOPENED) {
            throw new ProblemException("problems.error.status");
        }
        change(report, ProblemStatus.ACKNOWLEDGED, null, List.of(), "PROBLEM_ACKNOWLEDGED");
    }

    /**
     * Changes the status with a public note and up to five photos; with {@code status} {@code null} only the note and
     * photos are added.
     *
     * @throws ProblemException {@code problems.error.status} for a status staff do not set (new, duplicate,
     *                          reopened) or a merged report; text and photo errors as for a report
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void changeStatus(ReportId id, ProblemStatus status, String note, List<PhotoUpload> photos) {
        ReportRow report = handled(id);
        if (report.status() == ProblemStatus.DUPLICATE || (status != null && !status.settableByStaff())) {
            throw new ProblemException("problems.error.status");
        }
        String clean = note == null || note.isBlank() ? null
                : TextRules.text(note, 1, TextRules.NOTE_MAX, "problems.error.noteLength");
        if (status == null && clean == null && (photos == null || photos.isEmpty())) {
            throw new ProblemException("problems.error.noteLength", 1, TextRules.NOTE_MAX);
        }
        change(report, status, clean, creation.process(photos), "PROBLEM_STATUS_CHANGED");
    }

    /** Merges a duplicate into another open report of the same category; the duplicate's supporters stay counted. */
    @PreAuthorize(STAFF)
    @Transactional
    public void merge(ReportId duplicate, ReportId into, String note) {
        ReportRow report = handled(duplicate);
        ReportRow target = reports.find(into.value()).filter(r -> !r.hidden())
                .orElseThrow(() -> new ProblemException("problems.error.notFound"));
        if (target.id() == report.id() || target.mergedIntoId() != null || target.categoryId() != report.categoryId()
                || report.status() == ProblemStatus.DUPLICATE) {
            throw new ProblemException("problems.error.merge");
        }
        Actor actor = actors.current();
        Instant now = now();
        if (!reports.merge(report.id(), report.version(), target.id(), now)) {
            throw new ProblemException("problems.error.stale");
        }
        String clean = note == null || note.isBlank() ? null
                : TextRules.text(note, 1, TextRules.NOTE_MAX, "problems.error.noteLength");
        long update = reports.insertUpdate(report.id(), ProblemStatus.DUPLICATE, clean, actor.userId(), actor.email(),
                ReportUpdate.AuthorKind.STAFF, report.organisationId(), now);
        events.publishEvent(new ProblemStatusChanged(duplicate, report.status(), ProblemStatus.DUPLICATE, update));
        audit(actor, "PROBLEM_MERGED", report.id(), "into problem:" + target.id(), now);
        mails.updated(report, ProblemStatus.DUPLICATE, clean, actor.userId());
    }

    /**
     * Hands a report to another utility with a reason; it starts again as new there. An administrator also uses this
     * to send a triaged report to an organisation.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void reassign(ReportId id, OrganisationId to, String reason) {
        ReportRow report = handled(id);
        OrganisationDetails target = organisations.find(to).filter(o -> o.type() == OrganisationType.UTILITY)
                .orElseThrow(() -> new ProblemException("problems.error.unknownOrganisation"));
        if (to.value() == (report.organisationId() == null ? -1 : report.organisationId())) {
            throw new ProblemException("problems.error.sameOrganisation");
        }
        String clean = TextRules.text(reason, 5, TextRules.NOTE_MAX, "problems.error.reasonLength");
        Actor actor = actors.current();
        Instant now = now();
        if (!reports.reassign(report.id(), report.version(), to.value(), now)) {
            throw new ProblemException("problems.error.stale");
        }
        reports.insertUpdate(report.id(), ProblemStatus.NEW, clean, actor.userId(), actor.email(),
                ReportUpdate.AuthorKind.STAFF, report.organisationId(), now);
        audit(actor, "PROBLEM_REASSIGNED", report.id(), (report.organisationId() == null ? "triage"
                : "organisation " + report.organisationId()) + " -> " + target.code() + ": " + clean, now);
    }

    /**
     * Extends the answer deadline once, to one month after the report, with a reason shown in public.
     *
     * @throws ProblemException {@code problems.error.alreadyExtended} the second time
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void extendDeadline(ReportId id, String reason) {
        ReportRow report = handled(id);
        if (report.extended()) {
            throw new ProblemException("problems.error.alreadyExtended");
        }
        if (!report.status().isOpen()) {
            throw new ProblemException("problems.error.status");
        }
        String clean = TextRules.text(reason, 5, 1000, "problems.error.reasonLength");
        Instant deadline = Deadlines.extended(report.createdAt());
        if (!deadline.isAfter(report.deadline())) {
            throw new ProblemException("problems.error.alreadyExtended");
        }
        Actor actor = actors.current();
        Instant now = now();
        if (!reports.extend(report.id(), report.version(), deadline, clean, now)) {
            throw new ProblemException("problems.error.stale");
        }
        reports.insertUpdate(report.id(), null, clean, actor.userId(), actor.email(), ReportUpdate.AuthorKind.STAFF,
                report.organisationId(), now);
        audit(actor, "PROBLEM_DEADLINE_EXTENDED", report.id(), report.deadline() + " -> " + deadline, now);
    }

    /** The organisation's response templates. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ResponseTemplate> templates(OrganisationId organisation) {
        requireMember(organisation);
        return reports.templates(organisation.value());
    }

    @PreAuthorize(STAFF)
    @Transactional
    public long addTemplate(OrganisationId organisation, String title, String body) {
        requireMember(organisation);
        String cleanTitle = TextRules.line(title, 2, 120, "problems.error.titleLength");
        String cleanBody = TextRules.text(body, 5, TextRules.NOTE_MAX, "problems.error.noteLength");
        Instant now = now();
        long id = reports.insertTemplate(organisation.value(), cleanTitle, cleanBody, now);
        audit(actors.current(), "PROBLEM_TEMPLATE_ADDED", null, "organisation " + organisation.value() + ": "
                + cleanTitle, now);
        return id;
    }

    /** Hides an abusive report from the public (its photos too), or shows it again. */
    @PreAuthorize("hasAnyRole('" + Roles.MODERATOR + "', '" + Roles.ADMIN + "')")
    @Transactional
    public void setHidden(ReportId id, boolean hidden) {
        ReportRow report = reports.find(id.value()).orElseThrow(() -> new ProblemException("problems.error.notFound"));
        Instant now = now();
        reports.setHidden(report.id(), hidden, now);
        audit(actors.current(), hidden ? "PROBLEM_HIDDEN" : "PROBLEM_SHOWN", report.id(), report.title(), now);
    }

    private void change(ReportRow report, ProblemStatus status, String note, List<ProcessedPhoto> photos,
                        String auditType) {
        Actor actor = actors.current();
        Instant now = now();
        boolean saved = status == null ? touch(report, now) : reports.updateStatus(report.id(), report.version(),
                status, now);
        if (!saved) {
            throw new ProblemException("problems.error.stale");
        }
        long update = reports.insertUpdate(report.id(), status, note, actor.userId(), actor.email(),
                ReportUpdate.AuthorKind.STAFF, report.organisationId(), now);
        creation.storePhotos(report.id(), update, photos, now);
        if (status != null) {
            events.publishEvent(new ProblemStatusChanged(new ReportId(report.id()), report.status(), status, update));
        }
        audit(actor, auditType, report.id(), (status == null ? "note" : report.status() + " -> " + status)
                + (photos.isEmpty() ? "" : ", " + photos.size() + " photos"), now);
        mails.updated(report, status, note, actor.userId());
    }

    private boolean touch(ReportRow report, Instant now) {
        reports.touch(report.id(), now);
        return true;
    }

    private ReportFilter checkedQueue(ReportFilter filter) {
        Actor actor = actors.current();
        ReportFilter given = filter == null ? ReportFilter.ALL : filter;
        if (actor.isAdmin()) {
            return given;
        }
        if (given.triage() || given.organisation() == null) {
            throw new ProblemForbiddenException("problems.error.notYourOrganisation");
        }
        requireMember(given.organisation());
        return given;
    }

    private ReportRow handled(ReportId id) {
        ReportRow report = reports.find(id.value()).orElseThrow(() -> new ProblemException("problems.error.notFound"));
        Actor actor = actors.current();
        if (actor.isAdmin()) {
            return report;
        }
        if (report.organisationId() == null) {
            throw new ProblemForbiddenException("problems.error.notYourOrganisation");
        }
        requireMember(new OrganisationId(report.organisationId()));
        return report;
    }

    private void requireMember(OrganisationId organisation) {
        Actor actor = actors.current();
        if (actor.isAdmin()) {
            return;
        }
        if (actor.userId() == null || !actor.has(Roles.UTILITY_STAFF)
                || !memberships.isMember(actor.userId(), organisation)) {
            throw new ProblemForbiddenException("problems.error.notYourOrganisation");
        }
    }

    private void audit(Actor actor, String type, Long reportId, String details, Instant now) {
        events.publishEvent(new AuditableAction(type, actor.userId(), actor.auditName(),
                reportId == null ? "problems" : "problem:" + reportId, details, null, now));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
