package uz.muhokama.drafts;

import java.security.Principal;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.AccountPrincipal;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.support.SignedIn;
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

    record Person(long userId, String email, String displayName) implements AccountPrincipal, Principal {

        @Override
        public String getName() {
            return email;
        }

        @Override
        public AccountPrincipal withDisplayName(String name) {
            return new Person(userId, email, name);
        }
    }

    record Agency(OrganisationId id, Person editor) {
    }

    Agency agency(OrganisationType type) {
        OrganisationId id = TestOrganisations.create(organisations, type, null);
        TestUsers.Created user = new TestUsers(dsl).create("editor", "Editor");
        SignedIn.asAdmin(() -> memberships.addMember(id, user.email()));
        return new Agency(id, new Person(user.id(), user.email(), user.displayName()));
    }

    Person citizen() {
        TestUsers.Created user = new TestUsers(dsl).create("citizen", "Citizen");
        return new Person(user.id(), user.email(), user.displayName());
    }

    static <T> T as(Person person, String role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                java.util.List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(Person person, String role, Runnable action) {
        as(person, role, () -> {
            action.run();
            return null;
        });
    }
}
