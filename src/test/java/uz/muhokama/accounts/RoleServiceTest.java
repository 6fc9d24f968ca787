package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestUsers;

@IntegrationTest
class RoleServiceTest {

    @Autowired
    RoleService roles;

    @Autowired
    DSLContext dsl;

    private TestUsers users() {
        return new TestUsers(dsl);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_moderator_role_is_granted_by_email_and_revoked() {
        TestUsers.Created person = users().create("mod", "Moderator Person");

        RoleHolder holder = roles.grant(person.email().toUpperCase(), GrantableRole.MODERATOR);

        assertThat(holder.userId()).isEqualTo(person.id());
        assertThat(roles.holders()).contains(holder);
        roles.revoke(person.email(), GrantableRole.MODERATOR);
        assertThat(roles.holders()).extracting(RoleHolder::userId).doesNotContain(person.id());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void granting_twice_revoking_a_role_not_held_and_unknown_emails_are_refused() {
        TestUsers.Created person = users().create("twice-role", "Twice");
        roles.grant(person.email(), GrantableRole.MODERATOR);

        assertThatThrownBy(() -> roles.grant(person.email(), GrantableRole.MODERATOR))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.alreadyHasRole"));
        assertThatThrownBy(() -> roles.revoke(person.email(), GrantableRole.ADMIN))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.hasNoRole"));
        assertThatThrownBy(() -> roles.grant("nobody-" + System.nanoTime() + "@example.test", GrantableRole.ADMIN))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.unknownEmail"));
        assertThatThrownBy(() -> roles.grant(person.email(), null))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.roleRequired"));
    }

    @Test
    void the_last_administrator_cannot_lose_the_role() {
        TestUsers.Created last = users().create("last-admin", "Last Admin");
        SignedIn.asAdmin(last.email(), () -> {
            roles.grant(last.email(), GrantableRole.ADMIN);
            roles.holders().stream()
                    .filter(h -> h.role() == GrantableRole.ADMIN && h.userId() != last.id())
                    .forEach(h -> roles.revoke(h.email(), GrantableRole.ADMIN));

            assertThatThrownBy(() -> roles.revoke(last.email(), GrantableRole.ADMIN))
                    .isInstanceOfSatisfying(AdministrationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.lastAdmin"));
            assertThat(roles.holders()).anyMatch(h -> h.userId() == last.id() && h.role() == GrantableRole.ADMIN);

            TestUsers.Created next = users().create("next-admin", "Next Admin");
            roles.grant(next.email(), GrantableRole.ADMIN);
            roles.revoke(last.email(), GrantableRole.ADMIN);
            assertThat(roles.holders()).noneMatch(h -> h.userId() == last.id());
            return null;
        });
    }

    @Test
    @WithMockUser(roles = {"CITIZEN", "MODERATOR"})
    void a_non_admin_cannot_grant_revoke_or_list_roles() {
        TestUsers.Created person = users().create("not-granted", "Not Granted");
        TestUsers.Created moderator = users().create("kept-mod", "Kept Moderator");
        SignedIn.asAdmin(() -> roles.grant(moderator.email(), GrantableRole.MODERATOR));

        assertThatThrownBy(() -> roles.grant(person.email(), GrantableRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.revoke(moderator.email(), GrantableRole.MODERATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.holders()).isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.asAdmin(() -> roles.holders()))
                .anyMatch(h -> h.userId() == moderator.id())
                .noneMatch(h -> h.userId() == person.id());
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_grant_or_revoke() {
        TestUsers.Created person = users().create("anon-target", "Anon Target");

        assertThatThrownBy(() -> roles.grant(person.email(), GrantableRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.revoke(person.email(), GrantableRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.asAdmin(() -> roles.holders())).noneMatch(h -> h.userId() == person.id());
    }
}
