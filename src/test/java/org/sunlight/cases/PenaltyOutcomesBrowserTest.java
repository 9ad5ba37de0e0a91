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
import org.sunlight.calendar.WorkingDays;

/**
 * On the case page in a real browser: a first offence proposed as 不予处罚 with its ground and decided by the leader
 * (行政处罚法 第三十三条), and the hearing request form that names a presiding officer who did not investigate
 * (第六十四条第四项).
 */
class PenaltyOutcomesBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    WorkingDays workingDays;

    @Test
    void aFirstOffenceIsNotPunishedFromTheCasePage() throws Exception {
        var steps = new CaseSteps(port, db);
        var id = steps.inDiscussion(steps.staff("qufu-officer"), steps.staff("qufu-leader"));
        var caseUrl = "/console/cases/" + id;
        try (var officers = browser.newContext(port);
                var leaders = browser.newContext(port)) {
            var officer = loggedIn(officers, "qufu-officer");
            var leader = loggedIn(leaders, "qufu-leader");

            officer.navigate(caseUrl);
            officer.locator("#kind-propose").selectOption("NO_PENALTY");
            officer.locator("#ground-propose").selectOption("FIRST_OFFENCE");
            click(officer, "合议并提出处理意见");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("[data-test=ground]")).containsText("首违不罚");

            leader.navigate(caseUrl);
            click(leader, "作出不予行政处罚决定");
            assertThat(leader.locator("[data-test=stage]")).hasText("已作出决定");
            assertThat(leader.locator("#documents")).containsText("不予行政处罚决定书");
            Browser.screenshot(leader, "case-no-penalty-decided");
        }
    }

    @Test
    void theHearingRequestNamesAPresidingOfficerWhoDidNotInvestigate() throws Exception {
        var steps = new CaseSteps(port, db);
        var officerClient = steps.staff("qufu-officer");
        var id = steps.inDiscussion(officerClient, steps.staff("qufu-leader"));
        steps.act(officerClient, id, "propose", CaseSteps.proposal("DEMOTION", null, false));
        steps.act(officerClient, id, "notify", "{}");
        try (var officers = browser.newContext(port)) {
            var officer = loggedIn(officers, "qufu-officer");
            officer.navigate("/console/cases/" + id);
            officer.locator("#hearing-request-hearing")
                    .fill(workingDays
                            .addWorkingDays(LocalDate.now(clock), 8)
                            .due()
                            .toString());
            // 行政处罚法 第六十四条第二项: the notice names the place as well as the day
            officer.locator("#hearing-place-request-hearing").fill(CaseSteps.HEARING_PLACE);
            var presiding = officer.locator("#presiding-request-hearing");
            assertThat(presiding).isVisible();
            // none of the case's investigators is offered
            assertThat(presiding.locator(
                            "option", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("周国栋")))
                    .hasCount(0);
            click(officer, "当事人要求听证");
            assertThat(officer.locator("[data-test=refusal]")).hasCount(0);
            assertThat(officer.locator("[data-test=stage]")).hasText("听证");
            assertThat(officer.locator("body")).containsText("听证地点：" + CaseSteps.HEARING_PLACE);
            Browser.screenshot(officer, "case-hearing-requested");
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
