package uz.muhokama.support;

import java.security.Principal;
import uz.muhokama.shared.SignedInPerson;

/**
 * A signed-in person for tests: the main layout greets the principal as a {@link SignedInPerson}, as the real
 * accounts principal is, and the services know the person by e-mail ({@link #getName()}).
 */
public record TestPerson(String email, String displayName) implements SignedInPerson, Principal {

    @Override
    public String getName() {
        return email;
    }
}
