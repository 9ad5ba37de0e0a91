package org.sunlight.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/** The portal's lists on a phone, 390 px wide (issue 18, point 9): each row a card, each cell named by its column. */
class PortalPhoneBrowserTest extends BrowserTest {

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
    void onADesktopTheListStaysATable() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/items");
            var firstRow = page.locator("table.list tbody tr").first();
            assertThat((String) firstRow.evaluate("row => getComputedStyle(row).display"))
                    .isEqualTo("table-row");
        }
    }
}
