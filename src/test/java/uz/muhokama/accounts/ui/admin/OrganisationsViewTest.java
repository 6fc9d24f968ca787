package uz.muhokama.accounts.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MemberView;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;
import uz.muhokama.support.WithPerson;

@IntegrationTest
@WithPerson(email = "view-admin@example.test", roles = "ADMIN")
class OrganisationsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void an_administrator_creates_an_organisation_through_the_form() {
        navigate(OrganisationsView.class);
        String code = TestOrganisations.uniqueCode("form");

        test($(Button.class).id("new-organisation")).click();
        test($(TextField.class).id("org-code")).setValue(code.toLowerCase(Locale.ROOT));
        test($(Select.class).id("org-type")).selectItem("Agency");
        test($(TextField.class).id("org-name-uz-latn")).setValue("Statistika agentligi");
        test($(TextField.class).id("org-name-uz-cyrl")).setValue("Статистика агентлиги");
        test($(TextField.class).id("org-name-ru")).setValue("Агентство статистики");
        test($(TextField.class).id("org-name-en")).setValue("Statistics Agency");
        test($(Button.class).id("org-save")).click();

        OrganisationDetails saved = organisations.findByCode(code).orElseThrow();
        assertThat(saved.type()).isEqualTo(OrganisationType.AGENCY);
        assertThat(saved.names().en()).isEqualTo("Statistics Agency");
        test($(TextField.class).id("organisation-filter")).setValue(code);
        Grid<OrganisationDetails> grid = $(Grid.class).id("organisations-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Statistics Agency");
    }

    @Test
    void a_refused_form_shows_the_reason_on_the_field_and_saves_nothing() {
        navigate(OrganisationsView.class);
        String taken = TestOrganisations.uniqueCode("TAKEN");
        organisations.create(new NewOrganisation(taken, OrganisationType.AGENCY, TestOrganisations.names("Band"),
                null));

        test($(Button.class).id("new-organisation")).click();
        test($(TextField.class).id("org-code")).setValue(taken);
        test($(Select.class).id("org-type")).selectItem("Utility");
        test($(TextField.class).id("org-name-uz-latn")).setValue("Suv");
        test($(TextField.class).id("org-name-uz-cyrl")).setValue("Сув");
        test($(TextField.class).id("org-name-ru")).setValue("Вода");
                test($(Button.class).id("org-save")).click();

        TextField english = $(TextField.class).id("org-name-en");
        assertThat(english.isInvalid()).isTrue();
        assertThat(english.getErrorMessage()).isEqualTo("Enter the name in this language.");
        test(english).setValue("Water");
        test($(Button.class).id("org-save")).click();

        TextField code = $(TextField.class).id("org-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains(taken);
        assertThat(organisations.findByCode(taken).orElseThrow().type()).isEqualTo(OrganisationType.AGENCY);
    }

    @Test
    void clicking_a_row_opens_the_organisation_for_editing() {
        OrganisationId id = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        OrganisationDetails before = organisations.find(id).orElseThrow();
        navigate(OrganisationsView.class);
        test($(TextField.class).id("organisation-filter")).setValue(before.code());

        test($(Grid.class).id("organisations-grid")).clickRow(0);
        assertThat($(TextField.class).id("org-code").getValue()).isEqualTo(before.code());
        test($(TextField.class).id("org-name-en")).setValue("Ministry of Edits");
        test($(Button.class).id("org-save")).click();

        OrganisationDetails after = organisations.find(id).orElseThrow();
        assertThat(after.names().en()).isEqualTo("Ministry of Edits");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void a_script_in_a_name_is_shown_as_text() {
        String script = "<img src=x onerror=alert(1)>";
        String code = TestOrganisations.uniqueCode("XSS");
        organisations.create(new NewOrganisation(code, OrganisationType.UTILITY,
                new OrganisationNames(script, script, script, script), null));
        navigate(OrganisationsView.class);
        test($(TextField.class).id("organisation-filter")).setValue(code);

        Grid<OrganisationDetails> grid = $(Grid.class).id("organisations-grid");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(script);

        navigate("admin/organisations/" + code, OrganisationMembersView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(script);
        assertThat($(H1.class).single().getElement().getChildCount()).isOne();
    }

    @Test
    void an_administrator_adds_a_member_by_email_and_removes_them() {
        OrganisationId id = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        String code = organisations.find(id).orElseThrow().code();
        TestUsers.Created person = new TestUsers(dsl).create("view-member", "Malika Yusupova");

        navigate("admin/organisations/" + code, OrganisationMembersView.class);
        test($(EmailField.class).id("member-email")).setValue(person.email());
        test($(Button.class).id("member-add")).click();

        assertThat(memberships.membersOf(id)).extracting(MemberView::userId).containsExactly(person.id());
        Grid<MemberView> grid = $(Grid.class).id("members-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Malika Yusupova");
        assertThat(((Span) test(grid).getCellComponent(0, 2)).getText()).isEqualTo("Utility staff");
        assertThat(memberships.membersOf(id).getFirst().role()).isEqualTo(Roles.UTILITY_STAFF);

        test((Button) test(grid).getCellComponent(0, 4)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(memberships.membersOf(id)).isEmpty();
    }

    @Test
    void an_unknown_email_is_shown_on_the_field() {
        OrganisationId id = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        String code = organisations.find(id).orElseThrow().code();
        navigate("admin/organisations/" + code, OrganisationMembersView.class);

        test($(EmailField.class).id("member-email")).setValue("nobody-here@example.test");
        test($(Button.class).id("member-add")).click();

        EmailField email = $(EmailField.class).id("member-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("nobody-here@example.test");
        assertThat(memberships.membersOf(id)).isEmpty();
    }

    @Test
    void an_unknown_code_leads_to_the_not_found_page() {
        assertThat(catchThrowable(() -> navigate("admin/organisations/NO-SUCH-CODE-1", OrganisationMembersView.class)))
                .isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(OrganisationMembersView.class);
    }
}
