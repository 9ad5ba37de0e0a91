package org.sunlight.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 18, point 11 in the browser: 曲阜's administrator revises the unit's 三项制度实施方案 (a refusal keeps the
 * text), and a citizen opens it from 曲阜's portal home page, then the unit's 责任清单.
 */
class ThreeSystemsPortalBrowserTest extends BrowserTest {

    @Test
    void theAdministratorPublishesThePlanAndACitizenReadsItOnTheUnitsPortal() {
        var title =
                "曲阜市卫生健康局关于全面推行行政执法三项制度的实施方案（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-admin");
            page.navigate("/console/supervision/implementation-plan");
            page.getByLabel("标题 *").fill(title);
            page.getByLabel("正文 *").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并发布"))
                    .click();
            assertThat(page.locator("#body-error")).hasText("请填写实施方案的正文。");
            assertThat(page.getByLabel("标题 *")).hasValue(title);
            page.getByLabel("正文 *").fill("一、总体要求\n二、主要任务\n三、保障措施");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并发布"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).hasText("实施方案已保存，并已在公示网站发布。");
        }
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/");
            page.locator("#unit-picker")
                    .getByRole(
                            AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("曲阜市卫生健康局"))
                    .click();
            page.locator("#implementation-plan h2 a").click();
            page.waitForURL("**/u/370881/portal/implementation-plan");
            assertThat(page.locator("[data-test=breadcrumb]")).containsText("曲阜市卫生健康局");
            assertThat(page.locator("article.plan h2")).hasText(title);
            assertThat(page.locator("article.plan [data-test=published-on]")).containsText("发布日期：");
            assertThat(page.locator("article.plan [data-test=plan-body]")).containsText("二、主要任务");
            Browser.screenshot(page, "portal-implementation-plan");

            page.locator("[data-test=breadcrumb]")
                    .getByRole(
                            AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("曲阜市卫生健康局"))
                    .click();
            page.locator("#responsibility-list h2 a").click();
            page.waitForURL("**/u/370881/portal/responsibility-list");
            assertThat(page.locator("main h2")).hasText("曲阜市卫生健康局");
            assertThat(page.locator("main table.list tbody tr").first()).isVisible();
            Browser.screenshot(page, "portal-responsibility-list");
        }
    }
}
