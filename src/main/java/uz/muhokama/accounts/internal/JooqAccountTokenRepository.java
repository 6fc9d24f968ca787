package uz.muhokama.accounts.internal;

import static uz.muhokama.accounts.internal.JooqAccountRepository.instant;
import static uz.muhokama.accounts.internal.JooqAccountRepository.utc;
import static uz.muhokama_db.Tables.ACCOUNT_TOKEN;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** One-time tokens, stored by their SHA-256 hash only. */
@Repository
class JooqAccountTokenRepository {

    private final DSLContext db;

    JooqAccountTokenRepository(DSLContext db) {
        this.db = db;
    }

    void insert(long userId, TokenPurpose purpose, String hash, Instant now, Instant expiresAt) {
        db.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USER_ID, userId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.TOKEN_HASH, hash)
                .set(ACCOUNT_TOKEN.CREATED_AT, utc(now))
                .set(ACCOUNT_TOKEN.EXPIRES_AT, utc(expiresAt))
                .execute();
    }

    Optional<StoredToken> find(TokenPurpose purpose, String hash) {
        return db.selectFrom(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(hash)).and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .fetchOptional(r -> new StoredToken(r.getId(), r.getUserId(), instant(r.getExpiresAt()),
                        instant(r.getUsedAt())));
    }

    /** Marks a token used unless someone else used it first; returns whether this call did. */
    boolean markUsed(long id, Instant now) {
        return db.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, utc(now))
                .where(ACCOUNT_TOKEN.ID.eq(id)).and(ACCOUNT_TOKEN.USED_AT.isNull()).execute() == 1;
    }

    void invalidateAll(long userId, TokenPurpose purpose, Instant now) {
        db.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, utc(now))
                .where(ACCOUNT_TOKEN.USER_ID.eq(userId)).and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull()).execute();
    }

    record StoredToken(long id, long userId, Instant expiresAt, Instant usedAt) {
    }
}
