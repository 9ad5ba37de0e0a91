package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.MovableClock;
import org.sunlight.calendar.WorkingDays;

/**
 * A general-procedure penalty case from clue to archive in a real browser, each step taken on the case page by the
 * person the law names: officers investigate and propose, the leader files and decides, the reviewer agrees.
 */
@Import(MovableClock.Configuration.class)
class GeneralProcedureBrowserTest extends BrowserTest {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    MovableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aMajorCaseRunsFromClueToArchiveOnItsPage() {
        try (var officers = browser.newContext(port);
                var leaders = browser.newContext(port);
                var reviewers = browser.newContext(port)) {
            var officer = loggedIn(officers, "qufu-officer");
            var leader = loggedIn(leaders, "qufu-leader");
            var reviewer = loggedIn(reviewers, "qufu-reviewer");

            officer.navigate("/console/cases/new");
            officer.getByLabel("程序").selectOption("GENERAL_PENALTY");
            officer.getByLabel("案件名称").fill("曲阜市某诊所使用非卫生技术人员从事医疗卫生技术工作");
            officer.getByLabel("类型").selectOption("ORGANISATION");
            officer.getByLabel("名称或姓名").fill("曲阜市某诊所");
            officer.getByLabel("统一社会信用代码或身份证号码").fill("91350100M000100Y43");
            // the two officers behind the qufu-officer and qufu-officer2 logins, whose certificates are valid
            officer.locator("label", new Page.LocatorOptions().setHasText("周国栋"))
                    .locator("input")
                    .check();
            officer.locator("label", new Page.LocatorOptions().setHasText("吴晓明"))
                    .locator("input")
                    .check();
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记"))
                    .click();
            assertThat(officer.locator("[data-test=stage]")).hasText("线索登记");
            var caseUrl = officer.url();

            step(leader, caseUrl, "批准立案", "已立案");
            step(officer, caseUrl, "开始调查", "调查取证");
            // the 现场检查笔录 and the 询问笔录 are written in the steps' own forms, with the reason for no recording
            officer.navigate(caseUrl);
            var inspection = officer.locator("#action-inspect-site");
            org.sunlight.RecordForms.fillSiteRecord(
                    inspection, java.time.LocalDateTime.now(clock).minusMinutes(30));
            inspection.getByLabel("未附音像记录的理由").fill("执法记录仪故障");
            org.sunlight.RecordForms.submit(inspection, "现场检查（勘验）");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("#acts")).containsText("现场检查（勘验）");
            officer.navigate(caseUrl);
            var inquiry = officer.locator("#action-inquire");
            org.sunlight.RecordForms.fillInquiry(
                    inquiry, java.time.LocalDateTime.now(clock).minusMinutes(5));
            inquiry.getByLabel("未附音像记录的理由").fill("执法记录仪故障");
            org.sunlight.RecordForms.submit(inquiry, "调查询问");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("#acts")).containsText("调查询问");
            step(officer, caseUrl, "调查终结", "案件合议");

            officer.navigate(caseUrl);
            officer.locator("#kind-propose").selectOption("FINE");
            officer.locator("#fine-propose").fill("120000");
            officer.locator("input[name=proposalMajor]").check();
            click(officer, "合议并提出处理意见");
            assertThat(officer.locator("#actions")).containsText("提交法制审核");

            click(officer, "事先告知");
            assertThat(officer.locator("[data-test=refusal]")).containsText("须经法制审核同意");

            step(officer, caseUrl, "提交法制审核", "法制审核");
            var caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
            org.sunlight.review.ReviewPages.assign(leader, caseId, "qufu-reviewer");
            org.sunlight.review.ReviewPages.answer(reviewer, caseId, "AGREE", null, null);
            officer.navigate(caseUrl);
            assertThat(officer.locator("[data-test=stage]")).hasText("集体讨论");
            step(leader, caseUrl, "集体讨论", "案件合议");
            step(officer, caseUrl, "事先告知", "事先告知");

            officer.navigate(caseUrl);
            var today = LocalDate.now(clock);
            var hearingOn = workingDays.addWorkingDays(today, 8).due();
            officer.locator("#hearing-request-hearing").fill(hearingOn.toString());
            officer.locator("#hearing-place-request-hearing").fill(org.sunlight.CaseSteps.HEARING_PLACE);
            click(officer, "当事人要求听证");
            assertThat(officer.locator("[data-test=stage]")).hasText("听证");
            // 行政处罚法 第六十四条: the hearing is held on its day, presided by an officer who did not investigate
            clock.passDays(java.time.temporal.ChronoUnit.DAYS.between(today, hearingOn));
            stepWithoutRecording(officer, caseUrl, "hold-hearing", "待决定");
            // 行政处罚法 第五十八条: the review before the hearing does not clear the decision after it
            leader.navigate(caseUrl);
            click(leader, "作出处罚决定");
            assertThat(leader.locator("[data-test=refusal]")).containsText("听证前作出的法制审核意见");
            step(leader, caseUrl, "重新合议", "案件合议");
            step(officer, caseUrl, "提交法制审核", "法制审核");
            org.sunlight.review.ReviewPages.assign(leader, caseId, "qufu-reviewer");
            org.sunlight.review.ReviewPages.answer(reviewer, caseId, "AGREE", null, null);
            step(leader, caseUrl, "集体讨论", "案件合议");
            step(officer, caseUrl, "事先告知", "事先告知");
            officer.navigate(caseUrl);
            officer.locator("form:has(button:text-is('记录陈述申辩')) input[name=waived]")
                    .check();
            click(officer, "记录陈述申辩");
            step(officer, caseUrl, "陈述申辩期满", "待决定");
            step(leader, caseUrl, "作出处罚决定", "已作出决定");
            stepWithoutRecording(officer, caseUrl, "serve", "已送达");
            step(officer, caseUrl, "登记履行", "已执行");
            step(leader, caseUrl, "结案", "已结案");
            step(officer, caseUrl, "归档", "已归档");

            officer.navigate(caseUrl);
            assertThat(officer.locator("#documents")).containsText("行政处罚决定书");
            assertThat(officer.locator("#documents")).containsText("罚〔");
            assertThat(officer.locator("#acts")).containsText("作出处罚决定");
            Browser.screenshot(officer, "case-general-archived");
        }
    }

    private static Page loggedIn(BrowserContext context, String username) {
        var page = context.newPage();
        Browser.logIn(page, username);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console$"));
        return page;
    }

    /** Opens the case page, takes the action by its button and checks the stage it leads to. */
    private static void step(Page page, String caseUrl, String action, String stage) {
        page.navigate(caseUrl);
        click(page, action);
        assertThat(page.locator("[data-test=refusal]")).hasCount(0);
        assertThat(page.locator("[data-test=stage]")).hasText(stage);
    }

    /** A step the recording requirements want on video, taken with the reason why there is no recording. */
    private static void stepWithoutRecording(Page page, String caseUrl, String action, String stage) {
        page.navigate(caseUrl);
        var exemption = page.locator("[data-exemption=" + action + "]");
        exemption.locator("summary").click();
        exemption.locator("textarea[name=reason]").fill("执法记录仪故障");
        exemption.locator("button").click();
        assertThat(page.locator("[data-test=refusal]")).hasCount(0);
        assertThat(page.locator("[data-test=stage]")).hasText(stage);
    }

    private static void click(Page page, String action) {
        page.locator("#actions")
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(action)
                                .setExact(true))
                .click();
        Browser.confirmIfAsked(page);
    }
}
