package org.sunlight.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * In a real browser: an administrator runs the integrity verification and watches it finish clean; a supervisor opens
 * the retrieval log from the console menu and filters it by person.
 */
@org.springframework.context.annotation.Import(AuditBrowserTest.SlowCheck.class)
class AuditBrowserTest extends BrowserTest {

    /** A check that takes about three seconds, so that the page is seen following a run in progress. */
    static class SlowCheck implements org.sunlight.platform.IntegrityCheck {
        @Override
        public String name() {
            return "慢速校验";
        }

        @Override
        public long run(
                java.util.function.Consumer<org.sunlight.platform.IntegrityProblem> problems,
                java.util.function.LongConsumer progress) {
            for (int i = 1; i <= 30; i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return i;
                }
                progress.accept(i);
            }
            return 30;
        }
    }

    @Test
    void anAdministratorRunsTheIntegrityVerification() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "province-admin");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("完整性校验"))
                    .click();
            assertThat(page.locator("h1")).hasText("完整性校验");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始校验"))
                    .click();
            assertThat(page.locator("[data-test=running]")).containsText("正在校验");
            var verdict = page.locator("[data-test=verdict]");
            verdict.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
            assertThat(verdict).containsText("校验通过");
            assertThat(page.locator("#integrity-results")).containsText("审计日志");
            assertThat(page.locator("#integrity-results")).containsText("执法文书");
            assertThat(page.locator("#integrity-results")).containsText("慢速校验");
            assertThat(Browser.screenshot(page, "admin-integrity")).isNotEmptyFile();
        }
    }

    @Test
    void aSupervisorFiltersTheRetrievalLogByPerson() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-supervisor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("调阅记录"))
                    .click();
            assertThat(page.locator("h1")).hasText("调阅记录");
            page.getByLabel("调阅人").fill("nobody-at-all");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            assertThat(page.locator("[data-test=total]")).hasText("共 0 条");
            assertThat(page.getByText("没有符合条件的调阅记录。")).isVisible();
            page.getByLabel("自").fill("2026-02-01");
            page.getByLabel("至").fill("2026-01-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("结束日期不能早于开始日期。");
            assertThat(Browser.screenshot(page, "retrieval-log")).isNotEmptyFile();
        }
    }
}
