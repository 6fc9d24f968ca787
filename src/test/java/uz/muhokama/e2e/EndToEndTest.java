package uz.muhokama.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An end-to-end journey: the whole application on a free port (profile {@code test}, Vaadin in development mode with
 * the committed development bundle) and one headless Chromium per test class.
 *
 * <p>Every journey class extends this one and adds no context configuration of its own, so that all of them share a
 * single Spring context. The journeys run with {@code -Dtest.e2e=true} (see {@link EndToEndSwitch}).
 */
@ExtendWith(EndToEndSwitch.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("e2e")
abstract class EndToEndTest {

    /**
     * Chosen before the context starts, instead of Spring's port 0, because links in e-mails need the address
     * ({@code muhokama.base-url}) while the beans are created, before a port 0 server would know its port.
     */
    private static final int PORT = freePort();

    /**
     * The journeys' own mail port rather than the test profile's fixed one, so that a journey's mail server never
     * collides with another build's on the same machine.
     */
    protected static final int MAIL_PORT = freePort();

    protected static Browser browser;

    /** A journey that fails leaves a screenshot and the page's HTML behind, to see what went wrong. */
    @RegisterExtension
    final AfterTestExecutionCallback evidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.keepEvidence(context.getRequiredTestMethod().getName());
        }
    };

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void serverAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("muhokama.base-url", () -> "http://localhost:" + PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL_PORT);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.baseUrl(baseUrl());
        browser.owner(getClass().getSimpleName());
        browser.forgetVisitor();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in through the sign-in page's login form and waits until the application has let the person in. */
    protected void signIn(String email, String password) {
        browser.open("sign-in");
        browser.typeInto("input[name=username]", email);
        browser.typeAndSubmit("input[name=password]", password);
        browser.byId("user-menu");
        browser.waitForVaadin();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
