package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
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
 * On a licence's case page in a real browser (行政许可法 第三十九条、第四十九条、第五十条): the leader grants it with its
 * term, the officer registers the holder's application to change it with the matters that change and the leader makes
 * the change; the holder applies to renew it and the leader renews it for a new term, a term no later than the old one
 * being refused at its field.
 */
class LicenceChangeRenewalBrowserTest extends BrowserTest {

    private static final String SERVED = "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"%s\"}";

    @Autowired
    Clock clock;

    @Test
    void aLicenceIsGrantedWithItsTermChangedAndRenewedFromTheCasePage() throws Exception {
        var today = LocalDate.now(clock);
        var steps = new CaseSteps(port, db);
        var officerClient = steps.staff("qufu-officer");
        var id = steps.open(
                officerClient, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officerClient, id, "receive", "{}");
        steps.act(officerClient, id, "accept", "{}");
        steps.act(officerClient, id, "propose", CaseSteps.proposal("LICENCE_GRANT", null, false));
        var caseUrl = "/console/cases/" + id;
        var validUntil = today.plusDays(40);
        try (var officers = browser.newContext(port);
                var leaders = browser.newContext(port)) {
            var leader = loggedIn(leaders, "qufu-leader");
            leader.navigate(caseUrl);
            leader.locator("#valid-until-grant-licence").fill(validUntil.toString());
            click(leader, "作出准予行政许可决定");
            assertThat(leader.locator("[data-test=refusal]")).hasCount(0);
            assertThat(leader.locator("[data-test=stage]")).hasText("已作出决定");
            steps.act(officerClient, id, "serve", SERVED.formatted(today));

            var officer = loggedIn(officers, "qufu-officer");
            officer.navigate(caseUrl);
            officer.locator("#change-apply-for-change").fill("单位名称由某某诊所变更为某某口腔诊所");
            click(officer, "申请变更行政许可");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("[data-test=stage]")).hasText("申请变更");
            // the examiner's opinion on the change (第三十四条), offering only what this application can be decided to
            assertThat(officer.locator("#kind-propose option")).hasText(new String[] {"准予变更行政许可", "不予变更行政许可"});
            officer.locator("#kind-propose").selectOption("LICENCE_CHANGE");
            click(officer, "合议并提出处理意见");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);

            leader.navigate(caseUrl);
            click(leader, "准予变更行政许可");
            assertThat(leader.locator("[data-test=stage]")).hasText("已作出变更决定");
            assertThat(leader.locator("#documents")).containsText("准予变更行政许可决定书");
            steps.act(officerClient, id, "serve", SERVED.formatted(today));

            officer.navigate(caseUrl);
            click(officer, "申请延续行政许可");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("[data-test=stage]")).hasText("申请延续");
            assertThat(officer.locator("#deadlines")).containsText(validUntil.toString());
            officer.locator("#kind-propose").selectOption("LICENCE_RENEWAL");
            click(officer, "合议并提出处理意见");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);

            leader.navigate(caseUrl);
            leader.locator("#valid-until-renew-licence").fill(validUntil.toString());
            click(leader, "准予延续行政许可");
            assertThat(leader.locator("[data-test=refusal]")).containsText("晚于原有效期届满日 " + validUntil);
            assertThat(leader.locator("#valid-until-renew-licence")).hasValue(validUntil.toString());
            var renewedUntil = validUntil.plusYears(4);
            leader.locator("#valid-until-renew-licence").fill(renewedUntil.toString());
            click(leader, "准予延续行政许可");
            assertThat(leader.locator("[data-test=refusal]")).hasCount(0);
            assertThat(leader.locator("[data-test=stage]")).hasText("已作出延续决定");
            assertThat(leader.locator("#documents")).containsText("准予延续行政许可决定书");
            Browser.screenshot(leader, "licence-renewed");
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
