package uz.muhokama.drafts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.CommentView;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.DraftOpenData;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.drafts.NewComment;

/**
 * Drafts for public discussion over JSON: the list with the list page's filters, a draft with its versions and
 * provisions, its comments and replies, the consolidated table once published, and posting a comment. Lists are paged
 * by an opaque cursor (the {@code next} link), with no limit on how far. Reading is anonymous; posting needs a
 * signed-in person (HTTP Basic) and obeys every rule of the site. Refusals are RFC 9457 problem documents in the
 * language of {@code Accept-Language}. Documented at {@code /api/docs}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Drafts", description = "Drafts for public discussion, their comments and the consolidated table")
class DraftsApi {

    private static final String DEFAULT_LIMIT = "100";

    private final DraftOpenData open;
    private final CommentService comments;
    private final OrganisationService organisations;

    DraftsApi(DraftOpenData open, CommentService comments, OrganisationService organisations) {
        this.open = open;
        this.comments = comments;
        this.organisations = organisations;
    }

    @GetMapping("/drafts")
    @Operation(summary = "Published drafts, newest first, filtered like the list page")
    ApiPage<ApiDraftSummary> drafts(@RequestParam(required = false) DraftStatus status,
                                    @Parameter(description = "developer agency id") @RequestParam(required = false)
                                    Long agency,
                                    @RequestParam(required = false) DraftActType type,
                                    @Parameter(description = "true: open for comments now; false: the others")
                                    @RequestParam(required = false) Boolean open,
                                    @Parameter(description = "words of the title or the number")
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String cursor,
                                    @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        int size = size(limit);
        DraftFilter filter = new DraftFilter(status, agency == null ? null : new OrganisationId(agency), type, open, q,
                DraftSort.NEWEST);
        List<DraftListItem> rows = this.open.drafts(filter, Cursor.decode(cursor), size + 1);
        return ApiPage.of(rows, size, d -> d.id().value(), ApiDraftSummary::of, here());
    }

    @GetMapping("/drafts/{id}")
    @Operation(summary = "A published draft: description, period, versions, extensions and attachments")
    ApiDraft draft(@PathVariable long id) {
        DraftDetails draft = published(id);
        return ApiDraft.of(draft, organisations.find(draft.organisation()).orElse(null));
    }

    @GetMapping("/drafts/{id}/versions")
    @Operation(summary = "The versions of a draft's text, oldest first")
    List<ApiDraft.Version> versions(@PathVariable long id) {
        return published(id).versions().stream().map(v -> ApiDraft.version("/api/v1/drafts/" + id, v)).toList();
    }

    @GetMapping("/drafts/{id}/versions/{number}/provisions")
    @Operation(summary = "The provisions of one version in document order, with the eIds comments refer to")
    List<ApiProvision> provisions(@PathVariable long id, @PathVariable int number) {
        DraftDetails draft = published(id);
        if (draft.versions().stream().noneMatch(v -> v.number() == number)) {
            throw new DraftException("drafts.api.error.versionNotFound");
        }
        List<DraftProvision> provisions = open.provisions(draft.id(), number);
        return provisions.stream().map(ApiProvision::of).toList();
    }

    @GetMapping("/drafts/{id}/comments")
    @Operation(summary = "Every comment and reply of a draft, oldest first, with the agency's answers")
    ApiPage<ApiComment> comments(@PathVariable long id, @RequestParam(required = false) String cursor,
                                 @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        DraftId draft = published(id).id();
        Long after = Cursor.decode(cursor);
        int size = size(limit);
        List<CommentView> rows = open.comments(draft, after == null ? 0 : after, size + 1);
        return ApiPage.of(rows, size, c -> c.id().value(), ApiComment::of, here());
    }

    @GetMapping("/comments/{commentId}")
    @Operation(summary = "One comment or reply")
    ApiComment comment(@PathVariable long commentId) {
        return comments.find(new CommentId(commentId)).map(ApiComment::of)
                .orElseThrow(() -> new DraftException("drafts.comment.error.notFound"));
    }

    @GetMapping("/drafts/{id}/table")
    @Operation(summary = "The consolidated table of proposals: answered comments with the agency's decision",
            responses = {@ApiResponse(responseCode = "200"), @ApiResponse(responseCode = "404",
                    description = "no such draft, or its table is not published yet",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))})
    ApiPage<ApiTableRow> table(@PathVariable long id, @RequestParam(required = false) String cursor,
                               @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        DraftId draft = published(id).id();
        if (!open.tablePublished(draft)) {
            throw new DraftException("drafts.api.error.tableNotPublished");
        }
        Long after = Cursor.decode(cursor);
        int size = size(limit);
        List<CommentView> rows = open.tableRows(draft, after == null ? 0 : after, size + 1);
        return ApiPage.of(rows, size, c -> c.id().value(), ApiTableRow::of, here());
    }

    @PostMapping(path = "/drafts/{id}/comments", consumes = "application/json")
    @Operation(summary = "Posts a comment on the draft, on one provision of its latest version, or a reply",
            description = "Needs a signed-in person (HTTP Basic with the site's e-mail and password). Refused with "
                    + "400 for bad input, 401 without valid credentials, 404 for an unknown draft, 409 once the "
                    + "discussion has ended (the draft still exists, its state forbids comments) and 429 when "
                    + "the person posts too fast or the server has too many comments waiting (Retry-After says when "
                    + "to try again); 503 when the comment could not be stored in time (it may have been: look "
                    + "before sending it again). 201 means the comment is stored.",
            security = @SecurityRequirement(name = ApiDocumentation.BASIC),
            responses = {@ApiResponse(responseCode = "201", description = "posted; Location names the comment"),
                    @ApiResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "401"), @ApiResponse(responseCode = "404"),
                    @ApiResponse(responseCode = "409"), @ApiResponse(responseCode = "429"),
                    @ApiResponse(responseCode = "503")})
    ResponseEntity<Posted> post(@PathVariable long id, @RequestBody ApiNewComment body) {
        if (body == null) {
            throw new DraftException("drafts.comment.error.empty", "body");
        }
        DraftId draft = new DraftId(id);
        CommentId posted = comments.post(new NewComment(draft, blankToNull(body.provision()),
                body.parent() == null ? null : new CommentId(body.parent()), body.body(), body.proposedWording(),
                null));
        String url = "/api/v1/comments/" + posted.value();
        return ResponseEntity.created(URI.create(url)).body(new Posted(posted.value(), url));
    }

    /** The comment just posted: its id and its address in the API. */
    record Posted(long id, String url) {
    }

    private DraftDetails published(long id) {
        return open.draft(new DraftId(id)).orElseThrow(() -> new DraftException("drafts.error.notFound"));
    }

    private static int size(int limit) {
        return Math.clamp(limit, 1, DraftOpenData.MAX_PAGE - 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static UriComponentsBuilder here() {
        return ServletUriComponentsBuilder.fromCurrentRequest();
    }
}
