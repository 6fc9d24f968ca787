package uz.muhokama.drafts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;
import uz.muhokama.drafts.CommentView;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftOpenData;

/**
 * Every comment of a draft in one file, JSON Lines (one {@link ApiComment} a line) or CSV, streamed from a database
 * cursor as it is written: a draft with a million comments never sits in memory.
 */
@RestController
@Tag(name = "Drafts")
class CommentExportController {

    private static final int BUFFER = 64 * 1024;

    private final DraftOpenData open;
    private final ObjectMapper json;

    CommentExportController(DraftOpenData open, ObjectMapper json) {
        this.open = open;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/drafts/{id}/comments.jsonl", produces = "application/jsonl")
    @Operation(summary = "All comments and replies of a draft as JSON Lines, oldest first")
    ResponseEntity<StreamingResponseBody> jsonLines(@PathVariable long id) {
        DraftId draft = published(id);
        return file("draft-" + id + "-comments.jsonl", "application/jsonl;charset=UTF-8", out -> {
            OutputStream buffered = new BufferedOutputStream(out, BUFFER);
            open.export(draft, comment -> {
                try {
                    buffered.write(json.writeValueAsBytes(ApiComment.of(comment)));
                    buffered.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            buffered.flush();
        });
    }

    @GetMapping(path = "/api/v1/drafts/{id}/comments.csv", produces = "text/csv")
    @Operation(summary = "All comments and replies of a draft as CSV (UTF-8 with a byte order mark), oldest first")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long id) {
        DraftId draft = published(id);
        return file("draft-" + id + "-comments.csv", "text/csv;charset=UTF-8", out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            CommentCsv csv = new CommentCsv(writer);
            csv.header();
            open.export(draft, (CommentView comment) -> csv.row(comment));
            writer.flush();
        });
    }

    private DraftId published(long id) {
        return open.draft(new DraftId(id)).map(d -> d.id())
                .orElseThrow(() -> new DraftException("drafts.error.notFound"));
    }

    private static ResponseEntity<StreamingResponseBody> file(String name, String type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
