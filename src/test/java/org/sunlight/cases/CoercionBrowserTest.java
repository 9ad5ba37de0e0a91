package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;
import org.sunlight.ReviewSteps;

/**
 * On the seizure's case page in a real browser: two officers seize on the spot in an emergency (行政强制法 第十九条), and
 * the leader releases a seizure with its ground and the day the goods were returned (第二十八条).
 */
class CoercionBrowserTest extends BrowserTest {

    @Autowired
    java.time.Clock clock;

    @Test
    void officersSeizeOnTheSpotAndTheLeaderReleasesWithTheGoodsReturned() throws Exception {
        var steps = new CaseSteps(port, db);
        var officerClient = steps.staff("qufu-officer");
        var id = steps.open(
                officerClient, "COERCION", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        var caseUrl = "/console/cases/" + id;
        try (var officers = browser.newContext(port);
                var leaders = browser.newContext(port)) {
            var officer = loggedIn(officers, "qufu-officer");
            officer.navigate(caseUrl);
            officer.locator("#reason-seize-on-the-spot").fill("现场发现过期药品正在使用，不立即扣押将继续危害就诊者");
            officer.locator("#text-seize-on-the-spot").fill("扣押过期药品 12 盒");
            // 行政强制法 第十八条: the 现场笔录 of the measure taken on the spot
            org.sunlight.RecordForms.fillSiteRecord(
                    officer.locator("#action-seize-on-the-spot"),
                    java.time.LocalDateTime.now(clock).minusMinutes(5));
            click(officer, "情况紧急，当场实施查封扣押");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("[data-test=stage]")).hasText("当场查封扣押，待补办批准");
            assertThat(officer.locator("#documents")).containsText("查封（扣押）清单");
            Browser.screenshot(officer, "coercion-seized-on-the-spot");

            var leader = loggedIn(leaders, "qufu-leader");
            leader.navigate(caseUrl);
            assertThat(leader.locator("#returned-release")).isVisible();
            leader.locator("#reason-release").fill("负责人认为不应当采取行政强制措施，立即解除");
            click(leader, "解除查封扣押");
            assertThat(leader.locator("[data-test=refusal]")).hasCount(0);
            assertThat(leader.locator("[data-test=stage]")).hasText("已解除");
            assertThat(leader.locator("#documents")).containsText("解除查封（扣押）决定书");
            Browser.screenshot(leader, "coercion-released");
        }
    }

    @Test
    void theLeaderExtendsASeizureOnceFromTheCasePage() throws Exception {
        var steps = new CaseSteps(port, db);
        var officerClient = steps.staff("qufu-officer");
        var id = steps.open(
                officerClient, "COERCION", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officerClient, id, "propose", CaseSteps.proposal("SEIZURE", null, false));
        steps.act(officerClient, id, "submit-for-review", "{}");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        steps.act(steps.staff("qufu-leader"), id, "seize", "{\"reason\":\"执法记录仪故障\"}");
        try (var leaders = browser.newContext(port)) {
            var leader = loggedIn(leaders, "qufu-leader");
            leader.navigate("/console/cases/" + id);
            leader.locator("#reason-extend-seizure").fill("案情复杂，需调查产品来源");
            leader.locator("#days-extend-seizure").fill("31");
            click(leader, "延长查封扣押期限");
            assertThat(leader.locator("[data-test=refusal]")).containsText("不得超过 30 日");
            leader.locator("#reason-extend-seizure").fill("案情复杂，需调查产品来源");
            leader.locator("#days-extend-seizure").fill("30");
            click(leader, "延长查封扣押期限");
            assertThat(leader.locator("[data-test=refusal]")).hasCount(0);
            assertThat(leader.locator("#documents")).containsText("延长查封（扣押）期限决定书");
            Browser.screenshot(leader, "coercion-extended");
        }
    }

    private static Page loggedIn(BrowserContext context, String username) {
        var page = context.newPage();
        Browser.logIn(page, username);
        return page;
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
