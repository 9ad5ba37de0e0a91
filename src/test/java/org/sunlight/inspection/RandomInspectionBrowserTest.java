package org.sunlight.inspection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * S1 in a real browser: a county publishes its plan, which the public reads before any draw; takes a task; commits to
 * the draw; finishes it with the day's public value; records an inspection's outcome, which goes through the disclosure
 * desk (party told, redacted preview, published) to the portal's results; and the public finds the drawn subject by
 * name with its outcome.
 */
class RandomInspectionBrowserTest extends BrowserTest {

    @Test
    void aPlanGoesFromPublicationThroughADrawToAPublishedOutcome() {
        try (var staff = browser.newContext(port);
                var citizen = browser.newContext(port)) {
            var page = staff.newPage();
            Browser.logIn(page, "qufu-admin");
            page.navigate("/console/inspection/plans");
            page.getByLabel("年度 *").fill("2080");
            page.getByLabel("计划名称 *").fill("2080 年度“双随机、一公开”监督抽查计划");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建"))
                    .click();

            page.getByLabel("抽查事项 *").selectOption("370881-SJ-002");
            page.getByLabel("公共场所", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("A 类抽查比例（%） *").fill("5");
            page.getByLabel("B 类抽查比例（%） *").fill("10");
            page.getByLabel("C 类抽查比例（%） *").fill("8");
            page.getByLabel("D 类抽查比例（%） *").fill("30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("增加"))
                    .click();
            // a higher risk is inspected more, never less (国发〔2019〕5号)
            assertThat(page.locator("#ratioC-error")).containsText("风险越高抽查比例越高");
            page.getByLabel("C 类抽查比例（%） *").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("增加"))
                    .click();
            assertThat(page.locator("#lines")).containsText("公共场所卫生监督抽查");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布计划"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).containsText("计划已发布");

            // the public reads the plan before any draw
            var portal = citizen.newPage();
            portal.navigate("/");
            portal.locator("#section-random-inspection-results")
                    .getByRole(AriaRole.LINK)
                    .first()
                    .click();
            assertThat(portal.locator("h1")).hasText("“双随机、一公开”抽查");
            assertThat(portal.locator("section.plan")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("2080 年度")))
                    .containsText("公共场所卫生监督抽查");

            page.getByLabel("任务名称 *").fill("2080 年公共场所卫生监督抽查");
            page.locator("input[name=lineIds]").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建任务"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("承诺并冻结名录"))
                    .click();
            assertThat(page.locator("[data-test=draw-status]")).hasText("已承诺，待公共数值");
            var commitment = page.locator("[data-test=commitment-sha256]").innerText();

            page.locator("#publicValue").fill("3380.25");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成抽取"))
                    .click();
            assertThat(page.locator("[data-test=draw-status]")).hasText("已完成抽取");
            assertThat(page.locator("[data-test=commitment-sha256]")).hasText(commitment);
            var first = page.locator("#drawn tbody tr").first();
            var name = first.locator("td").nth(2).innerText();
            first.locator("select[name=outcome]").selectOption("NO_PROBLEM");
            first.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("记录结果"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).containsText("检查结果已记录");
            Browser.screenshot(page, "inspection-draw");

            // the result goes the way of every result: told to the party, previewed redacted, published
            page.navigate("/console/disclosures");
            page.getByLabel("案件名称").fill("双随机抽查：" + name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            page.locator("tr", new Page.LocatorOptions().setHasText("双随机抽查：" + name))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("办理"))
                    .click();
            page.getByLabel("告知方式").fill("现场告知");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录告知"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("已记录告知当事人");
            assertThat(page.locator("#redacted")).containsText("检查结果及处理情况：未发现问题");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认公示"))
                    .click();
            Browser.confirmIfAsked(page);

            portal.navigate("/portal/results");
            portal.getByLabel("关键词").fill(name);
            portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            portal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("双随机抽查：" + name))
                    .first()
                    .click();
            assertThat(portal.locator("[data-test=public-text]")).containsText("检查结果及处理情况：未发现问题");
            assertThat(portal.locator("[data-test=public-text]")).containsText("2080 年公共场所卫生监督抽查");
            Browser.screenshot(portal, "inspection-published-result");

            portal.navigate("/portal/random-inspection-results");
            portal.getByLabel("按单位名称查询是否被抽中").fill(name);
            portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            assertThat(portal.locator("#found")).containsText(name);
            portal.locator("#found").getByRole(AriaRole.LINK).first().click();
            assertThat(portal.locator("[data-test=commitment-sha256]")).hasText(commitment);
            assertThat(portal.locator("#drawn")).containsText("未发现问题");
            assertThat(portal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("outcome.txt")))
                    .hasAttribute("href", Pattern.compile(".*/outcome\\.txt"));
            Browser.screenshot(portal, "inspection-portal-draw");
        }
    }
}
