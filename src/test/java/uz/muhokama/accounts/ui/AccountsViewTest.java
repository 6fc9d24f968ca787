package uz.muhokama.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests of the accounts module. Afterwards the thread forgets the mocked Vaadin session too: Vaadin's
 * security context strategy prefers a current session's context, so a leftover one would shadow the security context
 * of whatever test runs next on this thread.
 */
abstract class AccountsViewTest extends SpringBrowserlessTest {

    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        super.cleanVaadinEnvironment();
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }
}
