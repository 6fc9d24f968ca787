package uz.muhokama.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountAdministration;
import uz.muhokama.accounts.GrantableRole;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.NewAccount;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.RoleService;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.shared.SupportedLocale;

/** One person for each role, all with the password the README gives. */
@Component
class PeopleDemo {

    static final String PASSWORD = "Muhokama-2026";

    private static final List<Person> PEOPLE = List.of(
            new Person("admin@demo.muhokama.uz", "Aziz Karimov", SupportedLocale.UZ_LATN, GrantableRole.ADMIN, null),
            new Person("moderator@demo.muhokama.uz", "Malika Yusupova", SupportedLocale.RU, GrantableRole.MODERATOR,
                    null),
            new Person("editor@demo.muhokama.uz", "Rustam Aliyev", SupportedLocale.UZ_LATN, null,
                    OrganisationsDemo.MINISTRY_OF_JUSTICE),
            new Person("suv@demo.muhokama.uz", "Dilshod Rahimov", SupportedLocale.UZ_CYRL, null,
                    OrganisationsDemo.WATER_UTILITY),
            new Person("fuqaro@demo.muhokama.uz", "Nodira Saidova", SupportedLocale.RU, null, null));

    private final AccountAdministration accounts;
    private final RoleService roles;
    private final MembershipService memberships;
    private final OrganisationService organisations;
    private final SystemAdministrator system;

    PeopleDemo(AccountAdministration accounts, RoleService roles, MembershipService memberships,
               OrganisationService organisations, SystemAdministrator system) {
        this.accounts = accounts;
        this.roles = roles;
        this.memberships = memberships;
        this.organisations = organisations;
        this.system = system;
    }

    boolean isLoaded() {
        return system.call(() -> accounts.accountIdByEmail(PEOPLE.getFirst().email()).isPresent());
    }

    void load() {
        system.run(() -> PEOPLE.forEach(person -> {
            accounts.createConfirmedAccount(new NewAccount(person.email(), person.name(), PASSWORD, person.language()));
            if (person.role() != null) {
                roles.grant(person.email(), person.role());
            }
            if (person.organisation() != null) {
                organisations.findByCode(person.organisation())
                        .ifPresent(org -> memberships.addMember(org.id(), person.email()));
            }
        }));
    }

    private record Person(String email, String name, SupportedLocale language, GrantableRole role,
                          String organisation) {
    }
}
