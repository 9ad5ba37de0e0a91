package org.sunlight.records;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 18, point 11 in the browser: a citizen opens 文书样式 from the portal's home page, opens the sample of a 行政处罚决定书
 * and reads it as the product issues it, marked 样式, and goes back up by the trail.
 */
class DocumentSamplesBrowserTest extends BrowserTest {

    @Test
    void aCitizenOpensTheSampleOfAPenaltyDecisionFromTheHomePage() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/");
            page.locator("#section-document-samples")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("文书样式"))
                    .click();
            assertThat(page.locator("h1")).hasText("文书样式");
            assertThat(page.locator("[data-test=breadcrumb] [aria-current=page]"))
                    .hasText("文书样式");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("行政处罚决定书").setExact(true))
                    .click();
            assertThat(page.locator("main > h1")).hasText("行政处罚决定书（样式）");
            assertThat(page.locator("[data-test=sample-mark]")).isVisible();
            assertThat(page.locator("[data-test=sample-mark]")).hasText("样式");
            assertThat(page.locator("[data-test=sample-notice]")).containsText("不对应任何真实案件");
            var document = page.locator("article.official-document");
            assertThat(document).containsText("××有限公司（样式）");
            assertThat(document).containsText("罚款金额：人民币 ×××××.×× 元");
            assertThat(document).containsText("申请行政复议");
            Browser.screenshot(page, "portal-document-sample");

            page.locator("[data-test=breadcrumb]")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("文书样式"))
                    .click();
            assertThat(page.locator("h1")).hasText("文书样式");
        }
    }
}
