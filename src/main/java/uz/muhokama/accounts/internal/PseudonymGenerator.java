package uz.muhokama.accounts.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Makes a unique public pseudonym such as {@code Fuqaro-4821}. Widens the number when short ones run out, so that
 * it always ends.
 */
@Component
public class PseudonymGenerator {

    private static final String PREFIX = "Fuqaro-";
    private final SecureRandom random = new SecureRandom();
    private final JooqAccountRepository accounts;

    PseudonymGenerator(JooqAccountRepository accounts) {
        this.accounts = accounts;
    }

    public String next() {
        for (int digits = 4; ; digits++) {
            int bound = (int) Math.min(Integer.MAX_VALUE, Math.pow(10, digits));
            int floor = (int) Math.pow(10, digits - 1);
            for (int attempt = 0; attempt < 20; attempt++) {
                String candidate = PREFIX + (floor + random.nextInt(bound - floor));
                if (!accounts.pseudonymTaken(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
