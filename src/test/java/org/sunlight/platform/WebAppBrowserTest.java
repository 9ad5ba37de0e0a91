package org.sunlight.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 18, point 14: the console installs on a phone as a web app. Its manifest and worker are served, the worker
 * registers from the console, keeps only the static shell (never a case page or an API answer), and without a network
 * a console page says so instead of the browser's error.
 */
class WebAppBrowserTest extends BrowserTest {

    @Test
    void theConsoleIsAnInstallableWebAppWhoseWorkerKeepsOnlyTheStaticShell() throws Exception {
        try (var context = browser.newPhoneContext(port)) {
            var manifest = context.request().get("/manifest.webmanifest");
            assertThat(manifest.status()).isEqualTo(200);
            assertThat(manifest.headers().get("content-type")).startsWith("application/manifest+json");
            var json = new ObjectMapper().readTree(manifest.text());
            assertThat(json.get("start_url").asText()).isEqualTo("/console");
            assertThat(json.get("display").asText()).isEqualTo("standalone");
            var sizes = new java.util.ArrayList<String>();
            for (var icon : json.get("icons")) {
                var image = context.request().get(icon.get("src").asText());
                assertThat(image.status()).as(icon.toString()).isEqualTo(200);
                assertThat(image.headers().get("content-type"))
                        .isEqualTo(icon.get("type").asText());
                sizes.add(icon.get("sizes").asText());
            }
            assertThat(sizes).contains("192x192", "512x512");
            var worker = context.request().get("/sw.js");
            assertThat(worker.status()).isEqualTo(200);
            assertThat(worker.headers().get("content-type")).contains("javascript");

            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            assertThat(page.locator("link[rel=manifest]")).hasAttribute("href", "/manifest.webmanifest");
            var registered = (String)
                    page.evaluate(
                            "async () => { const r = await navigator.serviceWorker.ready; return r.active.scriptURL + ' ' + r.scope; }");
            assertThat(registered)
                    .isEqualTo("http://localhost:" + port + "/sw.js http://localhost:" + port + "/console");

            // pages and API answers seen through the worker are not kept
            page.navigate("/console/cases");
            page.navigate("/console");
            assertThat((Boolean) page.evaluate("() => navigator.serviceWorker.controller !== null"))
                    .isTrue();
            page.evaluate("() => fetch('/api/cases', {headers: {Accept: 'application/json'}}).then(r => r.status)");
            @SuppressWarnings("unchecked")
            var kept = (List<String>) page.evaluate("async () => { const names = await caches.keys(); const urls = [];"
                    + " for (const name of names) { for (const r of await (await caches.open(name)).keys())"
                    + " urls.push(new URL(r.url).pathname); } return urls; }");
            assertThat(kept).contains("/css/sunlight.css", "/js/sunlight.js", "/offline.html");
            assertThat(kept)
                    .allSatisfy(path -> assertThat(path).matches("/(css|js|images|webjars)/.*|/offline\\.html"));

            // no network: a console page says so, from the shell
            context.setOffline(true);
            page.navigate("/console/cases");
            assertThat(page.locator("h1")).hasText("无网络连接");
            Browser.screenshot(page, "phone-offline");
            context.setOffline(false);
        }
    }
}
