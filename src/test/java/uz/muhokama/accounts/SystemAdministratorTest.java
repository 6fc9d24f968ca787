package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class SystemAdministratorTest {

    @Autowired
    SystemAdministrator system;

    @Autowired
    OrganisationService organisations;

    @Test
    @WithAnonymousUser
    void start_up_work_creates_organisations_without_a_person_and_leaves_the_visitor_unprivileged() {
        String code = TestOrganisations.uniqueCode("SYS");
        NewOrganisation organisation = new NewOrganisation(code, OrganisationType.MINISTRY,
                TestOrganisations.names("Tizim"), null);

        OrganisationId id = system.call(() -> organisations.create(organisation));

        assertThat(organisations.find(id)).isPresent();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("anonymous");
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(TestOrganisations.uniqueCode("SYS"),
                OrganisationType.MINISTRY, TestOrganisations.names("Tizim"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
