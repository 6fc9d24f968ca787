package uz.muhokama.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the real database through the whole application context. Runs on H2 in every build, and again on
 * PostgreSQL when the build is started with {@code -Dtest.postgres=true} (the pom's {@code postgres-tests} profile
 * re-runs every test tagged {@code db}). Tests create their own data with unique values and never rely on an empty
 * database, since contexts and the database are shared across the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@Tag("db")
public @interface IntegrationTest {
}
