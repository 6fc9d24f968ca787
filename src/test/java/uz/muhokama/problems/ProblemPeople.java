package uz.muhokama.problems;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import uz.muhokama.shared.Roles;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;

/**
 * Fresh data for problem tests: a category of its own (so no other test's reports or areas interfere), a utility
 * serving a square around central Tashkent for it, its staff, and citizens, all signed in as real accounts.
 */
public final class ProblemPeople {

    /** A square of about 2 km around this point is the test utility's area. */
    public static final double LAT = 41.3111;
    public static final double LON = 69.2797;

    private final DSLContext dsl;
    private final OrganisationService organisations;
    private final MembershipService memberships;
    private final ProblemSetupService setup;

    public ProblemPeople(DSLContext dsl, OrganisationService organisations, MembershipService memberships,
                         ProblemSetupService setup) {
        this.dsl = dsl;
        this.organisations = organisations;
        this.memberships = memberships;
        this.setup = setup;
    }

    public record Person(long userId, String email, String displayName) implements AccountPrincipal, Principal {

        @Override
        public String getName() {
            return email;
        }

        @Override
        public AccountPrincipal withDisplayName(String name) {
            return new Person(userId, email, name);
        }
    }

    public record Utility(OrganisationId id, Person staff) {
    }

    /** A new category with a unique code and a 15-day deadline. */
    public String category(CategoryGroup group) {
        return category(group, List.of());
    }

    public String category(CategoryGroup group, List<CategoryQuestion> questions) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        SignedIn.asAdmin(() -> setup.createCategory(new NewCategory(code, group,
                new LocalizedText("Sinov " + code, "Синов " + code, "Тест " + code, "Test " + code), 15, questions)));
        return code;
    }

    /** A utility serving the square around ({@link #LAT}, {@link #LON}) for the category, with one staff member. */
    public Utility utility(String categoryCode) {
        OrganisationId id = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        double d = 0.01;
        String square = String.format(Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                LON - d, LAT - d, LON + d, LAT - d, LON + d, LAT + d, LON - d, LAT + d, LON - d, LAT - d);
        SignedIn.asAdmin(() -> setup.addServiceArea(new NewServiceArea(id, "Test area", "Test district",
                square, List.of(categoryCode))));
        TestUsers.Created user = new TestUsers(dsl).create("staff", "Staff");
        SignedIn.asAdmin(() -> memberships.addMember(id, user.email()));
        SignedIn.asAdmin(() -> setup.setNoticeEmail(id, "notices-" + id.value() + "@utility.test"));
        return new Utility(id, new Person(user.id(), user.email(), user.displayName()));
    }

    public Person citizen() {
        TestUsers.Created user = new TestUsers(dsl).create("citizen", "Citizen Name");
        return new Person(user.id(), user.email(), user.displayName());
    }

    public static <T> T as(Person person, String role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> roles = role.equals(Roles.CITIZEN)
                ? List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN))
                : List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN), new SimpleGrantedAuthority("ROLE_" + role));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, roles));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Person person, String role, Runnable action) {
        as(person, role, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asCitizen(Person person, Supplier<T> action) {
        return as(person, Roles.CITIZEN, action);
    }

    public static <T> T asStaff(Utility utility, Supplier<T> action) {
        return as(utility.staff(), Roles.UTILITY_STAFF, action);
    }
}
