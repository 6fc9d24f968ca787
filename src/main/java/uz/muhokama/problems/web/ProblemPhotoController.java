package uz.muhokama.problems.web;

import java.io.InputStream;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.problems.PhotoSize;
import uz.muhokama.problems.ProblemService;

/**
 * Photos of public reports in their three sizes ({@code /problem-photos/{id}}, {@code /problem-photos/{id}/medium},
 * {@code /problem-photos/{id}/thumbnail}): always the cleaned JPEG, never an original; a photo of a hidden report is
 * not found.
 */
@RestController
class ProblemPhotoController {

    private final ProblemService problems;

    ProblemPhotoController(ProblemService problems) {
        this.problems = problems;
    }

    @GetMapping("/problem-photos/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) {
        return serve(id, PhotoSize.IMAGE);
    }

    @GetMapping("/problem-photos/{id}/medium")
    ResponseEntity<InputStreamResource> medium(@PathVariable long id) {
        return serve(id, PhotoSize.MEDIUM);
    }

    @GetMapping("/problem-photos/{id}/thumbnail")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable long id) {
        return serve(id, PhotoSize.THUMBNAIL);
    }

    private ResponseEntity<InputStreamResource> serve(long id, PhotoSize size) {
        return problems.photo(id, size).map(ProblemPhotoController::jpeg)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<InputStreamResource> jpeg(InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
