package org.fineprint.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, for browser tests ({@code *IT}). Annotate the test
 * class with {@link Test @Browser.Test}: it is skipped, with a message on stderr, only when
 * {@code chromium} or {@code chromedriver} is missing ({@code .ci/run} installs both). Selenium
 * never downloads anything: the driver path is explicit and failsafe sets {@code SE_OFFLINE=true}.
 *
 * <pre>{@code
 * @Browser.Test
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * class SomethingIT {
 *     @LocalServerPort int port;
 *     static Browser browser;
 *     @BeforeAll static void start() { browser = Browser.start(1280, 900); }
 *     @AfterAll static void stop() { browser.close(); }
 *     @Test void works() { browser.open("http://localhost:" + port + "/"); ... }
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    /** The Chromium executable: {@code FINEPRINT_CHROMIUM}, else Debian's. */
    public static final Path CHROMIUM = Path.of(env("FINEPRINT_CHROMIUM", "/usr/bin/chromium"));
    /** The matching driver: {@code FINEPRINT_CHROMEDRIVER}, else Debian's {@code chromium-driver}. */
    public static final Path CHROMEDRIVER = Path.of(env("FINEPRINT_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** How long {@link #await} waits by default. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Marks a browser test class: skipped with a message when Chromium or its driver is missing. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(WhenAvailable.class)
    public @interface Test {
    }

    /** Skips browser tests, saying why on stderr once per run, when Chromium or chromedriver is missing. */
    public static final class WhenAvailable implements ExecutionCondition {
        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = missing();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
            }
            String reason = missing + ": skipping the browser tests (apt-get install chromium chromium-driver; "
                    + ".ci/run installs them)";
            if (!SAID.getAndSet(true)) {
                System.err.println("[browser tests] " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    /** What is missing to run a browser, or null when both programs are there. */
    static String missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " is missing");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " is missing");
        }
        return missing.isEmpty() ? null : String.join(" and ", missing);
    }

    /**
     * Starts a headless Chromium with a window of the given size in CSS pixels.
     *
     * @throws IllegalStateException when Chromium or the driver is missing (use {@link Test} to skip instead)
     */
    public static Browser start(int width, int height) {
        String missing = missing();
        if (missing != null) {
            throw new IllegalStateException("Browser start failed: " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Browser browser = new Browser(new ChromeDriver(service, options));
        browser.resize(width, height);
        return browser;
    }

    /** The Selenium driver, for anything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Loads a page and waits until it is loaded. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Sets the viewport (the page's visible area) to this size in CSS pixels. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // The window includes no browser chrome in headless mode, but check and correct once.
        Object inner = script("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> size && size.size() == 2) {
            int dw = width - ((Number) size.get(0)).intValue();
            int dh = height - ((Number) size.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(width + dw, height + dh));
            }
        }
        return this;
    }

    /** The first element matching a CSS selector; fails when there is none. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** All elements matching a CSS selector. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs JavaScript in the page and returns its result. */
    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Waits up to {@link #WAIT} until the condition holds (is non-null and not false). */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** The page's current URL. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /** True when the whole element lies inside the viewport (by its bounding rectangle). */
    public boolean isInViewport(WebElement element) {
        return Boolean.TRUE.equals(script("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= window.innerHeight && r.right <= window.innerWidth;""", element));
    }

    /**
     * Saves a PNG of the whole page (not only the viewport) at the current width.
     *
     * @param file where to write it; parent directories are created
     */
    public Path screenshotFullPage(Path file) {
        Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight);");
        Number width = (Number) script("return document.documentElement.clientWidth;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Saves a PNG of the viewport. */
    public Path screenshot(Path file) {
        return write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static Path write(Path file, byte[] png) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
