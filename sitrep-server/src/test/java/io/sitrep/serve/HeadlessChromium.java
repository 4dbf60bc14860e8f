package io.sitrep.serve;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium (/usr/bin/chromium, installed by scripts/setup-browser.sh) driven headless through
 * Playwright. Playwright's driver comes from Maven Central; it never downloads a browser of its own.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SITREP_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    final List<String> consoleErrors = new ArrayList<>();

    HeadlessChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " not found: run scripts/setup-browser.sh (Debian packages chromium, chromium-driver)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Playwright gives every launch a fresh temporary profile (its own --user-data-dir) and passes
        // --headless and --no-sandbox; the rest keeps Chromium off the network.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setChromiumSandbox(false)
                .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
    }

    /** A new page (own context) sized like a laptop screen; its script errors and CSP violations are recorded afresh. */
    Page newPage() {
        consoleErrors.clear();
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        Page page = ctx.newPage();
        page.onConsoleMessage(m -> {
            // an HTTP error answer the page handles (such as a 501) is logged by Chromium too: not a page fault
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource: the server responded with a status of")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
        page.setDefaultTimeout(60_000);
        return page;
    }

    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
