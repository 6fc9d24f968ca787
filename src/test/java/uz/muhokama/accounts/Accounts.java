package uz.muhokama.accounts;

import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.shared.SupportedLocale;

/** Test data for the accounts module: unique addresses and ready accounts. */
final class Accounts {

    static final String PASSWORD = "Bahor2026kuni";

    private Accounts() {
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 13) + "@example.uz";
    }

    static SignUpRequest signUp(String email) {
        return new SignUpRequest(email, "Dilnoza Karimova", PASSWORD, PASSWORD, true, SupportedLocale.EN);
    }

    static long confirmed(SystemAdministrator system, AccountAdministration administration, String email) {
        return system.call(() -> administration.createConfirmedAccount(
                new NewAccount(email, "Akmal Tursunov", PASSWORD, SupportedLocale.UZ_LATN)));
    }

    static void signInAs(AccountUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
