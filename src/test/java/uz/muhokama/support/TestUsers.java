package uz.muhokama.support;

import static uz.muhokama_db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * People for tests, written straight into app_user, since signing up belongs to another part of the application.
 * Every person gets a unique e-mail and pseudonym, so tests never collide in the shared database.
 */
public class TestUsers {

    private final DSLContext dsl;

    public TestUsers(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A person with a fresh e-mail {@code <prefix>-<random>@example.test}. */
    public Created create(String prefix, String displayName) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = prefix + "-" + unique + "@example.test";
        Long id = dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PSEUDONYM, prefix + "-" + unique)
                .set(APP_USER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        return new Created(id, email, displayName);
    }

    public record Created(long id, String email, String displayName) {
    }
}
