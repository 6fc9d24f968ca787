package uz.muhokama.problems;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestAccount;
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


    public record Utility(OrganisationId id, TestAccount staff) {
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
        return new Utility(id, new TestAccount(user.id(), user.email(), user.displayName()));
    }

    public TestAccount citizen() {
        TestUsers.Created user = new TestUsers(dsl).create("citizen", "Citizen Name");
        return new TestAccount(user.id(), user.email(), user.displayName());
    }

    public static <T> T as(TestAccount person, String role, Supplier<T> action) {
        // Staff and moderators are citizens too.
        return role.equals(Roles.CITIZEN) ? person.run(action, Roles.CITIZEN)
                : person.run(action, Roles.CITIZEN, role);
    }

    public static void run(TestAccount person, String role, Runnable action) {
        as(person, role, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asCitizen(TestAccount person, Supplier<T> action) {
        return as(person, Roles.CITIZEN, action);
    }

    public static <T> T asStaff(Utility utility, Supplier<T> action) {
        return as(utility.staff(), Roles.UTILITY_STAFF, action);
    }
}
