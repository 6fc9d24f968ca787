package uz.muhokama.demo;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountAdministration;
import uz.muhokama.accounts.AccountPrincipal;
import uz.muhokama.accounts.NewAccount;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.SupportedLocale;

/**
 * The citizens who take part in the demo discussions (the demo citizen of {@link PeopleDemo} and three more, one per
 * language), and a way to act as one of them, so that their comments, votes and stances go through the same services
 * and checks as a person's would.
 */
@Component
class DemoCitizens {

    static final String NODIRA = "fuqaro@demo.muhokama.uz";
    static final String JASUR = "jasur@demo.muhokama.uz";
    static final String GULNORA = "gulnora@demo.muhokama.uz";
    static final String IVAN = "ivan@demo.muhokama.uz";

    private static final List<NewAccount> MORE = List.of(
            new NewAccount(JASUR, "Jasur Toshmatov", PeopleDemo.PASSWORD, SupportedLocale.UZ_LATN),
            new NewAccount(GULNORA, "Гулнора Эргашева", PeopleDemo.PASSWORD, SupportedLocale.UZ_CYRL),
            new NewAccount(IVAN, "Иван Петров", PeopleDemo.PASSWORD, SupportedLocale.RU));

    private final AccountAdministration accounts;
    private final SecurityContextHolderStrategy securityContexts;
    private final Map<Long, String> emails = new ConcurrentHashMap<>();

    DemoCitizens(AccountAdministration accounts, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Creates the citizens who are missing (call as the system administrator, after {@link PeopleDemo}); their
     * account ids by e-mail.
     */
    Map<String, Long> ensure() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(NODIRA, accounts.accountIdByEmail(NODIRA)
                .orElseThrow(() -> new IllegalStateException("The demo people are not loaded")));
        for (NewAccount account : MORE) {
            long id = accounts.accountIdByEmail(account.email())
                    .orElseGet(() -> accounts.createConfirmedAccount(account));
            ids.put(account.email(), id);
        }
        ids.forEach((email, id) -> emails.put(id, email));
        return ids;
    }

    /** Runs a task signed in as this citizen, and restores the previous security context afterwards. */
    <T> T as(long userId, Supplier<T> task) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext citizen = securityContexts.createEmptyContext();
        Citizen person = new Citizen(userId, emails.getOrDefault(userId, ""));
        citizen.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN))));
        securityContexts.setContext(citizen);
        try {
            return task.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    /** The demo citizen as the services see a signed-in person. */
    private record Citizen(long userId, String email) implements AccountPrincipal, Principal {

        @Override
        public String getName() {
            return email();
        }

        @Override
        public String displayName() {
            return email();
        }

        @Override
        public AccountPrincipal withDisplayName(String displayName) {
            return this;
        }
    }
}
