package org.sunlight.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/** In a real browser: the portal opens, an officer logs in and sees their console; a wrong password is told. */
class LoginBrowserTest extends BrowserTest {

    @Test
    void anOfficerLogsInAndSeesTheConsole() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console$"));
            assertThat(page.locator("h1")).containsText("欢迎");
            assertThat(page.locator("[data-test=unit]")).hasText("曲阜市卫生健康局");
            assertThat(page.locator("[data-test=roles]")).containsText("执法人员");
            assertThat(Browser.screenshot(page, "console-officer")).isNotEmptyFile();

            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new com.microsoft.playwright.Page.GetByRoleOptions().setName("退出"))
                    .click();
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                    .containsText("您已安全退出");
        }
    }

    @Test
    void aWrongPasswordIsToldOnTheLoginPage() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/login");
            page.getByLabel("用户名").fill("qufu-leader");
            page.getByLabel("密码").fill("not-the-password");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new com.microsoft.playwright.Page.GetByRoleOptions().setName("登录"))
                    .click();

            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                    .containsText("用户名或密码错误");
        }
    }

    @Test
    void thePortalHomeShowsTheDisclosureColumnAtPhoneWidth() {
        try (var context = browser.newPhoneContext(port)) {
            var page = context.newPage();
            page.navigate("/");

            assertThat(page.locator("h1")).containsText("行政执法公示");
            assertThat(page.locator("#section-items")).containsText("行政执法事项清单");
            assertThat(page.locator("#section-results")).containsText("本栏目暂无已发布的信息");
            var width = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(390);
            Browser.screenshot(page, "portal-home-phone");
        }
    }
}
