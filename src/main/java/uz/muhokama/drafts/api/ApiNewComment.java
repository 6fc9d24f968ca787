package uz.muhokama.drafts.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A comment as a client posts it. */
record ApiNewComment(
        @Schema(description = "eId of a provision of the latest version (chp_2__art_3); omit for the whole draft")
        String provision,
        @Schema(description = "id of the comment replied to; a reply is about what its parent is about") Long parent,
        @Schema(description = "the comment, at most 5,000 characters", requiredMode = Schema.RequiredMode.REQUIRED)
        String body,
        @Schema(description = "replacement wording for the provision, at most 20,000 characters")
        String proposedWording) {
}
