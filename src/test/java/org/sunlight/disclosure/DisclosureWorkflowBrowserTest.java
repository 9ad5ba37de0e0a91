package org.sunlight.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 18, point 6 in the browser: the discloser finds a decision on the paged list by its title, opens its page, and
 * goes down the steps — a notice dated before the decision is refused under the date with what was typed kept, the
 * corrected notice is recorded, a word is masked, the publication is confirmed in the dialog — each step marked done
 * as it goes, and the public page shows the result.
 */
class DisclosureWorkflowBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void theDiscloserWalksTheStepsOfOneEntryOnItsPage() throws Exception {
        var title = "某理发店未设置消毒间" + UUID.randomUUID().toString().substring(0, 4);
        var decided = new DisclosureFixtures(port, db, clock)
                .decided(title, "现场发现该店理发工具未消毒，店员小美称消毒柜已损坏。", DisclosureFixtures.organisation("曲阜市某某美发店"), 200);
        var today = LocalDate.now(clock);
        try (var admins = browser.newContext(port);
                var visitors = browser.newContext(port)) {
            var page = admins.newPage();
            Browser.logIn(page, "qufu-admin");
            page.navigate("/console/disclosures");
            page.getByLabel("案件名称").fill(title);
            page.getByLabel("状态").selectOption("PENDING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            assertThat(page.locator("[data-test=found]")).hasText("共 1 项。");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                    .click();

            var steps = page.locator("[data-test=steps]");
            assertThat(steps.locator("[data-step=notice]")).hasAttribute("data-state", "CURRENT");
            assertThat(page.locator("[data-test=next]")).containsText("在第 1 步记录告知当事人");
            assertThat(page.locator("#step-publish")).containsText("请先完成第 1 步：告知当事人");

            // a notice dated before the decision: refused under the date, what was typed still there
            page.getByLabel("告知日期").fill(today.minusDays(3).toString());
            page.getByLabel("告知方式").fill("电话告知店主");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录告知"))
                    .click();
            assertThat(page.locator("[data-test=notice-on-error]")).containsText("不早于决定日期");
            assertThat(page.getByLabel("告知方式")).hasValue("电话告知店主");
            assertThat(page.getByLabel("告知日期")).hasValue(today.minusDays(3).toString());
            Browser.screenshot(page, "disclosure-notice-refused");

            page.getByLabel("告知日期").fill(today.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录告知"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已记录告知当事人");
            assertThat(steps.locator("[data-step=notice]")).hasAttribute("data-state", "DONE");
            assertThat(steps.locator("[data-step=preview]")).hasAttribute("data-state", "CURRENT");
            assertThat(page.locator("[data-test=notice-done]")).containsText("已告知（电话告知店主）");

            // the preview names the clerk; the discloser masks her nickname too
            assertThat(page.locator("#redacted")).containsText("理发工具未消毒");
            page.getByLabel("另需遮盖的文字").fill("小美");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("遮盖"))
                    .click();
            assertThat(page.locator("[data-test=choices]")).containsText("人工遮盖：“小美”");
            assertThat(page.locator("#redacted")).not().containsText("小美");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认公示"))
                    .click();
            assertThat(page.locator("#confirm-dialog")).containsText("不能撤回");
            Browser.confirmIfAsked(page);
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已公示");
            assertThat(steps.locator("[data-step=publish]")).hasAttribute("data-state", "DONE");
            assertThat(steps.locator("[data-step=after]")).hasAttribute("data-state", "CURRENT");
            assertThat(page.locator("[data-test=published-on]")).hasText("已于 " + today + " 公示。");
            assertThat(page.locator("#step-after")).containsText("发布更正");
            assertThat(page.locator("#step-after")).containsText("撤下公示信息");
            Browser.screenshot(page, "disclosure-entry-published");

            // withdrawal asks first, and cancelling it keeps the result public
            page.locator("#withdraw-form")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("撤下"))
                    .click();
            var dialog = page.locator("#confirm-dialog");
            assertThat(dialog).containsText("不能撤销");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消"))
                    .click();
            assertThat(page.locator("[data-test=entry-status]")).hasText("已公示");

            var visitor = visitors.newPage();
            visitor.navigate(page.locator("[data-test=public-link]").getAttribute("href"));
            assertThat(visitor.locator("[data-test=public-text]")).containsText("理发工具未消毒");
            assertThat(visitor.locator("body")).not().containsText("小美");
        }
    }
}
