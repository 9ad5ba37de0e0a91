package org.sunlight.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/** The portal's lists on a phone, 390 px wide (issue 18, point 9): each row a card, each cell named by its column. */
class PortalPhoneBrowserTest extends BrowserTest {

    /**
     * The cells of the page's list tables narrower than four characters of their own font (a column squeezed so that
     * its words stand one or two characters a line), each as "column: text (width px)".
     */
    private static final String NARROW_CELLS =
            """
            () => Array.from(document.querySelectorAll("table.list td")).filter(cell => {
                const box = cell.getBoundingClientRect();
                const style = getComputedStyle(cell);
                if (box.width === 0 || cell.textContent.trim() === "") return false;
                const inner = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return inner < 4 * parseFloat(style.fontSize);
            }).map(cell => (cell.dataset.label || "") + ": " + cell.textContent.trim().slice(0, 20)
                    + " (" + Math.round(cell.getBoundingClientRect().width) + " px)")
            """;

    @Test
    void theItemListIsReadAsCardsOnAPhone() {
        try (var context = browser.newPhoneContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/items");
            var firstRow = page.locator("table.list tbody tr").first();
            assertThat(firstRow).isVisible();
            var cell = firstRow.locator("td").first();
            assertThat(cell).hasAttribute("data-label", "单位");
            assertThat((String) firstRow.evaluate("row => getComputedStyle(row).display"))
                    .isEqualTo("block");
            // a card as wide as the screen allows, not a column squeezed to a character or two
            var box = firstRow.boundingBox();
            assertThat(box.width).isGreaterThan(300);
            assertThat((Number) page.evaluate("() => document.scrollingElement.scrollWidth"))
                    .satisfies(width -> assertThat(width.intValue()).isLessThanOrEqualTo(390));
            Browser.screenshot(page, "portal-phone-items");
        }
    }

    @Test
    void everyPortalListIsReadableOnAPhone() {
        try (var context = browser.newPhoneContext(port)) {
            var page = context.newPage();
            var narrow = new LinkedHashMap<String, Object>();
            var tooWide = new LinkedHashMap<String, Object>();
            var withTables = new ArrayList<String>();
            for (var address : portalPages(page)) {
                page.navigate(address);
                if (page.locator("table.list tbody tr").count() == 0) {
                    continue;
                }
                withTables.add(address);
                var cells = (List<?>) page.evaluate(NARROW_CELLS);
                if (!cells.isEmpty()) {
                    narrow.put(address, cells);
                }
                var width = ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
                if (width > 390) {
                    tooWide.put(address, width);
                }
                Browser.screenshot(page, "portal-phone" + address.replaceAll("[^A-Za-z0-9]+", "-"));
            }
            assertThat(withTables).contains("/portal/items", "/portal/bodies", "/portal/officers");
            assertThat(narrow).as("cells narrower than four characters").isEmpty();
            assertThat(tooWide).as("pages wider than the phone").isEmpty();
        }
    }

    @Test
    void onADesktopTheListStaysATableWithNoColumnSqueezed() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/items");
            var firstRow = page.locator("table.list tbody tr").first();
            assertThat((String) firstRow.evaluate("row => getComputedStyle(row).display"))
                    .isEqualTo("table-row");
            var narrow = new LinkedHashMap<String, Object>();
            for (var address : portalPages(page)) {
                page.navigate(address);
                var cells = (List<?>) page.evaluate(NARROW_CELLS);
                if (!cells.isEmpty()) {
                    narrow.put(address, cells);
                }
            }
            assertThat(narrow)
                    .as("cells narrower than four characters on a desktop")
                    .isEmpty();
        }
    }

    /**
     * The portal's pages reached from the home page by its links, one page of each shape (an address with its
     * identifiers and query left out), no downloads.
     */
    private static List<String> portalPages(Page page) {
        var shapes = new LinkedHashSet<String>();
        var found = new ArrayList<String>();
        var queue = new ArrayDeque<String>(List.of("/"));
        while (!queue.isEmpty() && found.size() < 80) {
            var address = queue.poll();
            page.navigate(address);
            found.add(address);
            @SuppressWarnings("unchecked")
            var links = (List<String>)
                    page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => new URL(a.href))"
                            + ".filter(u => u.origin === location.origin && u.pathname.startsWith('/portal/'))"
                            + ".map(u => u.pathname)");
            for (var link : links) {
                // the 文书样式 pages are one shape: fifty-odd kinds of the one template
                var shape = link.replaceAll("/[0-9a-f-]{8,}|/\\d+", "/{id}")
                        .replaceAll("^/portal/document-samples/[a-z-]+$", "/portal/document-samples/{kind}");
                if (!link.matches(".*\\.(txt|pdf|xlsx|csv|json|png|svg)$") && shapes.add(shape)) {
                    queue.add(link);
                }
            }
        }
        return found;
    }
}
