package org.sunlight.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.calendar.WorkingDays;

/**
 * Issue 17's "done when" in a real browser: a citizen files a complaint anonymously on the portal; a supervisor sees it
 * in the console and tells acceptance within the 5 working days (A6); links it to the case it is about and opens an
 * accountability matter whose trace-back lists the case's acts with verified proofs (A9); the yearly report counts it.
 */
class ComplaintBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    WorkingDays workingDays;

    @Test
    void anAnonymousComplaintIsAcknowledgedInTimeTracedBackWithProofsAndCountedInTheYearlyReport() throws Exception {
        var today = LocalDate.now(clock);
        var caseId = new ComplaintSteps(port, db).aReviewedPenaltyCase();
        var unit = new ComplaintSteps(port, db).unit(ComplaintSteps.QUFU);
        try (var staff = browser.newContext(port);
                var citizen = browser.newContext(port)) {
            var console = staff.newPage();
            Browser.logIn(console, "qufu-supervisor");
            var reportPath = "/console/reports/" + unit + "/" + today.getYear();
            console.navigate(reportPath);
            var receivedBefore = received(console);

            // the citizen finds the channels from the portal's home and files anonymously
            var portal = citizen.newPage();
            portal.navigate("/");
            portal.locator("#responsibility")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("投诉举报违法或不当行政执法行为"))
                    .click();
            assertThat(portal.locator("h1")).hasText("投诉举报");
            assertThat(portal.locator("#channels")).containsText("曲阜市卫生健康局");
            portal.getByLabel("被投诉举报单位 *")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("曲阜市卫生健康局"));
            portal.getByLabel("匿名投诉举报").check();
            portal.getByLabel("被投诉执法人员姓名或执法证件编号").fill("执法证号 37088100001");
            portal.getByLabel("投诉举报事项和事实经过 *").fill("检查某诊所时拟罚款明显过重，未听取当事人陈述。");
            var question = portal.locator("label[for=challengeAnswer]").innerText();
            var numbers = Pattern.compile("(\\d+) \\+ (\\d+)").matcher(question);
            assertThat(numbers.find()).isTrue();
            portal.locator("#challengeAnswer")
                    .fill(String.valueOf(Integer.parseInt(numbers.group(1)) + Integer.parseInt(numbers.group(2))));
            portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交投诉举报"))
                    .click();
            assertThat(portal.locator("h1")).hasText("投诉举报已提交");
            var number = portal.locator("[data-test=number]").innerText();
            var code = portal.locator("[data-test=query-code]").innerText();
            var due = workingDays.addWorkingDays(today, 5).due();
            assertThat(portal.locator("[data-test=acknowledge-due]")).hasText(due.toString());
            Browser.screenshot(portal, "complaint-filed");

            // the supervisor sees it and tells acceptance within the rule
            console.navigate("/console/supervision/complaints");
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number))
                    .click();
            assertThat(console.locator("[data-test=status]")).hasText("待告知受理情况");
            assertThat(console.locator("[data-test=acknowledge-due]")).hasText(due.toString());
            console.getByLabel("告知投诉举报人的内容 *").fill("属于受理范围，已受理，将调查核实。");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受理并告知"))
                    .click();
            assertThat(console.locator("[data-test=notice]")).containsText("已受理并告知投诉举报人");
            assertThat(console.locator("[data-test=acknowledged-in-time]")).hasText("5 个工作日内");

            // the complaint is a clue about the case; the matter traces the case back
            console.getByLabel("作为案件线索：案件 ID").fill(caseId.toString());
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("关联案件"))
                    .click();
            assertThat(console.locator("[data-test=case]")).hasText(caseId.toString());
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("转为责任追究"))
                    .click();
            console.getByLabel("事项名称 *").fill("某诊所案拟罚款过重的责任追究");
            console.getByLabel("事实和线索 *").fill("投诉反映拟罚款明显过重，未听取陈述。");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("责任追究立项"))
                    .click();
            assertThat(console.locator("h1")).hasText("某诊所案拟罚款过重的责任追究");
            assertThat(console.locator("[data-test=trace-verdict]")).containsText("均已用包含证明验证，签名有效");
            var proofs = console.locator("#trace-steps [data-test=proof]");
            assertThat(proofs.count()).isGreaterThanOrEqualTo(6);
            for (int i = 0; i < proofs.count(); i++) {
                assertThat(proofs.nth(i)).hasText("已验证");
            }
            assertThat(console.locator("#trace-steps")).containsText("qufu-reviewer");
            assertThat(console.locator("#trace-steps")).containsText("法制审核");
            assertThat(console.locator("#posts")).containsText("法制审核人员");
            Browser.screenshot(console, "accountability-trace-back");

            // the public reads the progress; the yearly report counts the complaint
            portal.navigate("/portal/complaints/progress");
            portal.getByLabel("编号").fill(number);
            portal.getByLabel("查询码").fill(code);
            portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            assertThat(portal.locator("[data-test=status]")).hasText("已受理");
            console.navigate(reportPath);
            assertThat(received(console)).isEqualTo(receivedBefore + 1);
            Browser.screenshot(console, "report-complaints");
        }
    }

    private static long received(Page page) {
        var value = page.locator("[data-figure='收到投诉举报'] [data-test=value]").innerText();
        return Long.parseLong(value.replaceAll("[^0-9]", ""));
    }
}
