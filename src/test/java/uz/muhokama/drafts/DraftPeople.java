package uz.muhokama.drafts;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestAccount;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;

/** Agencies with their editors, and citizens, for draft tests: every one fresh, signed in as a real account. */
final class DraftPeople {

    private final DSLContext dsl;
    private final OrganisationService organisations;
    private final MembershipService memberships;

    DraftPeople(DSLContext dsl, OrganisationService organisations, MembershipService memberships) {
        this.dsl = dsl;
        this.organisations = organisations;
        this.memberships = memberships;
    }


    record Agency(OrganisationId id, TestAccount editor) {
    }

    Agency agency(OrganisationType type) {
        OrganisationId id = TestOrganisations.create(organisations, type, null);
        TestUsers.Created user = new TestUsers(dsl).create("editor", "Editor");
        SignedIn.asAdmin(() -> memberships.addMember(id, user.email()));
        return new Agency(id, new TestAccount(user.id(), user.email(), user.displayName()));
    }

    TestAccount citizen() {
        TestUsers.Created user = new TestUsers(dsl).create("citizen", "Citizen");
        return new TestAccount(user.id(), user.email(), user.displayName());
    }

    static <T> T as(TestAccount person, String role, Supplier<T> action) {
        return person.run(action, role);
    }

    static void run(TestAccount person, String role, Runnable action) {
        as(person, role, () -> {
            action.run();
            return null;
        });
    }
}
