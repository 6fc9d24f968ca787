package uz.muhokama.notifications;

import java.util.Objects;

/**
 * A notice to deliver to some people.
 *
 * @param subjectUz what it is about, in Uzbek (a draft's title); shown to Uzbek and English readers
 * @param subjectRu the same in Russian; shown to Russian readers
 * @param link where the notice leads, a path of the application such as {@code /drafts/12/table}
 * @param dedupKey names the occurrence (the same event delivered twice carries the same key), so that nobody is told
 *     twice of one thing
 */
public record NewNotice(NoticeKind kind, String subjectUz, String subjectRu, String link, String dedupKey) {

    public NewNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectUz, "subjectUz");
        Objects.requireNonNull(subjectRu, "subjectRu");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(dedupKey, "dedupKey");
    }
}
