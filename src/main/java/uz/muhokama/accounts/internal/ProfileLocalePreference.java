package uz.muhokama.accounts.internal;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.LocalePreference;

/** The language kept in a person's profile, for the layout's language selection. */
@Component
class ProfileLocalePreference implements LocalePreference {

    private final JooqAccountRepository accounts;

    ProfileLocalePreference(JooqAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupportedLocale> preferredLocale(String username) {
        return accounts.findByEmail(AccountInput.normalizeEmail(username)).map(StoredAccount::language);
    }

    /** Only the signed-in person may change their own language. */
    @Override
    @Transactional
    public void remember(String username, SupportedLocale locale) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String email = AccountInput.normalizeEmail(username);
        if (authentication == null || !authentication.isAuthenticated()
                || !email.equals(AccountInput.normalizeEmail(authentication.getName()))) {
            throw new AccessDeniedException("Only the signed-in person may change their language");
        }
        accounts.updateLanguage(email, locale);
    }
}
