package uz.muhokama.drafts.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.files.FileService;
import uz.muhokama.files.StoredFile;

/**
 * Downloads of the file attached to a comment ({@code /draft-comment-files/{commentId}}), only while the draft is
 * published and the comment not hidden by a moderator; always as a download, never shown inline, since anyone may
 * have uploaded it.
 */
@RestController
class CommentAttachmentController {

    private final CommentService comments;
    private final FileService files;

    CommentAttachmentController(CommentService comments, FileService files) {
        this.comments = comments;
        this.files = files;
    }

    @GetMapping("/draft-comment-files/{commentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long commentId) {
        return comments.attachmentFile(new CommentId(commentId)).map(this::stream)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<InputStreamResource> stream(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(file)));
    }
}
