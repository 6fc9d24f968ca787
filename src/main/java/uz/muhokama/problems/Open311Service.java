package uz.muhokama.problems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.internal.JooqCategoryRepository;
import uz.muhokama.problems.internal.JooqReportRepository;
import uz.muhokama.problems.internal.ReportCreation;
import uz.muhokama.problems.internal.ReportRow;
import uz.muhokama.problems.internal.TextRules;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.shared.SupportedLocale;

/**
 * The Open311 GeoReport v2 view of problem reports, with mySociety's {@code servicerequestupdates}: reading is open to
 * anyone; creating a request or an update needs a client's API key, checked here, and goes through the same checks
 * as the web form.
 */
@Service
public class Open311Service {

    /** The longest range of {@code start_date} to {@code end_date}, and the default window, as the specification says. */
    public static final Duration MAX_RANGE = Duration.ofDays(90);
    public static final int MAX_RESULTS = 1000;

    private final JooqCategoryRepository categories;
    private final JooqReportRepository reports;
    private final ReportCreation creation;
    private final ApiKeyService keys;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Open311Service(JooqCategoryRepository categories, JooqReportRepository reports, ReportCreation creation,
                   ApiKeyService keys, OrganisationService organisations,
                   ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.categories = categories;
        this.reports = reports;
        this.creation = creation;
        this.keys = keys;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What a request list asks for; empty lists and {@code null}s mean no restriction. */
    public record Query(List<Long> ids, List<String> serviceCodes, Instant start, Instant end, String status) {
    }

    /** The reply to a created request. */
    public record Created(String serviceRequestId, String token) {
    }

    @Transactional(readOnly = true)
    public List<Category> services() {
        return categories.active();
    }

    /** @throws Open311Exception 404 for an unknown service code */
    @Transactional(readOnly = true)
    public Category definition(String serviceCode) {
        return categories.findByCode(serviceCode == null ? "" : serviceCode)
                .orElseThrow(() -> new Open311Exception(404, "Unknown service_code: " + serviceCode));
    }

    /**
     * Requests matching a query, newest first, at most {@value #MAX_RESULTS}. Without dates, the last 90 days.
     *
     * @throws Open311Exception 400 for a range over 90 days, an end before the start, an unknown status or service
     */
    @Transactional(readOnly = true)
    public List<Open311Request> requests(Query query) {
        Instant end = query.end() == null ? (query.start() == null ? now() : query.start().plus(MAX_RANGE))
                : query.end();
        Instant start = query.start() == null ? end.minus(MAX_RANGE) : query.start();
        if (end.isBefore(start)) {
            throw new Open311Exception(400, "end_date is before start_date");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new Open311Exception(400, "The range from start_date to end_date may not exceed 90 days");
        }
        Boolean open = switch (query.status() == null ? "" : query.status()) {
            case "" -> null;
            case "open" -> true;
            case "closed" -> false;
            default -> throw new Open311Exception(400, "status must be open or closed");
        };
        for (String code : query.serviceCodes()) {
            if (categories.findByCode(code).isEmpty()) {
                throw new Open311Exception(400, "Unknown service_code: " + code);
            }
        }
        boolean byId = !query.ids().isEmpty();
        List<ReportRow> rows = reports.open311(query.ids(), query.serviceCodes(), byId ? null : start,
                byId ? null : end, open, MAX_RESULTS);
        return map(rows);
    }

    @Transactional(readOnly = true)
    public Optional<Open311Request> request(long id) {
        return reports.find(id).filter(r -> !r.hidden()).map(r -> map(List.of(r)).getFirst());
    }

    @Transactional(readOnly = true)
    public Optional<Open311Request> byToken(String token) {
        return reports.findByToken(token == null ? "" : token).filter(r -> !r.hidden())
                .map(r -> map(List.of(r)).getFirst());
    }

    /**
     * Creates a request for a client.
     *
     * @throws Open311Exception 403 without a valid key; 400 for a refused report, with the reason in English
     */
    @Transactional
    public Created create(String apiKey, NewReport report, String email, String name, List<PhotoUpload> photos) {
        long client = client(apiKey);
        String contact = email == null || email.isBlank() ? null : email.strip();
        if (contact != null && (contact.length() > 254 || !contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new Open311Exception(400, "email is not an e-mail address");
        }
        String contactName = name == null || name.isBlank() ? null
                : TextRules.line(name, 1, 200, "problems.error.nameLength");
        ReportId id = creation.create(report, photos, new ReportCreation.Reporter(null, contactName, contact, client,
                "open311-client:" + client), now());
        ReportRow row = reports.find(id.value()).orElseThrow();
        return new Created(String.valueOf(id.value()), row.token());
    }

    /** Updates of public reports in a range (at most 90 days; the last 24 hours without dates). */
    @Transactional(readOnly = true)
    public List<Open311Update> updates(Instant start, Instant end) {
        Instant to = end == null ? now() : end;
        Instant from = start == null ? to.minus(1, ChronoUnit.DAYS) : start;
        if (to.isBefore(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new Open311Exception(400, "The range from start_date to end_date must be positive and at most 90 days");
        }
        return reports.updatesBetween(from, to, MAX_RESULTS).stream()
                .map(u -> new Open311Update(String.valueOf(u.id()), String.valueOf(u.reportId()),
                        (u.status() == null ? u.reportStatus() : u.status()).name(), u.note(), u.createdAt(),
                        u.firstPhotoId()))
                .toList();
    }

    /**
     * A client adds a public note to a request on behalf of a resident; the status is not changed from outside.
     *
     * @throws Open311Exception 403 without a valid key, 404 for an unknown request, 400 for a refused note
     */
    @Transactional
    public Open311Update addUpdate(String apiKey, long serviceRequestId, String description) {
        long client = client(apiKey);
        ReportRow report = reports.find(serviceRequestId).filter(r -> !r.hidden())
                .orElseThrow(() -> new Open311Exception(404, "Unknown service_request_id: " + serviceRequestId));
        String note = TextRules.text(description, 1, TextRules.NOTE_MAX, "problems.error.noteLength");
        Instant now = now();
        long id = reports.insertUpdate(report.id(), null, note, null, null, ReportUpdate.AuthorKind.CITIZEN, null, now);
        reports.touch(report.id(), now);
        events.publishEvent(new AuditableAction("OPEN311_UPDATE_ADDED", null, "open311-client:" + client,
                "problem:" + report.id(), null, null, now));
        return new Open311Update(String.valueOf(id), String.valueOf(report.id()), report.status().name(), note, now,
                null);
    }

    private long client(String apiKey) {
        return keys.clientOf(apiKey).orElseThrow(() -> new Open311Exception(403, "Missing or invalid api_key"));
    }

    private List<Open311Request> map(List<ReportRow> rows) {
        Map<Long, Category> byId = new HashMap<>();
        categories.active().forEach(c -> byId.put(c.id(), c));
        Map<Long, String> agencies = new HashMap<>();
        List<Long> ids = rows.stream().map(ReportRow::id).toList();
        Map<Long, Long> photos = reports.firstPhotos(ids);
        Map<Long, String> notes = reports.lastNotes(ids);
        return rows.stream().map(r -> {
            Category category = byId.computeIfAbsent(r.categoryId(), id -> categories.find(id).orElseThrow());
            String agency = r.organisationId() == null ? null : agencies.computeIfAbsent(r.organisationId(),
                    id -> organisations.find(new OrganisationId(id)).map(OrganisationDetails::names)
                            .map(n -> n.in(SupportedLocale.DEFAULT)).orElse(null));
            return new Open311Request(String.valueOf(r.id()), r.status().open311(),
                    notes.get(r.id()), category.code(),
                    category, r.description(), agency, r.createdAt(), r.updatedAt(), r.deadline(), r.address(),
                    r.latitude(), r.longitude(), photos.get(r.id()), r.status().name());
        }).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
