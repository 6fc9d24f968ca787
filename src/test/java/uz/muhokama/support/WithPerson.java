package uz.muhokama.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test signed in as a {@link TestPerson} with the given roles (without the {@code ROLE_} prefix). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithPersonSecurityContextFactory.class)
public @interface WithPerson {

    String email() default "test-person@example.test";

    String displayName() default "Test Person";

    String[] roles() default {"CITIZEN"};
}
