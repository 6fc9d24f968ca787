package uz.muhokama.support;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Builds the security context of {@link WithPerson}. */
class WithPersonSecurityContextFactory implements WithSecurityContextFactory<WithPerson> {

    @Override
    public SecurityContext createSecurityContext(WithPerson person) {
        return SignedIn.context(new TestPerson(person.email(), person.displayName()), person.roles());
    }
}
