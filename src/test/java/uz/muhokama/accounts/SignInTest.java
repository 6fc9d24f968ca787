package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import uz.muhokama.accounts.internal.SignInFailureHandler;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.support.IntegrationTest;

/** Password sign-in through the real security filter chain: lockout, throttling, unconfirmed e-mail, audit. */
@IntegrationTest
@RecordApplicationEvents
class SignInTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAdministrator system;

    @Autowired
    RoleService roles;

    @Autowired
    SignUpService signUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    String address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void correct_password_signs_in_with_citizen_and_granted_roles() throws Exception {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        system.run(() -> roles.grant(email, GrantableRole.MODERATOR));
        String code = "T" + UUID.randomUUID().toString().substring(0, 12);
        jdbc.update("insert into organisation (code, type, name_uz_latn, name_uz_cyrl, name_ru, name_en, created_at) "
                + "values (?, 'AGENCY', 'a', 'a', 'a', 'a', current_timestamp)", code);
        long organisation = jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
        jdbc.update("insert into membership (user_id, organisation_id, role, granted_at) "
                + "values (?, ?, 'AGENCY_EDITOR', current_timestamp)", id, organisation);

        MvcResult result = signIn(email.toUpperCase(), Accounts.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        AccountUser user = (AccountUser) signedIn(result).getAuthentication().getPrincipal();
        assertThat(user.userId()).isEqualTo(id);
        assertThat(user.displayName()).isEqualTo("Akmal Tursunov");
        assertThat(user.getPassword()).isNull();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_CITIZEN", "ROLE_MODERATOR", "ROLE_AGENCY_EDITOR");
        assertThat(audited("SIGN_IN_SUCCEEDED", id)).isTrue();
    }

    @Test
    void wrong_password_and_unknown_email_get_the_same_answer() throws Exception {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);
        assertThat(signIn(email, "Wrong2026password").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=credentials");
        assertThat(signIn("nobody-" + email, "Wrong2026password").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=credentials");
        assertThat(events.stream(AuditableAction.class).filter(a -> a.type().equals("SIGN_IN_FAILED"))
                .map(AuditableAction::remoteIp)).contains(address);
    }

    @Test
    void unconfirmed_email_cannot_sign_in_and_may_ask_for_the_link_again() throws Exception {
        String email = Accounts.uniqueEmail();
        signUps.signUp(Accounts.signUp(email));
        MvcResult result = signIn(email, Accounts.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=unconfirmed");
        assertThat(result.getRequest().getSession().getAttribute(SignInFailureHandler.UNCONFIRMED_EMAIL))
                .isEqualTo(email);
        assertThat(signedIn(result)).isNull();
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes() throws Exception {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(email, "Wrong2026pass" + i).getResponse().getRedirectedUrl()).endsWith("credentials");
        }
        String fifth = signIn(email, "Wrong2026pass5").getResponse().getRedirectedUrl();
        assertThat(fifth).startsWith("/sign-in?error=locked&until=");
        long until = Long.parseLong(fifth.substring(fifth.indexOf("until=") + 6));
        assertThat(Instant.ofEpochSecond(until)).isBetween(Instant.now().plusSeconds(14 * 60),
                Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(audited("ACCOUNT_LOCKED", id)).isTrue();

        MvcResult evenRightPassword = signIn(email, Accounts.PASSWORD);
        assertThat(evenRightPassword.getResponse().getRedirectedUrl()).startsWith("/sign-in?error=locked");
        assertThat(signedIn(evenRightPassword)).isNull();
    }

    @Test
    void lock_ends_after_its_time_and_success_resets_the_count() throws Exception {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        for (int i = 1; i <= 5; i++) {
            signIn(email, "Wrong2026pass" + i);
        }
        jdbc.update("update app_user set locked_until = current_timestamp - interval '1' minute where id = ?", id);
        signIn(email, "Wrong2026again");
        assertThat(signIn(email, Accounts.PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(jdbc.queryForObject("select failed_sign_ins from app_user where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void many_failures_from_one_address_are_throttled() throws Exception {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);
        for (int i = 0; i < 20; i++) {
            signIn("nobody-" + i + "-" + email, "Wrong2026password");
        }
        assertThat(signIn(email, Accounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=throttled");
        address = "10.8.0." + (int) (Math.random() * 250);
        assertThat(signIn(email, Accounts.PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void signing_out_is_audited() throws Exception {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        MvcResult result = signIn(email, Accounts.PASSWORD);
        mvc.perform(post("/logout").session((MockHttpSession) result.getRequest().getSession()).with(csrf()));
        assertThat(audited("SIGNED_OUT", id)).isTrue();
    }

    private MvcResult signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
    }

    private static SecurityContext signedIn(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session == null ? null : (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private boolean audited(String type, long userId) {
        return events.stream(AuditableAction.class)
                .anyMatch(a -> a.type().equals(type) && Long.valueOf(userId).equals(a.actorId()));
    }
}
