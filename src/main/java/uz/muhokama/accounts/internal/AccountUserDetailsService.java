package uz.muhokama.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.AccountUser;
import uz.muhokama.shared.Roles;

/**
 * Loads a person by e-mail (case does not matter). Everyone is a CITIZEN; MODERATOR and ADMIN come from granted
 * roles, AGENCY_EDITOR and UTILITY_STAFF from memberships.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final JooqAccountRepository accounts;

    AccountUserDetailsService(JooqAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountUser loadUserByUsername(String username) {
        return accounts.findByEmail(AccountInput.normalizeEmail(username))
                .map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Transactional(readOnly = true)
    public AccountUser loadById(long id) {
        return accounts.findById(id).map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    AccountUser toUser(StoredAccount account) {
        return new AccountUser(account.id(), account.email(), account.passwordHash(), account.displayName(),
                account.emailConfirmed(), account.lockedAt(Instant.now()), authorities(account.id()));
    }

    private List<GrantedAuthority> authorities(long userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN));
        accounts.roles(userId).stream().sorted()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }
}
