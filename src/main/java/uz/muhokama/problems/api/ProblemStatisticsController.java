package uz.muhokama.problems.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.problems.LocalizedText;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemStatistics;
import uz.muhokama.problems.ProblemStatisticsFilter;
import uz.muhokama.problems.ProblemStatisticsService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * The statistics of problem reports as open data, JSON or CSV ({@code .json}, {@code .csv}, or by {@code Accept} on
 * the plain address), for anyone: the same figures as the statistics page, with the same filters.
 */
@RestController
@Tag(name = "Problem reports", description = "Statistics of problem reports about utility services")
class ProblemStatisticsController {

    private static final String BASE = "/api/v1/problems/statistics";
    private static final String CSV = "text/csv";

    private final ProblemStatisticsService statistics;
    private final Translations translations;

    ProblemStatisticsController(ProblemStatisticsService statistics, Translations translations) {
        this.statistics = statistics;
        this.translations = translations;
    }

    @GetMapping(path = BASE, produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @Operation(summary = "Statistics of problem reports: JSON, or CSV when the client accepts text/csv and not JSON")
    ResponseEntity<?> negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                 @ParameterObject Query query, HttpServletRequest request) {
        List<MediaType> accepted = MediaType.parseMediaTypes(accept == null ? "*/*" : accept);
        boolean csv = accepted.stream().anyMatch(t -> named(t) && t.includes(MediaType.parseMediaType(CSV)))
                && accepted.stream().noneMatch(t -> named(t) && t.includes(MediaType.APPLICATION_JSON));
        return csv ? csv(query, request) : json(query, request);
    }

    /** A type the client names and does not refuse ({@code q=0}); wildcards name none. */
    private static boolean named(MediaType type) {
        return type.getQualityValue() > 0 && !type.isWildcardType() && !type.isWildcardSubtype();
    }

    @GetMapping(path = BASE + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Statistics of problem reports per district, category and organisation, with a heat map")
    ResponseEntity<ApiProblemStatistics> json(@ParameterObject Query query, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures(query, request));
    }

    @GetMapping(path = BASE + ".csv", produces = CSV)
    @Operation(summary = "The same statistics as CSV (UTF-8 with a byte order mark), one line per group")
    ResponseEntity<String> csv(@ParameterObject Query query, HttpServletRequest request) {
        ApiProblemStatistics figures = figures(query, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("problem-statistics-" + figures.from() + "-" + figures.to() + ".csv").build()
                        .toString())
                .body(ProblemStatisticsCsv.write(figures));
    }

    /** The filters, as on the statistics page. */
    record Query(
            @Parameter(description = "first day (Tashkent), yyyy-MM-dd; 89 days before `to` when missing")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (Tashkent), yyyy-MM-dd; today when missing")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "a category's code (Open311 service_code)") String category,
            @Parameter(description = "a district as the service areas name it") String district,
            @Parameter(description = "the responsible organisation's id") Long organisation,
            @Parameter(description = "language of the names: uz, uz-Cyrl, ru or en; else Accept-Language") String lang) {
    }

    private ApiProblemStatistics figures(Query query, HttpServletRequest request) {
        ProblemStatistics s = statistics.of(new ProblemStatisticsFilter(query.from(), query.to(), query.category(),
                query.district(), query.organisation() == null ? null : new OrganisationId(query.organisation())));
        Locale locale = locale(query.lang(), request).locale();
        ProblemStatisticsFilter f = s.filter();
        return new ApiProblemStatistics(f.from(), f.to(), f.categoryCode(), f.district(),
                f.organisation() == null ? null : f.organisation().value(), s.computedAt(),
                ApiProblemStatistics.Figures.of(s.total()),
                rows(s.byDistrict(), locale, "problems.stats.noDistrict"),
                rows(s.byCategory(), locale, "problems.stats.noCategory"),
                rows(s.byOrganisation(), locale, "problems.stats.triage"),
                ProblemStatistics.CELL_DEGREES,
                s.heat().stream().map(c -> new ApiProblemStatistics.Cell(c.lat(), c.lon(), c.reports())).toList());
    }

    private List<ApiProblemStatistics.Row> rows(List<ProblemStatistics.Row> rows, Locale locale, String noneKey) {
        return rows.stream().map(r -> new ApiProblemStatistics.Row(r.key(), name(r.names(), locale, noneKey),
                ApiProblemStatistics.Figures.of(r.figures()))).toList();
    }

    private String name(LocalizedText names, Locale locale, String noneKey) {
        return names == null ? translations.getTranslation(noneKey, locale) : names.in(locale);
    }

    private static SupportedLocale locale(String lang, HttpServletRequest request) {
        return lang == null ? SupportedLocale.closestTo(request.getLocale())
                : SupportedLocale.fromTag(lang).orElse(SupportedLocale.closestTo(Locale.forLanguageTag(lang)));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, HttpServletRequest request) {
        return problem(e.messageKey(), null, request, e.arguments());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> unreadable(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem("problems.stats.error.badRequest", e.getName(), request);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> unbound(BindException e, HttpServletRequest request) {
        return problem("problems.stats.error.badRequest",
                e.getFieldError() == null ? null : e.getFieldError().getField(), request);
    }

    private ResponseEntity<ProblemDetail> problem(String key, String field, HttpServletRequest request,
                                                  Object... arguments) {
        SupportedLocale locale = SupportedLocale.closestTo(request.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.get(locale, key, arguments));
        problem.setType(URI.create("urn:muhokama:problem:" + key));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", key);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.tag()).body(problem);
    }
}
