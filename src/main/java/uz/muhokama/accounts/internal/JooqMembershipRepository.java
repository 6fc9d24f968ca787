package uz.muhokama.accounts.internal;

import static uz.muhokama_db.Tables.APP_USER;
import static uz.muhokama_db.Tables.MEMBERSHIP;
import static uz.muhokama_db.Tables.ORGANISATION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.accounts.MemberView;
import uz.muhokama.accounts.MembershipView;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationType;

/** Memberships of people in organisations, and the lookups of people they need. */
@Repository
public class JooqMembershipRepository {

    private final DSLContext dsl;

    JooqMembershipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A person by e-mail, whatever the letter case. */
    public Optional<Person> findPersonByEmail(String email) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(r -> new Person(r.value1(), r.value2(), r.value3()));
    }

    public Optional<Person> findPerson(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Person(r.value1(), r.value2(), r.value3()));
    }

    public boolean isMember(long userId, OrganisationId organisation) {
        return dsl.fetchExists(MEMBERSHIP, MEMBERSHIP.USER_ID.eq(userId)
                .and(MEMBERSHIP.ORGANISATION_ID.eq(organisation.value())));
    }

    public void insert(long userId, OrganisationId organisation, String role, Instant now) {
        dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.USER_ID, userId)
                .set(MEMBERSHIP.ORGANISATION_ID, organisation.value())
                .set(MEMBERSHIP.ROLE, role)
                .set(MEMBERSHIP.GRANTED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Removes a membership; {@code false} when there was none. */
    public boolean delete(long userId, OrganisationId organisation) {
        return dsl.deleteFrom(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .and(MEMBERSHIP.ORGANISATION_ID.eq(organisation.value()))
                .execute() == 1;
    }

    public List<MemberView> members(OrganisationId organisation) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, MEMBERSHIP.ROLE, MEMBERSHIP.GRANTED_AT)
                .from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(MEMBERSHIP.ORGANISATION_ID.eq(organisation.value()))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new MemberView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().toInstant()));
    }

    public List<MembershipView> membershipsOf(long userId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.TYPE,
                        ORGANISATION.NAME_UZ_LATN, ORGANISATION.NAME_UZ_CYRL, ORGANISATION.NAME_RU, ORGANISATION.NAME_EN,
                        MEMBERSHIP.ROLE, MEMBERSHIP.GRANTED_AT)
                .from(MEMBERSHIP)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .orderBy(ORGANISATION.CODE)
                .fetch(r -> new MembershipView(new OrganisationId(r.value1()), r.value2(),
                        OrganisationType.valueOf(r.value3()),
                        new OrganisationNames(r.value4(), r.value5(), r.value6(), r.value7()),
                        r.value8(), r.value9().toInstant()));
    }
}
