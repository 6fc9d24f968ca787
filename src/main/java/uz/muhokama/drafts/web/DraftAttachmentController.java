package uz.muhokama.drafts.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.files.FileService;
import uz.muhokama.files.StoredFile;

/**
 * Downloads of a draft's attachments ({@code /draft-files/{attachmentId}}): always as a download with the type
 * detected at upload, so that no uploaded file is ever shown inline by the browser.
 */
@RestController
class DraftAttachmentController {

    private final DraftService drafts;
    private final FileService files;

    DraftAttachmentController(DraftService drafts, FileService files) {
        this.drafts = drafts;
        this.files = files;
    }

    @GetMapping("/draft-files/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) {
        return drafts.attachmentFile(attachmentId).map(this::stream)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<InputStreamResource> stream(StoredFile file) {
        InputStream content = files.open(file);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
