package uz.muhokama;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import uz.muhokama.shared.ui.map.MapSettings;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Web security: Vaadin's view access checks (deny unless a view says who may see it), a sign-in page, method security
 * for services, and secure headers. The accounts module supplies how people are checked (its only
 * {@code AuthenticationProvider} bean), what a refused sign-in shows, and the audit of signing out; OpenID Connect
 * (OneID) is added when {@code muhokama.oidc.enabled=true}.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(MapSettings.class)
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Vaadin needs inline and evaluated scripts and inline styles; everything else comes from this origin only, but
     * for map tiles from the configured tile server.
     */
    static String contentSecurityPolicy(String tileOrigin) {
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: " + tileOrigin + "; font-src 'self' data:; connect-src 'self' ws: wss:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            ObjectProvider<AuthenticationFailureHandler> signInFailureHandler,
                                            ObjectProvider<LogoutHandler> signOutAuditHandler,
                                            @Value("${muhokama.oidc.enabled:false}") boolean oidcEnabled,
                                            ObjectProvider<MapSettings> map)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                .requestMatchers("/icons/**", "/images/**").permitAll()
                // The public read API, its OpenAPI description, the server-rendered print view of acts, their
                // downloads (Akoma Ntoso XML, DOCX, PDF) and the Atom feed of new and changed acts.
                .requestMatchers(HttpMethod.GET, "/api/v1/**", "/v3/api-docs/**", "/api/docs", "/swagger-ui/**",
                        "/act/uz/*/*/*/print", "/act/uz/*/*/*/akn.xml", "/act/uz/*/*/*/text.docx",
                        "/act/uz/*/*/*/text.pdf",
                        "/legislation/feed.atom", "/draft-files/*", "/problem-photos/*",
                        "/problem-photos/*/medium", "/problem-photos/*/thumbnail").permitAll()
                // Files attached to comments; the controller serves them only for published drafts, never hidden ones.
                .requestMatchers(HttpMethod.GET, "/draft-comment-files/*").permitAll()
                // A draft's published consolidated table of proposals (the controller answers 404 until then).
                .requestMatchers(HttpMethod.GET, "/drafts/*/table.csv", "/drafts/*/table.xlsx", "/drafts/*/table.pdf")
                .permitAll()
                // Open311 GeoReport v2: reading is public, writing checks the client's API key in the service.
                .requestMatchers("/open311/v2/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/problems/feed.atom", "/problems/feed/*", "/problems/*/feed.atom")
                .permitAll()
                // The "stop these e-mails" address of notice mails: the unguessable token in it is the permission.
                .requestMatchers("/mail/unsubscribe/*").permitAll()
                .requestMatchers("/api/**").authenticated());
        // Open311 clients post forms without a session, so there is no CSRF token to send; the API key guards them.
        // Mail programs POST the one-click unsubscribe (RFC 8058) without a session either; the unguessable token in
        // the address guards it.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.csrf(csrf -> csrf.ignoringRequestMatchers(paths.matcher("/open311/**"),
                paths.matcher(HttpMethod.POST, "/mail/unsubscribe/*"),
                paths.matcher(HttpMethod.POST, "/problems/subscriptions/unsubscribe/*")));
        // The API answers 401, not a redirect to the sign-in page.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        contentSecurityPolicy(map.getIfAvailable(MapSettings::defaults).tileOrigin())))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Configured before Vaadin sets the login page, so the processing address must be named here.
        http.formLogin(form -> {
            form.loginPage("/sign-in").loginProcessingUrl("/sign-in");
            signInFailureHandler.ifAvailable(form::failureHandler);
        });
        if (oidcEnabled) {
            http.oauth2Login(oauth -> oauth.loginPage("/sign-in").failureHandler((request, response, failure) -> {
                log.warn("OpenID Connect sign-in failed: {}", failure.toString());
                response.sendRedirect(request.getContextPath() + "/sign-in?error=oneid");
            }));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView("/sign-in", "/");
            signOutAuditHandler.ifAvailable(vaadin::addLogoutHandler);
            // Every view says who may see it and Vaadin's navigation access control enforces that (a view without a
            // rule is refused). Letting the rest through here means an unknown address shows the translated 404 page
            // to everyone instead of a sign-in form; endpoints outside Vaadin have their own rules above.
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
        });
        return http.build();
    }
}
