package uz.muhokama.drafts;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.MembershipView;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.internal.Actor;
import uz.muhokama.drafts.internal.DraftTextReader;
import uz.muhokama.drafts.internal.JooqAdoptionRepository;
import uz.muhokama.drafts.internal.JooqAnswerRepository;
import uz.muhokama.drafts.internal.JooqDraftRepository;
import uz.muhokama.drafts.internal.JooqDraftRepository.DraftState;
import uz.muhokama.drafts.internal.StableKeyMatcher;
import uz.muhokama.files.FileKind;
import uz.muhokama.files.FileService;
import uz.muhokama.files.StoredFile;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.Roles;

/**
 * Drafts for public discussion: an agency editor creates a draft for an agency they belong to, gives it a text (from
 * a file or typed), attaches documents, publishes it for a period, extends, withdraws or marks it adopted; a job closes
 * it at the deadline. Every change is checked here (role, membership, status, period, row version) and audited.
 *
 * <p>A system administrator may act for any agency: the administrator runs the platform (and loads its demo data)
 * and already manages every organisation's members, so a membership rule would only make them add themselves first.
 */
@Service
public class DraftService {

    /** Discussion deadlines are days in Tashkent: a period ends at 24:00 Tashkent time of its last day. */
    public static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private static final String EDITOR = "hasAnyRole('" + Roles.AGENCY_EDITOR + "', '" + Roles.ADMIN + "')";
    private static final int TITLE_MAX = 1000;
    private static final int SUMMARY_MAX = 10000;
    private static final int SHORT_MAX = 300;

    private final JooqDraftRepository drafts;
    private final JooqAnswerRepository answers;
    private final FileService files;
    private final MembershipService memberships;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Actor actor;
    private final ActService acts;
    private final JooqAdoptionRepository adoptions;
    private final Clock clock;

    DraftService(JooqDraftRepository drafts, JooqAnswerRepository answers, FileService files,
                 MembershipService memberships, OrganisationService organisations, ApplicationEventPublisher events,
                 Actor actor, ActService acts, JooqAdoptionRepository adoptions, ObjectProvider<Clock> clock) {
        this.drafts = drafts;
        this.answers = answers;
        this.files = files;
        this.memberships = memberships;
        this.organisations = organisations;
        this.events = events;
        this.actor = actor;
        this.acts = acts;
        this.adoptions = adoptions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Creates an unpublished draft for one of the editor's own ministries or agencies. */
    @PreAuthorize(EDITOR)
    @Transactional
    public DraftId create(DraftFields fields) {
        DraftFields clean = validate(fields);
        requireActingFor(clean.organisation());
        Instant now = now();
        DraftId id = drafts.insert(clean, actorId(), now);
        audit("DRAFT_CREATED", id, clean.organisation().value() + ": " + clean.titleUz(), now);
        return id;
    }

    /** Changes an unpublished draft's description; after publication only the text changes, through versions. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void update(DraftId id, int expectedVersion, DraftFields fields) {
        DraftState state = editable(id);
        DraftFields clean = validate(fields);
        requireActingFor(clean.organisation());
        requireStatus(state, DraftStatus.DRAFT);
        Instant now = now();
        if (!drafts.updateFields(id, expectedVersion, clean, now)) {
            throw stale();
        }
        audit("DRAFT_UPDATED", id, clean.titleUz(), now);
    }

    /** Stores an upload and reads its structure for the editor to check; the draft is not changed yet. */
    @PreAuthorize(EDITOR)
    @Transactional
    public TextPreview previewFile(InputStream content, String fileName) {
        StoredFile file = files.store(content, fileName, FileKind.LEGAL_TEXT, actorId());
        return preview(file.id(), DraftTextReader.read(file, files));
    }

    /** Reads the structure of typed or pasted text; nothing is stored. */
    @PreAuthorize(EDITOR)
    public TextPreview previewTyped(String text) {
        return preview(null, DraftTextReader.typed(text));
    }

    /**
     * Gives an unpublished draft its text from a previewed upload, replacing any earlier text; once published, use
     * {@link #addVersion}.
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void setTextFromFile(DraftId id, int expectedVersion, long fileId) {
        DraftState state = editable(id);
        requireStatus(state, DraftStatus.DRAFT);
        StoredFile file = storedText(fileId);
        replaceText(state, expectedVersion, DraftTextReader.read(file, files), file.id());
    }

    /** Gives an unpublished draft a typed or pasted text, replacing any earlier text. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void setTypedText(DraftId id, int expectedVersion, String text) {
        DraftState state = editable(id);
        requireStatus(state, DraftStatus.DRAFT);
        replaceText(state, expectedVersion, DraftTextReader.typed(text), null);
    }

    /**
     * Corrects a heading the parser read wrongly (or the document had wrong) in an unpublished draft's text; once
     * published, the text changes only through a new version.
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void correctHeading(DraftId id, int expectedVersion, String eId, String heading) {
        DraftState state = editable(id);
        requireStatus(state, DraftStatus.DRAFT);
        String clean = heading == null ? "" : heading.strip();
        if (clean.length() > 2000) {
            throw new DraftException("drafts.error.tooLong", "heading");
        }
        Instant now = now();
        if (!drafts.touch(id, expectedVersion, now)) {
            throw stale();
        }
        if (!drafts.updateHeading(id, 1, eId, clean)) {
            throw new DraftException("drafts.error.notFound");
        }
        audit("DRAFT_HEADING_CORRECTED", id, eId + ": " + clean, now);
    }

    /**
     * Adds a new version of a published draft's text from a previewed upload (or typed text when fileId is null).
     * Each provision carries the stable key of the matching provision of the version before ({@link StableKeyMatcher}),
     * so comments follow their provision into the new text.
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public int addVersion(DraftId id, int expectedVersion, Long fileId, String typedText, String note) {
        DraftState state = editable(id);
        if (state.status() != DraftStatus.OPEN && state.status() != DraftStatus.CLOSED
                && state.status() != DraftStatus.ANSWERED) {
            throw new DraftException("drafts.error.status");
        }
        StoredFile file = fileId == null ? null : storedText(fileId);
        ParsedText text = file == null ? DraftTextReader.typed(typedText) : DraftTextReader.read(file, files);
        requireStructure(text);
        Instant now = now();
        if (!drafts.touch(id, expectedVersion, now)) {
            throw stale();
        }
        List<DraftProvision> previous = drafts.provisions(id, drafts.latestVersion(id));
        Set<String> keysInUse = drafts.stableKeys(id);
        int number = drafts.insertVersion(id, file == null ? null : file.id(), limit(note, 2000), actorId(), now);
        drafts.insertProvisions(id, number,
                StableKeyMatcher.carryKeys(previous, DraftTextReader.provisions(text), number, keysInUse));
        events.publishEvent(new DraftVersionAdded(id, number));
        audit("DRAFT_VERSION_ADDED", id, "version " + number, now);
        return number;
    }

    /** Attaches a document (explanatory note, impact assessment, any other file) to a draft that is not finished. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void addAttachment(DraftId id, int expectedVersion, AttachmentKind kind, String title, InputStream content,
                              String fileName) {
        DraftState state = editable(id);
        if (state.status() == DraftStatus.ADOPTED || state.status() == DraftStatus.WITHDRAWN) {
            throw new DraftException("drafts.error.status");
        }
        if (kind == null) {
            throw new DraftException("drafts.error.required", "attachmentKind");
        }
        String cleanTitle = required(title, SHORT_MAX, "attachmentTitle");
        Instant now = now();
        if (!drafts.touch(id, expectedVersion, now)) {
            throw stale();
        }
        StoredFile file = files.store(content, fileName, FileKind.ATTACHMENT, actorId());
        drafts.insertAttachment(id, file.id(), kind, cleanTitle, now);
        audit("DRAFT_ATTACHMENT_ADDED", id, kind + ": " + file.originalName(), now);
    }

    /**
     * Opens a draft with a text for public discussion from now until 24:00 Tashkent time of {@code lastDay}.
     *
     * @throws DraftException {@code drafts.error.noText}, {@code drafts.error.endInPast},
     *     {@code drafts.error.periodTooShort}, {@code drafts.error.stale}
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void publish(DraftId id, int expectedVersion, LocalDate lastDay) {
        DraftState state = editable(id);
        requireStatus(state, DraftStatus.DRAFT);
        DraftDetails details = drafts.details(id).orElseThrow();
        if (details.versions().isEmpty() || details.versions().getLast().provisionCount() == 0) {
            throw new DraftException("drafts.error.noText");
        }
        Instant now = now();
        checkLastDay(lastDay, state.type(), now);
        Instant end = endOf(lastDay);
        if (!drafts.updateState(id, expectedVersion, DraftStatus.OPEN, now, end, now)) {
            throw stale();
        }
        events.publishEvent(new DraftPublished(id));
        audit("DRAFT_PUBLISHED", id, "until " + end, now);
    }

    /**
     * Records a discussion that was held before the draft came to this platform (a draft moved over from another
     * portal, or the demo data): the draft gets its past period and is closed at once. Only an administrator may do
     * this, and only with a period that has ended and was as long as the law requires.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void recordPastDiscussion(DraftId id, int expectedVersion, LocalDate firstDay, LocalDate lastDay) {
        DraftState state = editable(id);
        requireStatus(state, DraftStatus.DRAFT);
        if (firstDay == null || lastDay == null) {
            throw new DraftException("drafts.error.required", "end");
        }
        Instant now = now();
        Instant end = endOf(lastDay);
        if (end.isAfter(now)) {
            throw new DraftException("drafts.error.status", "end");
        }
        if (lastDay.isBefore(firstDay.plusDays(state.type().minimumDiscussionDays()))) {
            throw new DraftException("drafts.error.periodTooShort", "end");
        }
        Instant start = firstDay.atStartOfDay(TASHKENT).toInstant();
        if (!drafts.updateState(id, expectedVersion, DraftStatus.CLOSED, start, end, now)) {
            throw stale();
        }
        events.publishEvent(new DraftClosed(id));
        audit("DRAFT_PAST_DISCUSSION_RECORDED", id, start + " - " + end, now);
    }

    /** Moves the deadline of an open draft later, with a reason shown to the public. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void extend(DraftId id, int expectedVersion, LocalDate newLastDay, String reason) {
        DraftState state = editable(id);
        Instant now = now();
        if (!acceptsParticipation(state, now)) {
            throw new DraftException("drafts.error.notOpen");
        }
        String cleanReason = required(reason, 2000, "reason");
        if (newLastDay == null) {
            throw new DraftException("drafts.error.required", "end");
        }
        Instant end = endOf(newLastDay);
        if (!end.isAfter(state.end())) {
            throw new DraftException("drafts.error.extendEarlier", "end");
        }
        if (!drafts.updateState(id, expectedVersion, DraftStatus.OPEN, state.start(), end, now)) {
            throw stale();
        }
        drafts.insertPeriodChange(id, state.end(), end, cleanReason, actorId(), now);
        audit("DRAFT_EXTENDED", id, state.end() + " -> " + end + ": " + cleanReason, now);
    }

    /** Withdraws a draft that is not yet adopted. */
    @PreAuthorize(EDITOR)
    @Transactional
    public void withdraw(DraftId id, int expectedVersion) {
        DraftState state = editable(id);
        move(state, expectedVersion, DraftStatus.WITHDRAWN);
        events.publishEvent(new DraftWithdrawn(id));
        audit("DRAFT_WITHDRAWN", id, "from " + state.status(), null);
    }

    /**
     * Publishes the consolidated table of proposals of a closed draft, which moves it to ANSWERED. This is the only way
     * to ANSWERED, and it is refused while any proposal lacks a disposition.
     *
     * @throws DraftException {@code drafts.table.error.notClosed}, {@link UnansweredProposalsException},
     *     {@code drafts.error.stale}
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void publishTable(DraftId id, int expectedVersion) {
        DraftState state = editable(id);
        if (state.status() != DraftStatus.CLOSED) {
            throw new DraftException("drafts.table.error.notClosed");
        }
        AnswerProgress progress = answers.progress(id);
        if (!progress.complete()) {
            throw new UnansweredProposalsException(progress.missing());
        }
        Instant now = now();
        if (!drafts.updateState(id, expectedVersion, DraftStatus.ANSWERED, state.start(), state.end(), now)) {
            throw stale();
        }
        answers.insertTable(id, actorId(), now);
        events.publishEvent(new TablePublished(id));
        audit("DRAFT_TABLE_PUBLISHED", id, progress.total() + " proposals", now);
    }

    /**
     * Marks an answered draft as adopted, naming the act it became: the act's number in any script ({@code ЎРҚ-798},
     * {@code O'RQ-798}) or its address in the legislation base ({@code /act/uz/law/2022/798}). The act page then
     * says it was discussed here.
     *
     * @throws DraftException {@code drafts.error.actNotFound} when the legislation base has no such act
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public void markAdopted(DraftId id, int expectedVersion, String act) {
        DraftState state = editable(id);
        if (!state.status().canMoveTo(DraftStatus.ADOPTED)) {
            throw new DraftException("drafts.error.status");
        }
        String uri = actUri(act).orElseThrow(() -> new DraftException("drafts.error.actNotFound", "act"));
        move(state, expectedVersion, DraftStatus.ADOPTED);
        adoptions.setAct(id, uri);
        events.publishEvent(new DraftAdopted(id));
        audit("DRAFT_ADOPTED", id, "from " + state.status() + " as " + uri, null);
    }

    /** The stable address of the act a published draft became, once adopted. */
    @Transactional(readOnly = true)
    public Optional<String> adoptedAct(DraftId id) {
        return find(id).flatMap(d -> adoptions.act(id));
    }

    private Optional<String> actUri(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String clean = reference.strip();
        int path = clean.indexOf("/act/");
        if (path >= 0) {
            String uri = clean.substring(path).replaceAll("[?#].*$", "").replaceAll("/+$", "");
            return acts.byUri(uri).map(a -> uri);
        }
        return acts.uriForCitation(clean);
    }

    /**
     * Closes every open draft whose period has ended. Idempotent: a draft is closed once, whoever runs it. Runs every
     * minute; comments and votes check {@link #acceptsParticipation} themselves, so the minute's delay admits nothing.
     */
    @Transactional
    public List<DraftId> closeEnded() {
        Instant now = now();
        List<DraftId> closed = drafts.closeEnded(now);
        for (DraftId id : closed) {
            events.publishEvent(new DraftClosed(id));
            events.publishEvent(new AuditableAction("DRAFT_CLOSED", null, "system", target(id),
                    "discussion period ended", null, now));
        }
        return closed;
    }

    /** Whether comments and votes are accepted at {@code now}: the draft is open and its period has not ended. */
    @Transactional(readOnly = true)
    public boolean acceptsParticipation(DraftId id, Instant now) {
        return drafts.state(id).map(s -> acceptsParticipation(s, now)).orElse(false);
    }

    /** A published draft for anyone; an unpublished one only for those who may edit it. */
    @Transactional(readOnly = true)
    public Optional<DraftDetails> find(DraftId id) {
        return drafts.details(id).filter(d -> d.status().isPublic() || mayEdit(d.organisation()));
    }

    /** An attachment's stored file, if its draft is published or the signed-in person may edit it. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> attachmentFile(long attachmentId) {
        return drafts.attachment(attachmentId)
                .filter(a -> a.status().isPublic() || drafts.state(a.draft()).map(s -> mayEdit(s.organisation()))
                        .orElse(false))
                .flatMap(a -> files.find(a.fileId()));
    }

    /** The provisions of one version, in document order. */
    @Transactional(readOnly = true)
    public List<DraftProvision> text(DraftId id, int versionNumber) {
        return find(id).map(d -> drafts.provisions(id, versionNumber)).orElse(List.of());
    }

    /** Published drafts matching a filter, a page at a time. */
    @Transactional(readOnly = true)
    public List<DraftListItem> list(DraftFilter filter, int offset, int limit) {
        return drafts.list(filter, now(), offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public int count(DraftFilter filter) {
        return drafts.count(filter, now());
    }

    /** Whether a draft with this number exists, published or not. */
    @Transactional(readOnly = true)
    public boolean existsWithNumber(String number) {
        return drafts.idByNumber(number).isPresent();
    }

    /** The organisations the signed-in person may create drafts for: their own ministries and agencies. */
    @Transactional(readOnly = true)
    public List<OrganisationDetails> organisationsForEditor() {
        if (isAdmin()) {
            return organisations.all().stream().filter(o -> o.type() != OrganisationType.UTILITY).toList();
        }
        Long userId = actorId();
        if (userId == null) {
            return List.of();
        }
        List<OrganisationId> own = memberships.membershipsOf(userId).stream()
                .filter(m -> m.role().equals(Roles.AGENCY_EDITOR)).map(MembershipView::organisationId).toList();
        return organisations.all().stream().filter(o -> own.contains(o.id())).toList();
    }

    /** Whether the signed-in person may change drafts of the organisation. */
    @Transactional(readOnly = true)
    public boolean mayEdit(OrganisationId organisation) {
        if (isAdmin()) {
            return true;
        }
        Long userId = actorId();
        return userId != null && hasRole(Roles.AGENCY_EDITOR) && memberships.isMember(userId, organisation);
    }

    /** The earliest last day a draft of this type may be published with, starting today. */
    public LocalDate earliestLastDay(DraftActType type) {
        return today().plusDays(type.minimumDiscussionDays());
    }

    /** The last day proposed by default: fifteen days from today (or the minimum, if longer). */
    public LocalDate defaultLastDay(DraftActType type) {
        return today().plusDays(Math.max(15, type.minimumDiscussionDays()));
    }

    /** The end instant of a period whose last day is {@code lastDay}: 24:00 Tashkent time of that day. */
    public static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(TASHKENT).toInstant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), TASHKENT);
    }

    private void checkLastDay(LocalDate lastDay, DraftActType type, Instant now) {
        if (lastDay == null) {
            throw new DraftException("drafts.error.required", "end");
        }
        LocalDate today = LocalDate.ofInstant(now, TASHKENT);
        if (lastDay.isBefore(today)) {
            throw new DraftException("drafts.error.endInPast", "end");
        }
        if (lastDay.isBefore(today.plusDays(type.minimumDiscussionDays()))) {
            throw new DraftException(type == DraftActType.DEPARTMENTAL_ACT ? "drafts.error.periodTooShortDepartmental"
                    : "drafts.error.periodTooShort", "end");
        }
    }

    static boolean acceptsParticipation(DraftState state, Instant now) {
        return state.status() == DraftStatus.OPEN && state.end() != null && now.isBefore(state.end());
    }

    private void replaceText(DraftState state, int expectedVersion, ParsedText text, Long fileId) {
        requireStructure(text);
        Instant now = now();
        if (!drafts.touch(state.id(), expectedVersion, now)) {
            throw stale();
        }
        drafts.deleteVersions(state.id());
        int number = drafts.insertVersion(state.id(), fileId, null, actorId(), now);
        drafts.insertProvisions(state.id(), number, DraftTextReader.provisions(text));
        audit("DRAFT_TEXT_SET", state.id(), text.articles().size() + " articles", now);
    }

    private static void requireStructure(ParsedText text) {
        if (DraftTextReader.isEmpty(text)) {
            throw new DraftException("drafts.error.noText", "text");
        }
    }

    private StoredFile storedText(long fileId) {
        StoredFile file = files.find(fileId).orElseThrow(() -> new DraftException("drafts.error.noText", "text"));
        if (!FileKind.LEGAL_TEXT.accepts(file.mediaType())) {
            throw new DraftException("drafts.error.noText", "text");
        }
        return file;
    }

    private TextPreview preview(Long fileId, ParsedText text) {
        List<String> warnings = new ArrayList<>();
        if (DraftTextReader.isEmpty(text)) {
            warnings.add("drafts.error.noText");
        } else if (text.articles().isEmpty()) {
            warnings.add("drafts.preview.unstructured");
        }
        return new TextPreview(fileId, DraftTextReader.provisions(text), warnings);
    }

    private void move(DraftState state, int expectedVersion, DraftStatus target) {
        if (target == DraftStatus.ANSWERED || !state.status().canMoveTo(target)) {
            throw new DraftException("drafts.error.status");
        }
        if (!drafts.updateState(state.id(), expectedVersion, target, state.start(), state.end(), now())) {
            throw stale();
        }
    }

    /** The draft's state, after checking that the signed-in person may change it. */
    private DraftState editable(DraftId id) {
        DraftState state = drafts.state(id).orElseThrow(() -> new DraftException("drafts.error.notFound"));
        requireActingFor(state.organisation());
        return state;
    }

    private void requireActingFor(OrganisationId organisation) {
        if (!mayEdit(organisation)) {
            throw new AccessDeniedException("Not an editor of organisation " + organisation.value());
        }
    }

    private static void requireStatus(DraftState state, DraftStatus status) {
        if (state.status() != status) {
            throw new DraftException("drafts.error.status");
        }
    }

    private DraftFields validate(DraftFields f) {
        if (f.organisation() == null) {
            throw new DraftException("drafts.error.required", "organisation");
        }
        if (f.type() == null) {
            throw new DraftException("drafts.error.required", "type");
        }
        OrganisationDetails organisation = organisations.find(f.organisation())
                .orElseThrow(() -> new DraftException("drafts.error.required", "organisation"));
        if (organisation.type() == OrganisationType.UTILITY) {
            throw new DraftException("drafts.error.notAnAgency", "organisation");
        }
        String number = f.number() == null || f.number().isBlank() ? null : limit(f.number(), 64);
        return new DraftFields(f.organisation(), f.type(), number, required(f.titleUz(), TITLE_MAX, "titleUz"),
                required(f.titleRu(), TITLE_MAX, "titleRu"), required(f.summaryUz(), SUMMARY_MAX, "summaryUz"),
                required(f.summaryRu(), SUMMARY_MAX, "summaryRu"));
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new DraftException("drafts.error.required", field);
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new DraftException("drafts.error.tooLong", field);
        }
        return clean;
    }

    private static String limit(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new DraftException("drafts.error.tooLong");
        }
        return clean;
    }

    private static DraftException stale() {
        return new DraftException("drafts.error.stale");
    }

    private void audit(String type, DraftId id, String details, Instant now) {
        events.publishEvent(new AuditableAction(type, actorId(), actor.name(), target(id), details, null,
                now == null ? now() : now));
    }

    private static String target(DraftId id) {
        return "draft:" + id.value();
    }

    private Long actorId() {
        return actor.id();
    }

    private boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    private boolean hasRole(String role) {
        return actor.has(role);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
