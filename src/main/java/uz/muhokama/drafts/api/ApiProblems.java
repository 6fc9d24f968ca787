package uz.muhokama.drafts.api;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * Refusals of the drafts API as RFC 9457 problem documents: {@code detail} is the translated message in the language
 * of {@code Accept-Language}, {@code code} the message key for programs, {@code field} the input it concerns.
 *
 * <p>A comment on a draft whose discussion has ended is a 409 Conflict, not a 403: the person may comment in general,
 * it is the draft's state that refuses, and the same request would have succeeded before the deadline.
 */
@RestControllerAdvice(assignableTypes = {DraftsApi.class, CommentExportController.class})
class ApiProblems {

    static final String TOO_MANY = "drafts.limits.tooMany";
    /** The comment writer did not store the comment in time: try again shortly (it may have been stored). */
    static final String BUSY = "drafts.intake.busy";
    private static final int BUSY_RETRY_SECONDS = 5;
    private static final int DEFAULT_RETRY_SECONDS = 60;
    private static final Map<String, HttpStatus> STATUS = Map.of(
            "drafts.error.notFound", HttpStatus.NOT_FOUND,
            "drafts.comment.error.notFound", HttpStatus.NOT_FOUND,
            "drafts.api.error.versionNotFound", HttpStatus.NOT_FOUND,
            "drafts.api.error.tableNotPublished", HttpStatus.NOT_FOUND,
            "drafts.comment.error.closed", HttpStatus.CONFLICT,
            "drafts.comment.error.signInFirst", HttpStatus.UNAUTHORIZED,
            "drafts.comment.error.notYours", HttpStatus.FORBIDDEN,
            TOO_MANY, HttpStatus.TOO_MANY_REQUESTS,
            BUSY, HttpStatus.SERVICE_UNAVAILABLE);

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(DraftException.class)
    ResponseEntity<ProblemDetail> refused(DraftException e, HttpServletRequest request) {
        HttpStatus status = STATUS.getOrDefault(e.messageKey(), HttpStatus.BAD_REQUEST);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(e)));
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(BUSY_RETRY_SECONDS));
        }
        return problem(response, status, e.messageKey(), e.field(), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : null;
        return problem(ResponseEntity.badRequest(), HttpStatus.BAD_REQUEST, "drafts.api.error.badRequest", field,
                request);
    }

    private ResponseEntity<ProblemDetail> problem(ResponseEntity.BodyBuilder response, HttpStatus status, String key,
                                                  String field, HttpServletRequest request) {
        SupportedLocale locale = SupportedLocale.closestTo(request.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, translations.get(locale, key));
        problem.setType(URI.create("urn:muhokama:problem:" + key));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", key);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.tag()).body(problem);
    }

    /**
     * The wait the rate limiter asked for: its refusal carries it as {@code retryAfterSeconds()}; a refusal without
     * one waits a minute.
     */
    private static long retryAfterSeconds(DraftException e) {
        try {
            Method seconds = e.getClass().getMethod("retryAfterSeconds");
            if (seconds.invoke(e) instanceof Number n && n.longValue() > 0) {
                return n.longValue();
            }
        } catch (ReflectiveOperationException noneGiven) {
            // a plain DraftException names no wait
        }
        return DEFAULT_RETRY_SECONDS;
    }
}
