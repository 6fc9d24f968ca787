package uz.muhokama.drafts;

/** A file published with a draft. */
public record DraftAttachment(long id, long fileId, AttachmentKind kind, String title, String fileName,
                              String mediaType, long sizeBytes) {
}
