package uz.muhokama.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.accounts.internal.AccountUserDetailsService;
import uz.muhokama.legislation.ActService;
import uz.muhokama.support.IntegrationTest;

/** The demo data of the README's run command loads, and its people can sign in with the documented password. */
@IntegrationTest
class DemoDataTest {

    @Autowired
    OrganisationsDemo organisations;

    @Autowired
    PeopleDemo people;

    @Autowired
    LegislationDemo legislation;

    @Autowired
    OrganisationService organisationService;

    @Autowired
    MembershipService memberships;

    @Autowired
    SystemAdministrator system;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ActService acts;

    @Test
    void demo_organisations_people_and_the_labour_code_load_and_the_people_can_sign_in() {
        if (!organisations.isLoaded()) {
            organisations.load();
        }
        if (!people.isLoaded()) {
            people.load();
        }
        legislation.load(Path.of("..", "shared", "corpus"));

        assertThat(organisationService.findByCode(OrganisationsDemo.MINISTRY_OF_JUSTICE)).isPresent();
        var admin = users.loadUserByUsername("admin@demo.muhokama.uz");
        assertThat(passwords.matches(PeopleDemo.PASSWORD, admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        assertThat(users.loadUserByUsername("editor@demo.muhokama.uz").getAuthorities())
                .extracting(Object::toString).contains("ROLE_AGENCY_EDITOR");
        assertThat(users.loadUserByUsername("suv@demo.muhokama.uz").getAuthorities())
                .extracting(Object::toString).contains("ROLE_UTILITY_STAFF");
        var code = acts.byUri("/act/uz/code/2022/798").orElseThrow();
        assertThat(code.languages()).containsExactly("uz-Latn", "ru");
        assertThat(acts.uriForCitation("ЗРУ-798")).contains("/act/uz/code/2022/798");
    }
}
