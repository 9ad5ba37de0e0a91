package org.sunlight;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}, or {@code SUNLIGHT_CHROMIUM}) driven by Playwright, headless, for the
 * tests tagged {@code browser} that the Maven profile {@code browser} runs. Playwright never downloads a browser here.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        var executable = Path.of(System.getenv().getOrDefault("SUNLIGHT_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(
                    "Browser tests need Chromium at " + executable + ": apt-get install -y chromium");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A fresh browser profile (no cookies) at desktop width, its pages opening relative to the product's address. */
    public BrowserContext newContext(int port) {
        return chromium.newContext(new NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("zh-CN")
                .setViewportSize(1280, 900));
    }

    /** The same at a phone's width. */
    public BrowserContext newPhoneContext(int port) {
        return chromium.newContext(new NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("zh-CN")
                .setViewportSize(390, 844));
    }

    /** Logs in through the login page as a person would. */
    public static void logIn(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill("Sunlight@2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
    }

    /**
     * Accepts the confirmation an irreversible action asks for (the page's {@code #confirm-dialog}), when it asks; the
     * dialog opens while the click is dispatched, so it is open by the time the click returns.
     */
    public static void confirmIfAsked(Page page) {
        var dialog = page.locator("#confirm-dialog[open]");
        if (dialog.count() > 0) {
            // accepting sends the form: wait for the answer's page, so that what the act wrote is there to be read
            page.waitForNavigation(() -> dialog.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("确认")
                                    .setExact(true))
                    .click());
        }
    }

    /** Saves what the page shows under {@code target/screenshots/}. */
    public static Path screenshot(Page page, String name) {
        var file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
