package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.support.IntegrationTest;

/** Sign-in through OneID, played by a stub OpenID provider that the test runs on loopback. */
@IntegrationTest
class OneIdSignInTest {

    static final StubOpenIdProvider oneId = new StubOpenIdProvider();

    @DynamicPropertySource
    static void oneIdRegistration(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.oneid.";
        properties.add("muhokama.oidc.enabled", () -> "true");
        properties.add(registration + "client-id", () -> StubOpenIdProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> "stub-secret");
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add(registration + "client-name", () -> "OneID");
        properties.add("spring.security.oauth2.client.provider.oneid.issuer-uri", oneId::issuer);
    }

    @AfterAll
    static void stopProvider() {
        oneId.stop();
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAdministrator system;

    @Autowired
    RoleService roles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInOptions options;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void a_new_person_gets_a_confirmed_account_and_is_signed_in() throws Exception {
        String email = Accounts.uniqueEmail();
        String subject = "oneid-" + UUID.randomUUID();

        Authentication signedIn = signInThroughOneId(new StubOpenIdProvider.Person(subject, email.toUpperCase(), true,
                "Shahzoda Qodirova"));

        OidcAccountUser person = (OidcAccountUser) signedIn.getPrincipal();
        assertThat(person.email()).isEqualTo(email);
        assertThat(person.getName()).isEqualTo(email);
        assertThat(person.displayName()).isEqualTo("Shahzoda Qodirova");
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
        var row = jdbc.queryForMap("select email_confirmed_at, pseudonym, password_hash from app_user where id = ?",
                person.userId());
        assertThat(row.get("email_confirmed_at")).isNotNull();
        assertThat(row.get("password_hash")).isNull();
        assertThat((String) row.get("pseudonym")).matches("Fuqaro-\\d{4,}");
        assertThat(jdbc.queryForObject("select user_id from user_identity where provider = 'oneid' and subject = ?",
                Long.class, subject)).isEqualTo(person.userId());
        assertThat(options.oneIdEnabled()).isTrue();
    }

    @Test
    void an_existing_account_with_the_same_verified_email_is_linked() throws Exception {
        String email = Accounts.uniqueEmail();
        long id = Accounts.confirmed(system, administration, email);
        system.run(() -> roles.grant(email, GrantableRole.MODERATOR));
        String subject = "oneid-" + UUID.randomUUID();

        Authentication first = signInThroughOneId(new StubOpenIdProvider.Person(subject, email, true, "Akmal"));
        assertThat(((AccountPrincipal) first.getPrincipal()).userId()).isEqualTo(id);
        assertThat(first.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_CITIZEN", "ROLE_MODERATOR");

        Authentication again = signInThroughOneId(new StubOpenIdProvider.Person(subject, "changed-" + email, true,
                "Akmal"));
        assertThat(((AccountPrincipal) again.getPrincipal()).userId()).isEqualTo(id);
    }

    @Test
    void an_unverified_email_is_not_trusted() throws Exception {
        String email = Accounts.uniqueEmail();
        Accounts.confirmed(system, administration, email);
        oneId.nextPerson(new StubOpenIdProvider.Person("oneid-" + UUID.randomUUID(), email, false, "Someone"));
        MvcResult callback = completeRedirects();
        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=oneid");
        assertThat(securityContext(callback)).isNull();
    }

    private Authentication signInThroughOneId(StubOpenIdProvider.Person person) throws Exception {
        oneId.nextPerson(person);
        MvcResult callback = completeRedirects();
        assertThat(callback.getResponse().getRedirectedUrl()).doesNotContain("error");
        return securityContext(callback).getAuthentication();
    }

    /** Our redirect to the provider, the provider's redirect back with a code, and our handling of it. */
    private MvcResult completeRedirects() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String toProvider = mvc.perform(get("/oauth2/authorization/oneid").session(session)).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(toProvider).startsWith(oneId.issuer() + "/authorize");
        HttpResponse<Void> fromProvider;
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            fromProvider = http.send(HttpRequest.newBuilder(URI.create(toProvider)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        URI back = URI.create(fromProvider.headers().firstValue("Location").orElseThrow());
        return mvc.perform(get(back).session(session)).andReturn();
    }

    private static SecurityContext securityContext(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session == null ? null : (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
}
