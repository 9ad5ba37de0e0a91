package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * Issue 18 in a real browser: a leader finds on the 工作台 the case waiting for 批准立案, an officer searches the list,
 * a refused proposal keeps what was typed beside the discretion range, and an irreversible step asks first.
 */
class CaseWorkBrowserTest extends BrowserTest {

    /** A general case about an unlicensed clinic (item 370881-XZCF-001), its title marked, taken to the stage. */
    private UUID markedCase(String mark, String... actions) throws Exception {
        var steps = new CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"%s 未取得医疗机构执业许可证擅自执业",
                 "itemCode":"370881-XZCF-001",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市%s诊所","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(
                                mark,
                                mark,
                                CaseSteps.CLINIC_CODE,
                                steps.officerOf("qufu-officer"),
                                steps.officerOf("qufu-officer2")));
        org.assertj.core.api.Assertions.assertThat(response.statusCode())
                .as(response.body())
                .isEqualTo(201);
        var id = UUID.fromString(
                new ObjectMapper().readTree(response.body()).get("id").asText());
        for (var action : actions) {
            StaffClient client = action.equals("file") ? leader : officer;
            steps.act(client, id, action, "{}");
        }
        return id;
    }

    @Test
    void aReviewerPassesEveryElementAtOnceAndReadsEachGroupByItsElement() throws Exception {
        var id = markedCase(mark(), "file", "begin-investigation", "conclude-investigation");
        var steps = new CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        steps.act(officer, id, "propose", CaseSteps.proposal("FINE", "100000", true));
        steps.act(officer, id, "submit-for-review", "{}");
        try (var leaderContext = browser.newContext(port);
                var reviewerContext = browser.newContext(port)) {
            var leader = leaderContext.newPage();
            Browser.logIn(leader, "qufu-leader");
            org.sunlight.review.ReviewPages.assign(leader, id.toString(), "qufu-reviewer");
            var reviewer = reviewerContext.newPage();
            Browser.logIn(reviewer, "qufu-reviewer");
            reviewer.navigate("/console/reviews/cases/" + id);
            var form = reviewer.locator("#opinion-form");
            assertThat(form.getByRole(
                            AriaRole.RADIOGROUP,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("执法主体是否合法")))
                    .hasCount(1);
            var passes = form.locator("input[type=radio][value=true]");
            assertThat(form.locator("input[type=radio][value=true]:checked")).hasCount(0);
            form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("全部通过"))
                    .click();
            assertThat(form.locator("input[type=radio][value=true]:checked")).hasCount(passes.count());
            org.assertj.core.api.Assertions.assertThat(passes.count()).isEqualTo(11);
            Browser.screenshot(reviewer, "review-all-pass");
        }
    }

    private static String mark() {
        return "查" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aLeaderFindsTheCaseWaitingForFilingOnTheWorkbench() throws Exception {
        var mark = mark();
        var id = markedCase(mark);
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-leader");
            var waiting = page.locator("#notices li", new Page.LocatorOptions().setHasText("待我办理的案件"));
            assertThat(waiting).not().containsText("：0 件");
            assertThat(page.locator("#notices")).containsText("我的案件");
            Browser.screenshot(page, "console-workbench-leader");
            waiting.getByRole(AriaRole.LINK).click();
            assertThat(page.getByLabel("范围")).hasValue("WAITING");
            page.getByLabel("案件名称").fill(mark);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            assertThat(page.locator("[data-test=found]")).hasText("共找到 1 件案件。");
            assertThat(page.locator("#cases")).containsText("线索登记");
            page.locator("#cases").getByRole(AriaRole.LINK).first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console/cases/" + id + "$"));
            assertThat(page.locator("#actions")).containsText("批准立案");
        }
    }

    @Test
    void anOfficerSearchesByPartyAndStageAndIsToldWhatIsWrongWithANumber() throws Exception {
        var mark = mark();
        var filed = markedCase(mark, "file");
        markedCase(mark);
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases");
            page.getByLabel("当事人名称").fill(mark + "诊所");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            assertThat(page.locator("[data-test=found]")).hasText("共找到 2 件案件。");
            page.getByLabel("当前环节").selectOption("filed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            assertThat(page.locator("[data-test=found]")).hasText("共找到 1 件案件。");
            assertThat(page.locator("#cases a")).hasAttribute("href", "/console/cases/" + filed);
            assertThat(page.getByLabel("当事人名称")).hasValue(mark + "诊所");
            Browser.screenshot(page, "console-case-search");

            page.getByLabel("统一社会信用代码或身份证号码（完整）").fill("91350100M");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找"))
                    .click();
            assertThat(page.locator("#case-search .field-error")).containsText("完整的 18 位");
            assertThat(page.getByLabel("统一社会信用代码或身份证号码（完整）")).hasValue("91350100M");
        }
    }

    @Test
    void aRefusedProposalKeepsWhatWasTypedBesideTheDiscretionRange() throws Exception {
        var id = markedCase(mark(), "file", "begin-investigation", "conclude-investigation");
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + id);
            var form = page.locator("#action-propose");
            assertThat(form.locator("[data-discretion] tbody tr")).hasCount(4);
            assertThat(form.locator("[data-discretion]")).containsText("80,000.00 — 120,000.00");
            assertThat(form.locator("#item-propose")).hasValue("370881-XZCF-001");

            form.locator("#kind-propose").selectOption("FINE");
            form.locator("#circ-propose").selectOption("一般");
            form.locator("#fine-propose").fill("150000");
            form.locator("#text-propose").fill("责令停止执业活动，罚款十五万元");
            assertThat(form.locator("[data-discretion-warning]")).isVisible();
            assertThat(form.locator("[data-discretion-warning]")).containsText("80000 元至 120000 元");
            Browser.screenshot(page, "case-proposal-discretion");
            form.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("合议并提出处理意见"))
                    .click();

            assertThat(page.locator("[data-test=refusal]")).containsText("超出裁量基准");
            form = page.locator("#action-propose");
            assertThat(form.locator("[data-test=form-refusal]")).isVisible();
            assertThat(form.locator("#fine-propose")).hasValue("150000");
            assertThat(form.locator("#kind-propose")).hasValue("FINE");
            assertThat(form.locator("#circ-propose")).hasValue("一般");
            assertThat(form.locator("#text-propose")).hasValue("责令停止执业活动，罚款十五万元");
            assertThat(form.locator("#item-propose")).hasValue("370881-XZCF-001");
            assertThat(form.locator("#oor-propose")).hasClass(java.util.regex.Pattern.compile(".*invalid.*"));
            Browser.screenshot(page, "case-proposal-refused-kept");

            form.locator("#oor-propose").fill("擅自执业期间开展静脉输液，情节接近较重");
            form.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("合议并提出处理意见"))
                    .click();
            assertThat(page.locator("[data-test=refusal]")).hasCount(0);
            assertThat(page.locator("[data-test=out-of-range]")).isVisible();
        }
    }

    @Test
    void concludingTheInvestigationAsksFirstAndNamesWhatHappens() throws Exception {
        var id = markedCase(mark(), "file", "begin-investigation");
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + id);
            var conclude = page.locator("#actions")
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("调查终结")
                                    .setExact(true));
            assertThat(conclude).hasClass("danger");
            conclude.click();
            var dialog = page.locator("#confirm-dialog");
            assertThat(dialog).isVisible();
            assertThat(dialog).containsText("调查终结");
            assertThat(dialog).containsText("案件合议");
            assertThat(dialog).containsText("不能撤销");
            Browser.screenshot(page, "case-confirm-dialog");
            dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("取消"))
                    .click();
            assertThat(dialog).not().isVisible();
            assertThat(page.locator("[data-test=stage]")).hasText("调查取证");

            conclude.click();
            Browser.confirmIfAsked(page);
            assertThat(page.locator("[data-test=stage]")).hasText("案件合议");
            // the history names people, not their logins (issue 18, point 4)
            assertThat(page.locator("#acts")).containsText("周国栋");
            assertThat(page.locator("#acts")).not().containsText("qufu-");
        }
    }
}
