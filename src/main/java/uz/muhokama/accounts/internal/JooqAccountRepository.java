package uz.muhokama.accounts.internal;

import static uz.muhokama_db.Tables.APP_USER;
import static uz.muhokama_db.Tables.MEMBERSHIP;
import static uz.muhokama_db.Tables.USER_IDENTITY;
import static uz.muhokama_db.Tables.USER_ROLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import uz.muhokama.accounts.PublicNameChoice;
import uz.muhokama.shared.SupportedLocale;

/** Reads and writes people's accounts, their granted roles, memberships (read only) and linked identities. */
@Repository
public class JooqAccountRepository {

    private final DSLContext db;

    JooqAccountRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<StoredAccount> findByEmail(String email) {
        return db.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchOptional(JooqAccountRepository::map);
    }

    public Optional<StoredAccount> findById(long id) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(JooqAccountRepository::map);
    }

    /** The public name of each of these people: their name or their pseudonym, as each chose. */
    public Map<Long, String> publicNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        db.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.PSEUDONYM, APP_USER.PUBLIC_NAME_CHOICE).from(APP_USER)
                .where(APP_USER.ID.in(userIds))
                .forEach(r -> names.put(r.value1(), PublicNameChoice.NAME.name().equals(r.value4()) ? r.value2()
                        : r.value3()));
        return names;
    }

    public boolean emailTaken(String email) {
        return db.fetchExists(APP_USER, APP_USER.EMAIL.eq(email));
    }

    public boolean pseudonymTaken(String pseudonym) {
        return db.fetchExists(APP_USER, APP_USER.PSEUDONYM.eq(pseudonym));
    }

    /** The role names (without prefix) granted directly and through memberships. */
    public Set<String> roles(long userId) {
        Set<String> roles = new HashSet<>(db.select(USER_ROLE.ROLE).from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(userId)).fetch(USER_ROLE.ROLE));
        roles.addAll(db.selectDistinct(MEMBERSHIP.ROLE).from(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(userId)).fetch(MEMBERSHIP.ROLE));
        return roles;
    }

    public long insert(String email, String passwordHash, String displayName, String pseudonym,
                       SupportedLocale language, Instant emailConfirmedAt, Instant now) {
        return db.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PSEUDONYM, pseudonym)
                .set(APP_USER.PUBLIC_NAME_CHOICE, PublicNameChoice.PSEUDONYM.name())
                .set(APP_USER.PREFERRED_LOCALE, language.tag())
                .set(APP_USER.EMAIL_CONFIRMED_AT, utc(emailConfirmedAt))
                .set(APP_USER.CREATED_AT, utc(now))
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    /** Counts one more failed sign-in and returns the new count. */
    public int recordFailedSignIn(long id) {
        db.update(APP_USER).set(APP_USER.FAILED_SIGN_INS, APP_USER.FAILED_SIGN_INS.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
        return db.select(APP_USER.FAILED_SIGN_INS).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchSingle(APP_USER.FAILED_SIGN_INS);
    }

    public void lock(long id, Instant until) {
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, utc(until)).set(APP_USER.FAILED_SIGN_INS, 0)
                .where(APP_USER.ID.eq(id)).execute();
    }

    public void clearFailedSignIns(long id) {
        db.update(APP_USER).set(APP_USER.FAILED_SIGN_INS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id)).and(APP_USER.FAILED_SIGN_INS.ne(0).or(APP_USER.LOCKED_UNTIL.isNotNull()))
                .execute();
    }

    public void confirmEmail(long id, Instant now) {
        db.update(APP_USER).set(APP_USER.EMAIL_CONFIRMED_AT, utc(now))
                .where(APP_USER.ID.eq(id)).and(APP_USER.EMAIL_CONFIRMED_AT.isNull()).execute();
    }

    /** Sets a new password hash; the account is unlocked, since whoever sets it has proven who they are. */
    public void updatePassword(long id, String passwordHash) {
        db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.FAILED_SIGN_INS, 0)
                .setNull(APP_USER.LOCKED_UNTIL).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    /** Changes the profile if nobody else changed it since {@code version}; returns whether it did. */
    public boolean updateProfile(long id, int version, String displayName, PublicNameChoice publicName,
                                 SupportedLocale language) {
        return db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PUBLIC_NAME_CHOICE, publicName.name())
                .set(APP_USER.PREFERRED_LOCALE, language.tag())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).and(APP_USER.VERSION.eq(version))
                .execute() == 1;
    }

    /** The language alone is last-write-wins: switching it in the header must not make an open profile form stale. */
    public void updateLanguage(String email, SupportedLocale language) {
        db.update(APP_USER).set(APP_USER.PREFERRED_LOCALE, language.tag()).where(APP_USER.EMAIL.eq(email)).execute();
    }


    public Optional<Long> findIdByIdentity(String provider, String subject) {
        return db.select(USER_IDENTITY.USER_ID).from(USER_IDENTITY)
                .where(USER_IDENTITY.PROVIDER.eq(provider)).and(USER_IDENTITY.SUBJECT.eq(subject))
                .fetchOptional(USER_IDENTITY.USER_ID);
    }

    public void linkIdentity(String provider, String subject, long userId, Instant now) {
        db.insertInto(USER_IDENTITY)
                .set(USER_IDENTITY.PROVIDER, provider)
                .set(USER_IDENTITY.SUBJECT, subject)
                .set(USER_IDENTITY.USER_ID, userId)
                .set(USER_IDENTITY.LINKED_AT, utc(now))
                .execute();
    }

    private static StoredAccount map(Record r) {
        return new StoredAccount(
                r.get(APP_USER.ID),
                r.get(APP_USER.EMAIL),
                r.get(APP_USER.PASSWORD_HASH),
                r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.PSEUDONYM),
                PublicNameChoice.valueOf(r.get(APP_USER.PUBLIC_NAME_CHOICE)),
                SupportedLocale.fromTag(r.get(APP_USER.PREFERRED_LOCALE)).orElse(SupportedLocale.DEFAULT),
                instant(r.get(APP_USER.EMAIL_CONFIRMED_AT)),
                r.get(APP_USER.FAILED_SIGN_INS),
                instant(r.get(APP_USER.LOCKED_UNTIL)),
                r.get(APP_USER.VERSION));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
