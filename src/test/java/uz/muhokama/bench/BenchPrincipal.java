package uz.muhokama.bench;

import java.security.Principal;
import uz.muhokama.accounts.AccountPrincipal;

/** A signed-in account for calling the services directly, as the sign-in would leave it. */
record BenchPrincipal(long userId, String email, String displayName) implements AccountPrincipal, Principal {

    @Override
    public String getName() {
        return email;
    }

    @Override
    public AccountPrincipal withDisplayName(String name) {
        return new BenchPrincipal(userId, email, name);
    }
}
