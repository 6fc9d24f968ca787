package uz.muhokama.accounts.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.GrantableRole;
import uz.muhokama.accounts.RoleHolder;
import uz.muhokama.accounts.RoleService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestUsers;
import uz.muhokama.support.WithPerson;

@IntegrationTest
@WithPerson(email = "roles-admin@example.test", roles = "ADMIN")
class RolesViewTest extends SpringBrowserlessTest {

    @Autowired
    RoleService roles;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void an_administrator_grants_a_moderator_by_email_and_revokes_the_role() {
        TestUsers.Created person = new TestUsers(dsl).create("view-mod", "Sardor Toshmatov");
        navigate(RolesView.class);

        test($(EmailField.class).id("role-email")).setValue(person.email());
        test($(Select.class).id("role-select")).selectItem("Moderator");
        test($(Button.class).id("role-grant")).click();

        assertThat(holdersFor(person)).extracting(RoleHolder::role).containsExactly(GrantableRole.MODERATOR);
        Grid<RoleHolder> grid = $(Grid.class).id("roles-grid");
        int row = grid.getListDataView().getItems().toList().indexOf(holdersFor(person).getFirst());
        assertThat(test(grid).getCellText(row, 1)).isEqualTo(person.email());

        test((Button) test(grid).getCellComponent(row, 4)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(holdersFor(person)).isEmpty();
    }

    @Test
    void an_unknown_email_is_shown_on_the_field() {
        navigate(RolesView.class);

        test($(EmailField.class).id("role-email")).setValue("no-such-person@example.test");
        test($(Button.class).id("role-grant")).click();

        EmailField email = $(EmailField.class).id("role-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("no-such-person@example.test");
    }

    private List<RoleHolder> holdersFor(TestUsers.Created person) {
        return roles.holders().stream().filter(h -> h.userId() == person.id()).toList();
    }
}
