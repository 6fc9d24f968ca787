package uz.muhokama.drafts.api;

import java.time.Instant;
import java.util.List;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.VersionInfo;

/** A published draft with its versions, period extensions and attachments. */
record ApiDraft(long id, String number, String type, String status, String titleUz, String titleRu,
                String summaryUz, String summaryRu, Agency agency, Instant discussionStart, Instant discussionEnd,
                List<Version> versions, List<Extension> extensions, List<Attachment> attachments, String page) {

    record Agency(long id, String code, String nameUzLatn, String nameUzCyrl, String nameRu, String nameEn) {
    }

    record Version(int number, String note, Instant createdAt, int provisions, String provisionsUrl) {
    }

    record Extension(Instant oldEnd, Instant newEnd, String reason, Instant changedAt) {
    }

    record Attachment(String kind, String title, String fileName, String mediaType, long sizeBytes, String url) {
    }

    static ApiDraft of(DraftDetails d, OrganisationDetails agency) {
        String self = "/api/v1/drafts/" + d.id().value();
        return new ApiDraft(d.id().value(), d.number(), d.type().name(), d.status().name(), d.titleUz(), d.titleRu(),
                d.summaryUz(), d.summaryRu(), agency == null ? null : new Agency(agency.id().value(), agency.code(),
                        agency.names().uzLatn(), agency.names().uzCyrl(), agency.names().ru(), agency.names().en()),
                d.start(), d.end(), d.versions().stream().map(v -> version(self, v)).toList(),
                d.extensions().stream().map(e -> new Extension(e.oldEnd(), e.newEnd(), e.reason(), e.changedAt()))
                        .toList(),
                d.attachments().stream().map(a -> new Attachment(a.kind().name(), a.title(), a.fileName(),
                        a.mediaType(), a.sizeBytes(), "/draft-files/" + a.id())).toList(),
                "/drafts/" + d.id().value());
    }

    static Version version(String self, VersionInfo v) {
        return new Version(v.number(), v.note(), v.createdAt(), v.provisionCount(),
                self + "/versions/" + v.number() + "/provisions");
    }
}
