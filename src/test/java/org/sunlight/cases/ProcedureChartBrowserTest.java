package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/** In a real browser: a visitor finds the general penalty procedure's chart, on a desktop and on a phone. */
class ProcedureChartBrowserTest extends BrowserTest {

    @Test
    void aVisitorOpensTheGeneralPenaltyChart() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/procedure-charts");
            assertThat(page.locator("h1")).hasText("行政执法程序流程图");
            assertThat(page.locator("[data-procedure]")).hasCount(ProcedureKind.values().length);
            Browser.screenshot(page, "procedure-charts-index");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("行政处罚一般程序"))
                    .first()
                    .click();
            page.waitForLoadState(LoadState.LOAD);

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portal/procedure-charts/general-penalty$"));
            assertThat(page.locator("h1")).containsText("行政处罚一般程序");
            var svg = page.locator("svg.procedure-chart");
            assertThat(svg).isVisible();
            assertThat(svg.locator("[data-stage=clue]")).isVisible();
            assertThat(svg.locator("[data-action=decide]")).containsText("作出处罚决定");
            assertThat(page.locator("[data-test=steps]")).containsText("法制审核");
            var box = svg.boundingBox();
            assertThat(box.width).as("the chart fits the page").isLessThanOrEqualTo(1280);
            assertThat(Browser.screenshot(page, "procedure-chart-general")).isNotEmptyFile();
        }
    }

    @Test
    void atPhoneWidthThePageDoesNotScrollSideways() {
        try (var context = browser.newPhoneContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/procedure-charts");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("行政处罚一般程序"))
                    .first()
                    .click();
            page.waitForURL("**/portal/procedure-charts/general-penalty");
            page.waitForLoadState(LoadState.LOAD);

            var svg = page.locator("svg.procedure-chart");
            assertThat(svg).isVisible();
            var width = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(390);
            assertThat(svg.boundingBox().width).isLessThanOrEqualTo(390);
            assertThat(Browser.screenshot(page, "procedure-chart-general-phone"))
                    .isNotEmptyFile();
        }
    }

    @Test
    void thePrintedPageKeepsTheChartOnOnePageAndLeavesOutTheNavigation() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/procedure-charts/general-penalty");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

            assertThat(page.locator(".chart-tabs")).isHidden();
            assertThat(page.locator("[data-test=steps]")).isVisible();
            var chart = page.locator("svg.procedure-chart").boundingBox();
            assertThat(chart.height).as("250 mm at 96 dpi").isLessThanOrEqualTo(945.0 + 1);
            Browser.screenshot(page, "procedure-chart-general-print");
        }
    }

    @Test
    void everyProcedureIsDrawnLegibly() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            for (var kind : ProcedureKind.values()) {
                page.navigate("/portal/procedure-charts/" + kind.slug());
                assertThat(page.locator("svg.procedure-chart")).isVisible();
                Browser.screenshot(page, "procedure-chart-" + kind.slug());
            }
        }
    }
}
