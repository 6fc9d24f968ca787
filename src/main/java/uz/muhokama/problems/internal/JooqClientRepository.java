package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.OPEN311_CLIENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import uz.muhokama.problems.ApiKey;

/** Open311 clients and the hashes of their keys. */
@Repository
public class JooqClientRepository {

    private final DSLContext dsl;

    JooqClientRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String name, String keyHash, String prefix, Instant now) {
        return dsl.insertInto(OPEN311_CLIENT)
                .set(OPEN311_CLIENT.NAME, name)
                .set(OPEN311_CLIENT.KEY_HASH, keyHash)
                .set(OPEN311_CLIENT.KEY_PREFIX, prefix)
                .set(OPEN311_CLIENT.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(OPEN311_CLIENT.ID).fetchOne(OPEN311_CLIENT.ID);
    }

    /** The id of the client holding a key with this hash, unless the key was revoked. */
    public Optional<Long> activeByHash(String keyHash) {
        return dsl.select(OPEN311_CLIENT.ID).from(OPEN311_CLIENT)
                .where(OPEN311_CLIENT.KEY_HASH.eq(keyHash), OPEN311_CLIENT.REVOKED.isFalse())
                .fetchOptional(OPEN311_CLIENT.ID);
    }

    public boolean existsByHash(String keyHash) {
        return dsl.fetchExists(OPEN311_CLIENT, OPEN311_CLIENT.KEY_HASH.eq(keyHash));
    }

    public List<ApiKey> all() {
        return dsl.selectFrom(OPEN311_CLIENT).orderBy(OPEN311_CLIENT.CREATED_AT.desc())
                .fetch(r -> new ApiKey(r.getId(), r.getName(), null, r.getKeyPrefix(), r.getCreatedAt().toInstant(),
                        r.getRevoked()));
    }

    public boolean revoke(long id) {
        return dsl.update(OPEN311_CLIENT).set(OPEN311_CLIENT.REVOKED, true).where(OPEN311_CLIENT.ID.eq(id)).execute() == 1;
    }
}
