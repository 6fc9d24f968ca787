package uz.muhokama.accounts.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.WithPerson;

/** The administration pages stay closed to everyone but administrators, whatever the menu shows. */
@IntegrationTest
class AdminAccessTest extends SpringBrowserlessTest {

    @Test
    @WithPerson(roles = {"CITIZEN", "MODERATOR", "AGENCY_EDITOR"})
    void a_citizen_cannot_open_the_administration_pages() {
        assertClosed("admin/organisations", OrganisationsView.class);
        assertClosed("admin/roles", RolesView.class);
        assertClosed("admin/organisations/ANY", OrganisationMembersView.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_open_the_administration_pages() {
        assertClosed("admin/organisations", OrganisationsView.class);
        assertClosed("admin/roles", RolesView.class);
    }

    @Test
    @WithPerson(roles = "ADMIN")
    void an_administrator_opens_them() {
        assertThat(navigate("admin/organisations", OrganisationsView.class)).isNotNull();
        assertThat(navigate("admin/roles", RolesView.class)).isNotNull();
    }

    private void assertClosed(String route, Class<? extends Component> view) {
        Throwable refused = catchThrowable(() -> navigate(route, view));
        assertThat(refused).as("navigating to %s", route).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(view);
    }
}
