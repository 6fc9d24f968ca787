package uz.muhokama.accounts.internal;

import static uz.muhokama_db.Tables.APP_USER;
import static uz.muhokama_db.Tables.USER_ROLE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import uz.muhokama.accounts.GrantableRole;
import uz.muhokama.accounts.RoleHolder;

/** Roles granted to people directly (moderator, administrator). */
@Repository
public class JooqRoleRepository {

    private final DSLContext dsl;

    JooqRoleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean has(long userId, GrantableRole role) {
        return dsl.fetchExists(USER_ROLE, USER_ROLE.USER_ID.eq(userId).and(USER_ROLE.ROLE.eq(role.name())));
    }

    public void grant(long userId, GrantableRole role, Instant now) {
        dsl.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, userId)
                .set(USER_ROLE.ROLE, role.name())
                .set(USER_ROLE.GRANTED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Removes a role; {@code false} when the person did not hold it. */
    public boolean revoke(long userId, GrantableRole role) {
        return dsl.deleteFrom(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(userId))
                .and(USER_ROLE.ROLE.eq(role.name()))
                .execute() == 1;
    }

    /**
     * Who holds a role, with the rows locked until the transaction ends, so that two administrators revoking each
     * other at the same moment cannot leave the platform without one.
     */
    public List<Long> lockHolders(GrantableRole role) {
        return dsl.select(USER_ROLE.USER_ID).from(USER_ROLE)
                .where(USER_ROLE.ROLE.eq(role.name()))
                .forUpdate()
                .fetch(USER_ROLE.USER_ID);
    }

    public List<RoleHolder> holders() {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, USER_ROLE.ROLE, USER_ROLE.GRANTED_AT)
                .from(USER_ROLE)
                .join(APP_USER).on(APP_USER.ID.eq(USER_ROLE.USER_ID))
                .orderBy(USER_ROLE.ROLE, APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new RoleHolder(r.value1(), r.value2(), r.value3(), GrantableRole.valueOf(r.value4()),
                        r.value5().toInstant()));
    }
}
