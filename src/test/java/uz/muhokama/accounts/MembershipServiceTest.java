package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;

@IntegrationTest
class MembershipServiceTest {

    @Autowired
    MembershipService memberships;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    private TestUsers users() {
        return new TestUsers(dsl);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_member_of_a_ministry_becomes_an_agency_editor_found_by_email_in_any_case() {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        TestUsers.Created person = users().create("editor", "Dilnoza Karimova");

        MemberView added = memberships.addMember(ministry, "  " + person.email().toUpperCase() + " ");

        assertThat(added.role()).isEqualTo(Roles.AGENCY_EDITOR);
        assertThat(memberships.membersOf(ministry)).singleElement().satisfies(m -> {
            assertThat(m.userId()).isEqualTo(person.id());
            assertThat(m.displayName()).isEqualTo("Dilnoza Karimova");
            assertThat(m.email()).isEqualTo(person.email());
            assertThat(m.role()).isEqualTo(Roles.AGENCY_EDITOR);
        });
        assertThat(memberships.membershipsOf(person.id())).singleElement().satisfies(m -> {
            assertThat(m.organisationId()).isEqualTo(ministry);
            assertThat(m.role()).isEqualTo(Roles.AGENCY_EDITOR);
        });
        assertThat(memberships.isMember(person.id(), ministry)).isTrue();
        assertThat(organisations.find(ministry).orElseThrow().memberCount()).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_member_of_a_utility_becomes_utility_staff() {
        OrganisationId utility = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        TestUsers.Created person = users().create("staff", "Bekzod Aliyev");

        memberships.addMember(utility, person.email());

        assertThat(memberships.membershipsOf(person.id())).extracting(MembershipView::role)
                .containsExactly(Roles.UTILITY_STAFF);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_unknown_or_empty_email_is_refused() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);

        assertThatThrownBy(() -> memberships.addMember(agency, "nobody-" + System.nanoTime() + "@example.test"))
                .isInstanceOfSatisfying(AdministrationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accounts.admin.error.unknownEmail");
                    assertThat(e.field()).isEqualTo("email");
                });
        assertThatThrownBy(() -> memberships.addMember(agency, " "))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.emailRequired"));
        assertThat(memberships.membersOf(agency)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adding_a_member_twice_is_refused() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        TestUsers.Created person = users().create("twice", "Twice");
        memberships.addMember(agency, person.email());

        assertThatThrownBy(() -> memberships.addMember(agency, person.email()))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.alreadyMember"));
        assertThat(memberships.membersOf(agency)).hasSize(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adding_to_an_unknown_organisation_is_refused() {
        TestUsers.Created person = users().create("lost", "Lost");

        assertThatThrownBy(() -> memberships.addMember(new OrganisationId(Long.MAX_VALUE), person.email()))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.organisationNotFound"));
        assertThat(memberships.membershipsOf(person.id())).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_membership_is_removed_and_removing_it_again_is_refused() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        TestUsers.Created person = users().create("leaver", "Leaver");
        memberships.addMember(agency, person.email());

        memberships.removeMember(agency, person.id());

        assertThat(memberships.membersOf(agency)).isEmpty();
        assertThat(memberships.isMember(person.id(), agency)).isFalse();
        assertThatThrownBy(() -> memberships.removeMember(agency, person.id()))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.notMember"));
    }

    @Test
    @WithMockUser(roles = {"CITIZEN", "AGENCY_EDITOR", "MODERATOR"})
    void a_non_admin_cannot_add_remove_or_list_members_and_nothing_changes() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        TestUsers.Created member = users().create("kept", "Kept");
        TestUsers.Created outsider = users().create("outsider", "Outsider");
        SignedIn.asAdmin(() -> memberships.addMember(agency, member.email()));

        assertThatThrownBy(() -> memberships.addMember(agency, outsider.email()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.removeMember(agency, member.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.membersOf(agency)).isInstanceOf(AccessDeniedException.class);
        assertThat(memberships.isMember(member.id(), agency)).isTrue();
        assertThat(memberships.isMember(outsider.id(), agency)).isFalse();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_add_or_remove_members() {
        OrganisationId agency = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        TestUsers.Created member = users().create("anon-kept", "Kept");
        SignedIn.asAdmin(() -> memberships.addMember(agency, member.email()));

        assertThatThrownBy(() -> memberships.addMember(agency, member.email()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.removeMember(agency, member.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memberships.membershipsOf(member.id())).hasSize(1);
    }
}
