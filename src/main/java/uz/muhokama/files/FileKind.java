package uz.muhokama.files;

import java.util.Set;

/**
 * What an upload is meant to be, and so which real types (as detected from the content) are accepted and how large it
 * may be. Each module picks the kind that fits its form.
 */
public enum FileKind {

    /** The text of a legal act or draft: Word, OpenDocument, PDF, RTF, HTML (the national database exports HTML). */
    LEGAL_TEXT(20 * MiB.ONE, Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "application/xml",
            "application/akn+xml")),

    /** An attachment to a draft: documents and pictures. */
    ATTACHMENT(20 * MiB.ONE, Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/rtf",
            "image/jpeg",
            "image/png",
            "image/webp")),

    /** An attachment to a comment: a document or a picture, smaller than an agency's attachments. */
    COMMENT_ATTACHMENT(10 * MiB.ONE, Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "image/jpeg",
            "image/png",
            "image/webp")),

    /** A photograph of a problem. */
    PHOTO(15 * MiB.ONE, Set.of("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"));

    private final long maxBytes;
    private final Set<String> mediaTypes;

    FileKind(long maxBytes, Set<String> mediaTypes) {
        this.maxBytes = maxBytes;
        this.mediaTypes = mediaTypes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The accepted media types, without parameters. */
    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    private static final class MiB {
        private static final long ONE = 1024L * 1024L;
    }
}
