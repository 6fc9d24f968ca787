package uz.muhokama.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.notifications.internal.JooqNoticeRepository;
import uz.muhokama.shared.PersonalNotices;
import uz.muhokama.shared.i18n.Translations;

/**
 * In-app notices and their e-mails. Other modules deliver notices from their event listeners, a batch of recipients
 * per call, each batch in its own transaction, so that telling ten thousand followers never holds one long
 * transaction and a crash part-way resumes where it stopped (a notice already delivered is never delivered again).
 * Signed-in people read their own notices, count the unread ones and mark them read.
 */
@Service
public class NoticeService implements PersonalNotices {

    /** The most recipients one {@link #deliver} call takes. */
    public static final int BATCH = 500;

    private static final String SIGNED_IN = "isAuthenticated()";

    private final JooqNoticeRepository notices;
    private final Recipients recipients;
    private final MailService mail;
    private final Translations translations;
    private final String baseUrl;
    private final Clock clock;

    NoticeService(JooqNoticeRepository notices, Recipients recipients, MailService mail, Translations translations,
                  @Value("${muhokama.base-url}") String baseUrl, ObjectProvider<Clock> clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.mail = mail;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Gives each of these people the notice and sends it by e-mail to those with a confirmed address, in their
     * language, after this batch commits. People who already had this notice (same dedup key) are skipped. For the
     * event listeners of other modules, never on behalf of a person's request.
     *
     * @return how many people got it now
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int deliver(Collection<Long> userIds, NewNotice notice) {
        if (userIds.size() > BATCH) {
            throw new IllegalArgumentException("At most " + BATCH + " recipients per batch");
        }
        Map<Long, Recipient> people = recipients.find(userIds);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int delivered = 0;
        for (Recipient person : people.values()) {
            if (notices.insertIfNew(person.userId(), notice, now)) {
                delivered++;
                if (person.email() != null) {
                    mail.send(mailFor(person, notice));
                }
            }
        }
        return delivered;
    }

    /** The signed-in person's notices, newest first, a page at a time. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Notice> mine(int offset, int limit) {
        return notices.of(me(), Math.max(0, offset), Math.clamp(limit, 0, 200));
    }

    /** How many of the signed-in person's notices are unread; 0 for anonymous visitors. */
    @Override
    @Transactional(readOnly = true)
    public int unreadCount() {
        return recipients.signedIn().stream().mapToObj(notices::unreadCount).findFirst().orElse(0);
    }

    @Override
    public String route() {
        return "notices";
    }

    /** Marks one of the signed-in person's notices read; another person's notice is left alone. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void markRead(long noticeId) {
        notices.markRead(me(), noticeId, clock.instant());
    }

    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void markAllRead() {
        notices.markAllRead(me(), clock.instant());
    }

    private OutgoingMail mailFor(Recipient person, NewNotice notice) {
        String subject = person.language().locale().getLanguage().equals("ru") ? notice.subjectRu()
                : notice.subjectUz();
        String text = translations.get(person.language(), "notifications.kind." + notice.kind().name(), subject);
        return new OutgoingMail(person.email(), translations.get(person.language(), "notifications.mail.subject",
                shorten(text)), translations.get(person.language(), "notifications.mail.body", text,
                baseUrl + notice.link(), baseUrl + "/" + route()));
    }

    private static String shorten(String text) {
        return text.length() <= 150 ? text : text.substring(0, 149) + "…";
    }

    private long me() {
        return recipients.signedIn().orElseThrow(() -> new AccessDeniedException("Not signed in with an account"));
    }
}
