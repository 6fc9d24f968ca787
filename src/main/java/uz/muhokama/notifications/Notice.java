package uz.muhokama.notifications;

import java.time.Instant;
import java.util.Locale;

/** A notice as its recipient sees it. */
public record Notice(long id, NoticeKind kind, String subjectUz, String subjectRu, String link, Instant createdAt,
                     boolean read) {

    /** The subject in the reader's language: Russian for a Russian reader, Uzbek for everyone else. */
    public String subject(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? subjectRu : subjectUz;
    }

    /** The message key of its text, which takes {@link #subject} as {0}. */
    public String messageKey() {
        return "notifications.kind." + kind.name();
    }
}
