package org.sunlight.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;

/**
 * The yearly assessment's grade (A8) in a real browser: a supervisor assesses an officer (told when a test score is
 * malformed), the officer states and defends on the published result, the supervisor must answer before making it
 * final.
 */
class AssessmentBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void aSupervisorAssessesAnOfficerWhoStatesAndTheAnsweredResultIsFinal() {
        var year = LocalDate.now(clock).getYear();
        var officerId = new CaseSteps(port, db).officerOf("qufu-officer");
        String path;
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-supervisor");
            page.navigate("/console/supervision/assessments?year=" + year);
            assertThat(page.locator("h1")).hasText("评议考核结果");
            page.locator("#officerId").selectOption(officerId.toString());
            page.getByLabel("法律素养测试 *").fill("88");
            page.getByLabel("执法规范化测试 *").fill("92.55");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算并在本单位公布"))
                    .click();
            assertThat(page.locator("#normativeTest-error")).containsText("成绩应为 0 至 100 分，最多一位小数");
            page.getByLabel("执法规范化测试 *").fill("92.5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("计算并在本单位公布"))
                    .click();
            assertThat(page.locator("[data-test=status]")).hasText("已公布，待确定");
            assertThat(page.locator("#figures")).containsText("评查案卷");
            Browser.screenshot(page, "assessment-published");
            path = page.url().substring(page.url().indexOf("/console/"));
        }
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate(path);
            page.getByLabel("陈述申辩").fill("执法规范化测试第 3 题有两个正确选项，请复核。");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交陈述申辩"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).hasText("陈述申辩已提交。");
            assertThat(page.locator("#statements")).containsText("第 3 题有两个正确选项");
        }
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-supervisor");
            page.navigate(path);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定考核结果"))
                    .click();
            assertThat(page.locator("#reply-error")).containsText("请填写答复");
            page.getByLabel("对陈述申辩的答复").fill("经复核第 3 题确有两个正确选项，执法规范化测试改为 95 分。");
            page.locator("#final #normativeTest").fill("95");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定考核结果"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).hasText("考核结果已确定。");
            assertThat(page.locator("[data-test=status]")).hasText("已确定");
            assertThat(page.locator("[data-test=reply]")).containsText("改为 95 分");
            Browser.screenshot(page, "assessment-final");
        }
    }
}
