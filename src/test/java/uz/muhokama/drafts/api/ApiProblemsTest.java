package uz.muhokama.drafts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serial;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.shared.i18n.Translations;

class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems(new Translations());

    /** Stands for the rate limiter's refusal, which carries how long to wait. */
    static final class Limited extends DraftException {
        @Serial
        private static final long serialVersionUID = 1L;

        Limited() {
            super(ApiProblems.TOO_MANY);
        }

        public long retryAfterSeconds() {
            return 17;
        }
    }

    @Test
    void a_refusal_by_the_rate_limiter_is_429_with_the_wait_it_names() {
        ResponseEntity<ProblemDetail> response = problems.refused(new Limited(), request("ru"));

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("17");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getProperties()).containsEntry("code", ApiProblems.TOO_MANY);
    }

    @Test
    void a_too_many_refusal_without_a_wait_asks_for_a_minute() {
        ResponseEntity<ProblemDetail> response = problems.refused(new DraftException(ApiProblems.TOO_MANY),
                request("en"));

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
    }

    @Test
    void the_closed_discussion_is_a_conflict_and_an_unknown_draft_not_found_in_the_readers_language() {
        ResponseEntity<ProblemDetail> closed = problems.refused(new DraftException("drafts.comment.error.closed"),
                request("ru"));
        ResponseEntity<ProblemDetail> missing = problems.refused(new DraftException("drafts.error.notFound"),
                request("uz"));

        assertThat(closed.getStatusCode().value()).isEqualTo(409);
        assertThat(closed.getBody().getDetail()).startsWith("Обсуждение этого проекта");
        assertThat(closed.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("uz-Latn");
    }

    private static MockHttpServletRequest request(String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/drafts/1/comments");
        request.addPreferredLocale(Locale.forLanguageTag(language));
        return request;
    }
}
