package uz.muhokama.accounts;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.JooqAccountRepository;

/**
 * The names people show in public (their name or their pseudonym, as each chose), looked up many at a time for lists
 * of comments and reports. E-mail addresses never leave the accounts module this way.
 */
@Service
public class PublicNames {

    private final JooqAccountRepository accounts;

    PublicNames(JooqAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The public name of each known person; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : accounts.publicNames(userIds);
    }
}
