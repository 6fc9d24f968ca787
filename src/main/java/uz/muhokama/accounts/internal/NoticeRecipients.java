package uz.muhokama.accounts.internal;

import static uz.muhokama_db.Tables.APP_USER;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountPrincipal;
import uz.muhokama.notifications.Recipient;
import uz.muhokama.notifications.Recipients;
import uz.muhokama.shared.SupportedLocale;

/**
 * Tells the notifications module where to write to people: their address only once they confirmed it (an address
 * nobody confirmed may belong to someone else), and the language they chose.
 */
@Component
class NoticeRecipients implements Recipients {

    private final DSLContext dsl;
    private final SecurityContextHolderStrategy securityContexts;

    NoticeRecipients(DSLContext dsl, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.dsl = dsl;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Map<Long, Recipient> find(Collection<Long> userIds) {
        Map<Long, Recipient> found = new HashMap<>();
        if (userIds.isEmpty()) {
            return found;
        }
        dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.EMAIL_CONFIRMED_AT, APP_USER.PREFERRED_LOCALE)
                .from(APP_USER).where(APP_USER.ID.in(userIds))
                .forEach(r -> found.put(r.value1(), new Recipient(r.value1(), r.value3() == null ? null : r.value2(),
                        SupportedLocale.fromTag(r.value4()).orElse(SupportedLocale.DEFAULT))));
        return found;
    }

    @Override
    public OptionalLong signedIn() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal person) {
            return OptionalLong.of(person.userId());
        }
        return OptionalLong.empty();
    }
}
