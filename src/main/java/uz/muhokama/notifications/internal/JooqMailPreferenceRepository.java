package uz.muhokama.notifications.internal;

import static uz.muhokama_db.Tables.NOTICE_MAIL_OPTOUT;
import static uz.muhokama_db.Tables.NOTICE_MAIL_TOKEN;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import uz.muhokama.notifications.NoticeKind;

/** Which notices people do not want by e-mail, and the per-person token of the links that stop them. */
@Repository
public class JooqMailPreferenceRepository {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;

    JooqMailPreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Set<NoticeKind> optedOut(long recipient) {
        EnumSet<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        dsl.select(NOTICE_MAIL_OPTOUT.KIND).from(NOTICE_MAIL_OPTOUT)
                .where(NOTICE_MAIL_OPTOUT.RECIPIENT_ID.eq(recipient))
                .fetch(NOTICE_MAIL_OPTOUT.KIND).forEach(k -> kinds.add(NoticeKind.valueOf(k)));
        return kinds;
    }

    /** Of these people, those who do not want this kind by e-mail. */
    public Set<Long> optedOut(Collection<Long> recipients, NoticeKind kind) {
        return Set.copyOf(dsl.select(NOTICE_MAIL_OPTOUT.RECIPIENT_ID).from(NOTICE_MAIL_OPTOUT)
                .where(NOTICE_MAIL_OPTOUT.RECIPIENT_ID.in(recipients).and(NOTICE_MAIL_OPTOUT.KIND.eq(kind.name())))
                .fetch(NOTICE_MAIL_OPTOUT.RECIPIENT_ID));
    }

    public void optOut(long recipient, NoticeKind kind, Instant now) {
        dsl.insertInto(NOTICE_MAIL_OPTOUT)
                .columns(NOTICE_MAIL_OPTOUT.RECIPIENT_ID, NOTICE_MAIL_OPTOUT.KIND, NOTICE_MAIL_OPTOUT.CREATED_AT)
                .values(recipient, kind.name(), now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing().execute();
    }

    public void optIn(long recipient, NoticeKind kind) {
        dsl.deleteFrom(NOTICE_MAIL_OPTOUT).where(NOTICE_MAIL_OPTOUT.RECIPIENT_ID.eq(recipient)
                .and(NOTICE_MAIL_OPTOUT.KIND.eq(kind.name()))).execute();
    }

    /** Each person's token, made for those who have none yet. */
    public Map<Long, String> tokens(Collection<Long> recipients) {
        Map<Long, String> known = dsl.select(NOTICE_MAIL_TOKEN.RECIPIENT_ID, NOTICE_MAIL_TOKEN.TOKEN)
                .from(NOTICE_MAIL_TOKEN).where(NOTICE_MAIL_TOKEN.RECIPIENT_ID.in(recipients))
                .fetchMap(NOTICE_MAIL_TOKEN.RECIPIENT_ID, NOTICE_MAIL_TOKEN.TOKEN);
        Map<Long, String> made = recipients.stream().filter(r -> !known.containsKey(r)).distinct()
                .collect(Collectors.toMap(r -> r, r -> newToken()));
        made.forEach((recipient, token) -> dsl.insertInto(NOTICE_MAIL_TOKEN)
                .columns(NOTICE_MAIL_TOKEN.RECIPIENT_ID, NOTICE_MAIL_TOKEN.TOKEN).values(recipient, token)
                .onConflictDoNothing().execute());
        if (made.isEmpty()) {
            return known;
        }
        return dsl.select(NOTICE_MAIL_TOKEN.RECIPIENT_ID, NOTICE_MAIL_TOKEN.TOKEN)
                .from(NOTICE_MAIL_TOKEN).where(NOTICE_MAIL_TOKEN.RECIPIENT_ID.in(recipients))
                .fetchMap(NOTICE_MAIL_TOKEN.RECIPIENT_ID, NOTICE_MAIL_TOKEN.TOKEN);
    }

    public Optional<Long> recipientOf(String token) {
        return dsl.select(NOTICE_MAIL_TOKEN.RECIPIENT_ID).from(NOTICE_MAIL_TOKEN)
                .where(NOTICE_MAIL_TOKEN.TOKEN.eq(token)).fetchOptional(NOTICE_MAIL_TOKEN.RECIPIENT_ID);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
