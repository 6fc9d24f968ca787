package uz.muhokama;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * Security of the JSON API under {@code /api/}: reading is open to anyone; writing needs the credentials of an
 * account, sent with every request as HTTP Basic (over HTTPS), checked by the same sign-in provider as the sign-in
 * page (throttle per address, lockout after five wrong passwords, audit) through {@link ApiCredentialCache}. No
 * session and no cookie, so no CSRF token either; a refused request gets a 401 problem document, never the sign-in
 * page. Ordered before the site's filter chain, which handles everything else.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<AuthenticationProvider> signIn,
                                               ObjectProvider<Clock> clock, ObjectProvider<Translations> translations,
                                               ObjectProvider<ObjectMapper> json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) ->
                problem(response, translations.getIfAvailable(Translations::new), json.getIfAvailable(JsonMapper::new),
                        SupportedLocale.closestTo(request.getLocale()), request.getRequestURI());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/**", "/api/docs").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(
                        new ApiCredentialCache(signIn.getIfAvailable(ApiSecurityConfiguration::nobody),
                                clock.getIfAvailable(Clock::systemUTC))))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * No observation around each filter of the security chains, nor around each access decision (for the whole site,
     * as the setting is global): every request paid for one per filter (about a fifth of the API's time when comments
     * pour in) and a comment for two more around its access decisions (the chain's rule and the service's
     * {@code @PreAuthorize}, about a twentieth), for metrics nobody reads. Requests are still timed once by Spring's
     * HTTP server observation ({@code http.server.requests}) and sign-ins are still observed; what is allowed and
     * refused does not change.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).build();
    }

    /** Module tests start without the accounts module, whose provider checks passwords: there nobody signs in. */
    private static AuthenticationProvider nobody() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                throw new BadCredentialsException("No sign-in provider");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }

    private static void problem(HttpServletResponse response, Translations translations, ObjectMapper json,
                                SupportedLocale locale, String path) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:muhokama:problem:drafts.api.error.signIn");
        problem.put("title", "Unauthorized");
        problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        problem.put("detail", translations.get(locale, "drafts.api.error.signIn"));
        problem.put("instance", path);
        problem.put("code", "drafts.api.error.signIn");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"muhokama\", charset=\"UTF-8\"");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.tag());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
