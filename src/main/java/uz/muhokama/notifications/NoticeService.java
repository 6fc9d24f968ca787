package uz.muhokama.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.notifications.internal.JooqMailPreferenceRepository;
import uz.muhokama.notifications.internal.JooqNoticeRepository;
import uz.muhokama.shared.PersonalNotices;
import uz.muhokama.shared.i18n.Translations;

/**
 * In-app notices and their e-mails. Other modules deliver notices from their event listeners, a batch of recipients
 * per call, each batch in its own transaction, so that telling ten thousand followers never holds one long
 * transaction and a crash part-way resumes where it stopped (a notice already delivered is never delivered again).
 * Signed-in people read their own notices, count the unread ones and mark them read, and choose which kinds they
 * also want by e-mail. Every such mail carries a link that stops that kind without signing in (and the one-click
 * {@code List-Unsubscribe} header of RFC 8058); the in-app notice is delivered either way.
 */
@Service
public class NoticeService implements PersonalNotices {

    /** The most recipients one {@link #deliver} call takes. */
    public static final int BATCH = 500;

    private static final String SIGNED_IN = "isAuthenticated()";

    private final JooqNoticeRepository notices;
    private final JooqMailPreferenceRepository preferences;
    private final Recipients recipients;
    private final MailService mail;
    private final Translations translations;
    private final String baseUrl;
    private final Clock clock;

    NoticeService(JooqNoticeRepository notices, JooqMailPreferenceRepository preferences, Recipients recipients, MailService mail, Translations translations,
                  @Value("${muhokama.base-url}") String baseUrl, ObjectProvider<Clock> clock) {
        this.notices = notices;
        this.preferences = preferences;
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
        if (people.isEmpty()) {
            return 0;
        }
        Set<Long> noMail = preferences.optedOut(people.keySet(), notice.kind());
        Map<Long, String> tokens = preferences.tokens(people.values().stream()
                .filter(p -> p.email() != null && !noMail.contains(p.userId())).map(Recipient::userId).toList());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int delivered = 0;
        for (Recipient person : people.values()) {
            if (notices.insertIfNew(person.userId(), notice, now)) {
                delivered++;
                String token = tokens.get(person.userId());
                if (token != null) {
                    mail.send(mailFor(person, notice, token));
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

    /** The kinds of notice the signed-in person does not want by e-mail. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<NoticeKind> mailOptOuts() {
        return preferences.optedOut(me());
    }

    /** Whether the signed-in person wants this kind of notice by e-mail too (the in-app notice comes either way). */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void setMail(NoticeKind kind, boolean wanted) {
        change(me(), kind, wanted);
    }

    /**
     * For the page the "stop these e-mails" link opens, without signing in: the kinds the token's owner has turned off,
     * or empty when the token is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<Set<NoticeKind>> mailOptOuts(String token) {
        return owner(token).map(preferences::optedOut);
    }

    /**
     * Stops e-mails of one kind, or of every kind when {@code kind} is null, for the owner of the token (the link in
     * each mail); false when the token is unknown.
     */
    @Transactional
    public boolean stopMail(String token, NoticeKind kind) {
        Optional<Long> owner = owner(token);
        owner.ifPresent(person -> (kind == null ? EnumSet.allOf(NoticeKind.class) : EnumSet.of(kind))
                .forEach(k -> change(person, k, false)));
        return owner.isPresent();
    }

    private void change(long person, NoticeKind kind, boolean wanted) {
        if (wanted) {
            preferences.optIn(person, kind);
        } else {
            preferences.optOut(person, kind, clock.instant());
        }
    }

    private Optional<Long> owner(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return preferences.recipientOf(token);
    }

    private OutgoingMail mailFor(Recipient person, NewNotice notice, String token) {
        String subject = person.language().locale().getLanguage().equals("ru") ? notice.subjectRu()
                : notice.subjectUz();
        String text = translations.get(person.language(), "notifications.kind." + notice.kind().name(), subject);
        String kind = "?kind=" + notice.kind().name();
        String body = translations.get(person.language(), "notifications.mail.body", text,
                baseUrl + notice.link(), baseUrl + "/" + route())
                + "\n\n" + translations.get(person.language(), "notifications.mail.stop",
                baseUrl + "/notices/stop/" + token + kind);
        return new OutgoingMail(person.email(), translations.get(person.language(), "notifications.mail.subject",
                shorten(text)), body, baseUrl + "/mail/unsubscribe/" + token + kind);
    }

    private static String shorten(String text) {
        return text.length() <= 150 ? text : text.substring(0, 149) + "…";
    }

    private long me() {
        return recipients.signedIn().orElseThrow(() -> new AccessDeniedException("Not signed in with an account"));
    }
}
