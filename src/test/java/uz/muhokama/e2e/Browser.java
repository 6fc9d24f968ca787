package uz.muhokama.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driving the running application, with the few moves a journey through Vaadin pages needs: open a
 * route and wait until Vaadin is idle, find elements by id (also inside shadow roots), type into Vaadin fields, pick
 * from a Vaadin select, take screenshots at desktop and phone width.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver} by their paths, so Selenium Manager never runs and
 * nothing is downloaded.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A Vaadin page is idle when its Flow clients exist and none has a server round trip in flight. */
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') return false;
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) return false;
            const clients = Object.values(flow.clients);
            return clients.length > 0 && clients.every(client => !client.isActive());
            """;

    /** Depth-first search of the document and every open shadow root; returns all matches of a CSS selector. */
    private static final String DEEP_QUERY = """
            const selector = arguments[0];
            const found = [];
            const visit = root => {
              found.push(...root.querySelectorAll(selector));
              for (const element of root.querySelectorAll('*')) {
                if (element.shadowRoot) visit(element.shadowRoot);
              }
            };
            visit(document);
            return found;
            """;

    private static final String SHOWN = "const r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.height > 0;";

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl = "";
    private String owner = "test";

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh headless Chromium with its own empty profile; fails when Chromium cannot start. */
    static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("muhokama-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=uz");
        // The platform's first audience reads Uzbek: a visitor's browser asks for it unless a journey switches.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "uz-Latn,uz"));
        Browser browser = new Browser(new ChromeDriver(service, options), profile);
        browser.viewport(DESKTOP);
        return browser;
    }

    /** Where the application under test answers, e.g. {@code http://localhost:41234}. */
    void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Names the screenshots taken from now on (the test class). */
    void owner(String owner) {
        this.owner = owner;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a route of the application (without leading slash, {@code ""} for the home page) and waits for Vaadin. */
    void open(String route) {
        driver.get(baseUrl + "/" + route);
        waitForVaadin();
    }

    /** Opens an absolute address, such as a link from an e-mail, and waits for Vaadin. */
    void openUrl(String url) {
        driver.get(url);
        waitForVaadin();
    }

    void reload() {
        driver.navigate().refresh();
        waitForVaadin();
    }

    void waitForVaadin() {
        waiting().withMessage("Vaadin to finish its round trips").until(d -> Boolean.TRUE.equals(js(VAADIN_IDLE)));
    }

    /** The path of the page shown now, e.g. {@code /sign-in}. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until the page's path is the given one, then returns it; returns the last path seen on a timeout. */
    String waitForPath(String expected) {
        try {
            waiting().until(d -> expected.equals(path()));
        } catch (TimeoutException e) {
            return path();
        }
        waitForVaadin();
        return path();
    }

    /** The element with this id, also inside shadow roots, waiting for it to appear. */
    WebElement byId(String id) {
        return waiting().withMessage("element #" + id).until(d -> first("[id='" + id + "']"));
    }

    /** Whether an element with this id is on the page now (no waiting). */
    boolean exists(String id) {
        return first("[id='" + id + "']") != null;
    }

    /** The first element matching a CSS selector, also inside shadow roots, waiting for it to appear. */
    WebElement bySelector(String selector) {
        return waiting().withMessage("element " + selector).until(d -> first(selector));
    }

    /** Text of the first visible {@code h1}, waiting until there is one. */
    String heading() {
        return waiting().withMessage("a visible h1").until(d -> deep("h1").stream()
                .filter(this::shown)
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst().orElse(null));
    }

    /** Waits until the first visible {@code h1} reads as expected; returns what it read last. */
    String waitForHeading(String expected) {
        try {
            waiting().until(d -> expected.equals(heading()));
        } catch (TimeoutException e) {
            return heading();
        }
        return expected;
    }

    String documentLanguage() {
        return (String) js("return document.documentElement.lang;");
    }

    void click(String id) {
        WebElement element = byId(id);
        waiting().withMessage("#" + id + " to be shown").until(d -> shown(element));
        // In the middle of the window, away from the sticky header and the notifications at the bottom; a notification
        // or an overlay still fading out may cover it for a moment, so the click is tried again until it lands.
        waiting().withMessage("#" + id + " to take a click").ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    js("arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                });
        waitForVaadin();
    }

    /**
     * Types a value into a Vaadin field (text, e-mail, password field, text area) as a person would, then lets the
     * field report the change to the server.
     */
    void setValue(String id, String value) {
        WebElement host = byId(id);
        type(host.findElement(By.cssSelector("input, textarea")), value);
        waiting().withMessage("#" + id + " to hold the typed value")
                .until(d -> value.equals(js("return arguments[0].value;", host)));
    }

    /** Types into a plain input found by a CSS selector (e.g. {@code input[name=username]} of a login form). */
    void typeInto(String selector, String value) {
        type(bySelector(selector), value);
    }

    /** Types into an input and presses Enter, as when submitting a form from its last field. */
    void typeAndSubmit(String selector, String value) {
        WebElement input = bySelector(selector);
        type(input, value);
        input.sendKeys(Keys.ENTER);
    }

    private void type(WebElement input, String value) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
        waitForVaadin();
    }

    /**
     * Types into a Vaadin combo box's filter and taps the first item whose label contains the text, once the filtered
     * items have arrived from the server.
     */
    void pick(String id, String text) {
        pickItem(id, text, "vaadin-combo-box-item");
    }

    /** Picks one more item of a Vaadin multi-select combo box the same way, then closes its list. */
    void pickMany(String id, String text) {
        pickItem(id, text, "vaadin-multi-select-combo-box-item");
        js("arguments[0].opened = false;", byId(id));
        waitForVaadin();
    }

    private void pickItem(String id, String text, String itemTag) {
        reach(id);
        WebElement input = byId(id).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        tapItem(itemTag, label -> label.contains(text), "item containing '" + text + "' of #" + id);
    }

    /** Opens a Vaadin select and picks the item with this label. */
    void select(String id, String label) {
        byId(id).click();
        tapItem("vaadin-select-item", shown -> label.equals(shown.trim()), "item '" + label + "' of #" + id);
    }

    /**
     * Waits for the first item of an open list whose label passes, scrolls it into view (a long list, such as the
     * test database's organisations, shows only some) and taps it.
     */
    private void tapItem(String itemTag, Predicate<String> label, String description) {
        waiting().withMessage(description)
                .ignoring(ElementNotInteractableException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement item = deep(itemTag).stream()
                            .filter(candidate -> label.test(candidate.getText()))
                            .findFirst().orElse(null);
                    if (item == null) {
                        return false;
                    }
                    js("arguments[0].scrollIntoView({block: 'center'});", item);
                    item.click();
                    return true;
                });
        waitForVaadin();
    }

    /** Clicks the first cell of a Vaadin grid that contains this text, waiting for it to be rendered. */
    void clickGridCell(String gridId, String text) {
        WebElement cell = waiting().withMessage("a cell with '" + text + "' in #" + gridId)
                .until(d -> gridCell(gridId, text));
        cell.click();
        waitForVaadin();
    }

    /** Waits until a Vaadin grid shows a cell containing this text; returns whether it did. */
    boolean waitForGridCell(String gridId, String text) {
        try {
            waiting().until(d -> gridCell(gridId, text));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private WebElement gridCell(String gridId, String text) {
        WebElement grid = first("[id='" + gridId + "']");
        if (grid == null) {
            return null;
        }
        return grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains(text) && shown(cell))
                .findFirst().orElse(null);
    }

    /**
     * Saves screenshots of the page as it is now at desktop and phone width, as
     * {@code target/screenshots/<test>-<name>-<width>.png}, and leaves the window at desktop width.
     */
    void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                resize(size);
                File shot = driver.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve(owner + "-" + name + "-" + size.width + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resize(DESKTOP);
        }
    }

    /** Scrolls an element to the middle of the window, as a person scrolls to what they tap or fill. */
    void reach(String id) {
        js("arguments[0].scrollIntoView({block: 'center'});", byId(id));
    }

    /** Taps an element after scrolling it into reach. */
    void tap(String id) {
        reach(id);
        click(id);
    }

    /** Fills a field after scrolling it into reach. */
    void fill(String id, String value) {
        reach(id);
        setValue(id, value);
    }

    /** From now on the page is shown as a phone shows it: its width and height, touch, a mobile viewport. */
    void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE.width, "height", PHONE.height, "deviceScaleFactor", 1, "mobile", true));
        waitForVaadin();
    }

    /** Screenshots at desktop and phone width, then the page shown as a phone shows it again. */
    void phoneScreenshots(String name) {
        screenshots(name);
        phone();
    }

    /**
     * Keeps what a failed journey saw: a screenshot of the page as it is, its address and its HTML, as
     * {@code target/screenshots/<test>-<name>-failure.*}.
     */
    void keepEvidence(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            String base = owner + "-" + name + "-failure";
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(base + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(base + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
        } catch (IOException | WebDriverException e) {
            throw new IllegalStateException("could not keep the evidence of a failed journey", e);
        }
    }

    private void resize(Dimension size) {
        viewport(size);
        // Two animation frames: the layout has reacted to the new width before the picture is taken.
        driver.executeAsyncScript("const done = arguments[0];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        waitForVaadin();
    }

    /** The window's size includes the browser's frame; the page itself must see exactly this width and height. */
    private void viewport(Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.width, "height", size.height, "deviceScaleFactor", 1,
                "mobile", size.width < DESKTOP.width));
    }

    /** Forgets this site's cookies, so that the next page is opened by a new anonymous visitor. */
    void forgetVisitor() {
        if (!baseUrl.isEmpty() && driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.manage().deleteAllCookies();
        }
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private WebElement first(String selector) {
        List<WebElement> found = deep(selector);
        return found.isEmpty() ? null : found.getFirst();
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> deep(String selector) {
        return (List<WebElement>) js(DEEP_QUERY, selector);
    }

    private boolean shown(WebElement element) {
        return Boolean.TRUE.equals(js(SHOWN, element));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
