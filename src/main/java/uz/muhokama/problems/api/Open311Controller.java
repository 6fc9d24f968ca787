package uz.muhokama.problems.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.Open311Exception;
import uz.muhokama.problems.Open311Request;
import uz.muhokama.problems.Open311Service;
import uz.muhokama.problems.Open311Update;
import uz.muhokama.problems.PhotoUpload;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, services and their definitions, requests (list with the
 * standard filters, one, create with an API key), tokens, and mySociety's {@code servicerequestupdates}. Every
 * endpoint answers JSON or XML by its extension; errors are {@code [{"code":…,"description":…}]} (or
 * {@code <errors>}) with the same HTTP status. Names are in Uzbek (Latin) unless {@code locale} asks for another of
 * the platform's languages.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    private static final int TITLE_MAX = 100;

    private final Open311Service open311;
    private final Translations translations;

    Open311Controller(Open311Service open311, Translations translations) {
        this.open311 = open311;
        this.translations = translations;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<Object> discovery(@PathVariable String format) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
        Map<String, Object> endpoint = Open311Body.fields();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-26T00:00:00+05:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> body = Open311Body.fields();
        body.put("changeset", "2026-11-26T00:00:00+05:00");
        body.put("contact", "Muhokama, " + ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        body.put("key_service", "API keys are issued by the platform's administrators on request.");
        body.put("endpoints", List.of(endpoint));
        return object(format, "discovery", body);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<Object> services(@PathVariable String format, HttpServletRequest request) {
        Locale locale = locale(request);
        List<Map<String, Object>> services = open311.services().stream().map(c -> service(c, locale)).toList();
        return list(format, "services", "service", services);
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<Object> definition(@PathVariable String code, @PathVariable String format,
                                      HttpServletRequest request) {
        checkFormat(format);
        Category category = open311.definition(code);
        Locale locale = locale(request);
        List<Map<String, Object>> attributes = category.questions().stream().map(q -> attribute(q, locale)).toList();
        Map<String, Object> body = Open311Body.fields();
        body.put("service_code", category.code());
        body.put("attributes", attributes);
        return object(format, "service_definition", body);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<Object> requests(@PathVariable String format, HttpServletRequest request) {
        checkFormat(format);
        List<Long> ids = new ArrayList<>();
        for (String id : split(request.getParameter("service_request_id"))) {
            ids.add(requestId(id));
        }
        Open311Service.Query query = new Open311Service.Query(ids, split(request.getParameter("service_code")),
                date(request, "start_date"), date(request, "end_date"), blankToNull(request.getParameter("status")));
        Locale locale = locale(request);
        return list(format, "service_requests", "request",
                open311.requests(query).stream().map(r -> request(r, locale)).toList());
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<Object> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        checkFormat(format);
        Open311Request found = open311.request(requestId(id))
                .orElseThrow(() -> new Open311Exception(404, "Unknown service_request_id: " + id));
        return list(format, "service_requests", "request", List.of(request(found, locale(request))));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<Object> create(@PathVariable String format, HttpServletRequest request,
                                  @RequestParam(name = "media", required = false) List<MultipartFile> media) {
        checkFormat(format);
        if (blankToNull(request.getParameter("media_url")) != null) {
            throw new Open311Exception(400, "media_url is not fetched; send the photo as the multipart field media");
        }
        String description = request.getParameter("description");
        NewReport report = new NewReport(required(request, "service_code"), coordinate(request, "lat"),
                coordinate(request, "long"), request.getParameter("address_string"), title(description), description,
                false, attributes(request));
        String name = String.join(" ", nonBlank(request.getParameter("first_name")),
                nonBlank(request.getParameter("last_name"))).strip();
        Open311Service.Created created = open311.create(request.getParameter("api_key"), report,
                request.getParameter("email"), name, photos(media));
        Map<String, Object> body = Open311Body.fields();
        body.put("service_request_id", created.serviceRequestId());
        body.put("token", created.token());
        body.put("service_notice", null);
        body.put("account_id", null);
        return list(format, "service_requests", "request", List.of(body), HttpStatus.CREATED);
    }

    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<Object> token(@PathVariable String token, @PathVariable String format) {
        checkFormat(format);
        Open311Request found = open311.byToken(token)
                .orElseThrow(() -> new Open311Exception(404, "Unknown token"));
        Map<String, Object> body = Open311Body.fields();
        body.put("service_request_id", found.serviceRequestId());
        body.put("token", token);
        return list(format, "service_requests", "request", List.of(body));
    }

    @GetMapping("/servicerequestupdates.{format}")
    ResponseEntity<Object> updates(@PathVariable String format, HttpServletRequest request) {
        checkFormat(format);
        List<Map<String, Object>> updates = open311.updates(date(request, "start_date"), date(request, "end_date"))
                .stream().map(this::update).toList();
        return list(format, "service_request_updates", "request_update", updates);
    }

    @PostMapping("/servicerequestupdates.{format}")
    ResponseEntity<Object> addUpdate(@PathVariable String format, HttpServletRequest request) {
        checkFormat(format);
        Open311Update update = open311.addUpdate(request.getParameter("api_key"),
                requestId(required(request, "service_request_id")), request.getParameter("description"));
        Map<String, Object> body = Open311Body.fields();
        body.put("update_id", update.updateId());
        return list(format, "service_request_updates", "request_update", List.of(body), HttpStatus.CREATED);
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<Object> refused(Open311Exception e, HttpServletRequest request) {
        return error(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> refused(ProblemException e, HttpServletRequest request) {
        return error(request, 400, translations.get(SupportedLocale.EN, e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return error(request, 413, "The upload is too large");
    }

    private Map<String, Object> service(Category category, Locale locale) {
        Map<String, Object> fields = Open311Body.fields();
        fields.put("service_code", category.code());
        fields.put("service_name", category.name(locale));
        fields.put("description", null);
        fields.put("metadata", !category.questions().isEmpty());
        fields.put("type", "realtime");
        fields.put("keywords", category.group().code());
        fields.put("group", category.group().code());
        return fields;
    }

    private static Map<String, Object> attribute(CategoryQuestion question, Locale locale) {
        Map<String, Object> fields = Open311Body.fields();
        fields.put("variable", true);
        fields.put("code", question.code());
        fields.put("datatype", question.datatype());
        fields.put("required", question.required());
        fields.put("datatype_description", null);
        fields.put("order", question.position());
        fields.put("description", question.question().in(locale));
        List<Map<String, Object>> values = question.values().stream().map(v -> {
            Map<String, Object> value = Open311Body.fields();
            value.put("key", v.key());
            value.put("name", v.name());
            return value;
        }).toList();
        fields.put("values", values);
        return fields;
    }

    private Map<String, Object> request(Open311Request r, Locale locale) {
        Map<String, Object> fields = Open311Body.fields();
        fields.put("service_request_id", r.serviceRequestId());
        fields.put("status", r.status());
        fields.put("status_notes", r.statusNotes());
        fields.put("service_name", r.category().name(locale));
        fields.put("service_code", r.serviceCode());
        fields.put("description", r.description());
        fields.put("agency_responsible", r.agencyResponsible());
        fields.put("service_notice", null);
        fields.put("requested_datetime", Open311Body.time(r.requestedAt()));
        fields.put("updated_datetime", Open311Body.time(r.updatedAt()));
        fields.put("expected_datetime", Open311Body.time(r.expectedAt()));
        fields.put("address", r.address());
        fields.put("address_id", null);
        fields.put("zipcode", null);
        fields.put("lat", r.latitude());
        fields.put("long", r.longitude());
        fields.put("media_url", photoUrl(r.photoId()));
        return fields;
    }

    private Map<String, Object> update(Open311Update u) {
        Map<String, Object> fields = Open311Body.fields();
        fields.put("update_id", u.updateId());
        fields.put("service_request_id", u.serviceRequestId());
        fields.put("status", u.status());
        fields.put("description", u.description());
        fields.put("updated_datetime", Open311Body.time(u.updatedAt()));
        fields.put("media_url", photoUrl(u.photoId()));
        return fields;
    }

    private static String photoUrl(Long photoId) {
        return photoId == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path("/problem-photos/" + photoId).toUriString();
    }

    private static ResponseEntity<Object> list(String format, String root, String item,
                                               List<Map<String, Object>> items) {
        return list(format, root, item, items, HttpStatus.OK);
    }

    private static ResponseEntity<Object> list(String format, String root, String item,
                                               List<Map<String, Object>> items, HttpStatus status) {
        if (isXml(format)) {
            return ResponseEntity.status(status).contentType(XML).body(Open311Body.xmlList(root, item, items));
        }
        checkFormat(format);
        return ResponseEntity.status(status).contentType(JSON).body(items);
    }

    private static ResponseEntity<Object> object(String format, String root, Map<String, Object> body) {
        if (isXml(format)) {
            return ResponseEntity.ok().contentType(XML).body(Open311Body.xmlObject(root, body));
        }
        checkFormat(format);
        return ResponseEntity.ok().contentType(JSON).body(body);
    }

    private static ResponseEntity<Object> error(HttpServletRequest request, int status, String description) {
        Map<String, Object> error = Open311Body.fields();
        error.put("code", status);
        error.put("description", description);
        if (request.getRequestURI().endsWith(".xml")) {
            return ResponseEntity.status(status).contentType(XML)
                    .body(Open311Body.xmlList("errors", "error", List.of(error)));
        }
        return ResponseEntity.status(status).contentType(JSON).body(List.of(error));
    }

    private static boolean isXml(String format) {
        return "xml".equals(format);
    }

    private static void checkFormat(String format) {
        if (!"xml".equals(format) && !"json".equals(format)) {
            throw new Open311Exception(404, "Unknown format: use .json or .xml");
        }
    }

    private static Locale locale(HttpServletRequest request) {
        return SupportedLocale.fromTag(request.getParameter("locale")).orElse(SupportedLocale.DEFAULT).locale();
    }

    private static long requestId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, "service_request_id must be a number: " + id);
        }
    }

    private static Instant date(HttpServletRequest request, String name) {
        String value = blankToNull(request.getParameter(name));
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(400, name + " is not an ISO 8601 date and time with an offset: " + value);
        }
    }

    private static double coordinate(HttpServletRequest request, String name) {
        String value = required(request, name);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, name + " is not a number: " + value);
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String value = blankToNull(request.getParameter(name));
        if (value == null) {
            throw new Open311Exception(400, name + " is required");
        }
        return value;
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> attributes(HttpServletRequest request) {
        Map<String, String> answers = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("attribute[") && name.endsWith("]") && values.length > 0) {
                answers.put(name.substring("attribute[".length(), name.length() - 1), values[0]);
            }
        });
        return answers;
    }

    private static List<PhotoUpload> photos(List<MultipartFile> media) {
        if (media == null) {
            return List.of();
        }
        List<PhotoUpload> photos = new ArrayList<>();
        for (MultipartFile file : media) {
            try {
                photos.add(new PhotoUpload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return photos;
    }

    /** Open311 has no title: the description's first line, cut at a word near 100 characters. */
    static String title(String description) {
        if (description == null) {
            return null;
        }
        String first = description.strip().lines().findFirst().orElse("").strip();
        if (first.length() <= TITLE_MAX) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_MAX - 1);
        return first.substring(0, cut > 20 ? cut : TITLE_MAX - 1) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }
}
