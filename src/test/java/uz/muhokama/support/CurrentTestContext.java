package uz.muhokama.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Remembers the application context of the running test, so that static test helpers reach the same beans as the
 * test itself, and starts and ends every test with an empty security context. Several contexts live in one test run,
 * and each one has its own security context holder strategy (Vaadin installs a fresh one whenever a context starts).
 */
public class CurrentTestContext extends AbstractTestExecutionListener {

    private static final ThreadLocal<ApplicationContext> CURRENT = new ThreadLocal<>();

    /** Runs before Spring Security's test listener puts the test's person into the security context. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    /**
     * Also makes the running test's strategy the global one, which Vaadin reads when it checks a view's access: the
     * context created last in the run would otherwise have left its own strategy there.
     */
    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        CURRENT.set(context);
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        SecurityContextHolder.clearContext();
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        CURRENT.remove();
        SecurityContextHolder.clearContext();
    }

    /** The running test's application context, or {@code null} outside a Spring test method. */
    public static ApplicationContext applicationContext() {
        return CURRENT.get();
    }
}
