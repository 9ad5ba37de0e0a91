package org.sunlight.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.StaffClient;

/**
 * A major case through its legal review in the browser: the reviewer finds a problem on the checklist, the officer
 * revises and resubmits, the reviewer agrees with both versions side by side, and the leader decides.
 */
class ReviewBrowserTest extends BrowserTest {

    @Test
    void problemsFoundResubmissionAgreementAndDecision() throws Exception {
        var caseId = caseAwaitingItsProposal();
        try (var officers = browser.newContext(port);
                var leaders = browser.newContext(port);
                var reviewers = browser.newContext(port)) {
            var officer = loggedIn(officers, "qufu-officer");
            var leader = loggedIn(leaders, "qufu-leader");
            var reviewer = loggedIn(reviewers, "qufu-reviewer");
            var caseUrl = "/console/cases/" + caseId;

            officer.navigate(caseUrl);
            officer.locator("#kind-propose").selectOption("FINE");
            officer.locator("#fine-propose").fill("150000");
            officer.locator("#text-propose").fill("罚款十五万元");
            click(officer, "合议并提出处理意见");
            assertThat(officer.locator("[data-test=major-rule]")).containsText("对法人或其他组织处以较大数额罚款");
            click(officer, "提交法制审核");
            assertThat(officer.locator("[data-test=stage]")).hasText("法制审核");

            ReviewPages.assign(leader, caseId, "qufu-reviewer");
            reviewer.navigate("/console/reviews?tab=mine");
            reviewer.locator("[data-test=queue] tr[data-case='" + caseId + "'] a")
                    .click();
            assertThat(reviewer.locator("#versions")).containsText("150,000 元");

            // the form keeps what was written when it is refused
            reviewer.locator("#opinion-form input[name=verdict][value=AGREE]").check();
            reviewer.locator("#opinion-text").fill("同意");
            reviewer.locator("#opinion-form")
                    .getByRole(
                            AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("出具审核意见"))
                    .click();
            assertThat(reviewer.locator("[data-test=refusal]")).containsText("尚未审核");
            assertThat(reviewer.locator("#opinion-text")).hasValue("同意");
            assertThat(reviewer.locator("#opinion-form .field-error")).hasCount(1);
            Browser.screenshot(reviewer, "review-refused");

            ReviewPages.answer(reviewer, caseId, "PROBLEMS_FOUND", "SHYS-06", "未说明适用的裁量情节");
            assertThat(reviewer.locator("[data-test=verdict]")).hasText("存在问题");

            officer.navigate(caseUrl);
            assertThat(officer.locator("[data-test=stage]")).hasText("案件合议");
            officer.locator("[data-test=review-history]").click();
            assertThat(officer.locator("#versions")).containsText("未说明适用的裁量情节");

            officer.navigate(caseUrl);
            officer.locator("#kind-propose").selectOption("FINE");
            officer.locator("#fine-propose").fill("100000");
            officer.locator("#text-propose").fill("罚款十万元（情节一般）");
            click(officer, "合议并提出处理意见");
            click(officer, "提交法制审核");
            assertThat(officer.locator("[data-test=stage]")).hasText("法制审核");

            ReviewPages.assign(leader, caseId, "qufu-reviewer");
            ReviewPages.answer(reviewer, caseId, "AGREE", null, null);
            assertThat(reviewer.locator("[data-test=versions] thead th")).hasCount(3);
            assertThat(reviewer.locator("[data-test=verdict]").nth(0)).hasText("存在问题");
            assertThat(reviewer.locator("[data-test=verdict]").nth(1)).hasText("同意");
            Browser.screenshot(reviewer, "review-versions");

            step(leader, caseUrl, "集体讨论", "案件合议");
            step(officer, caseUrl, "事先告知", "事先告知");
            officer.navigate(caseUrl);
            officer.locator("#actions form")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("记录陈述申辩"))
                    .locator("input[name=waived]")
                    .check();
            click(officer, "记录陈述申辩");
            step(officer, caseUrl, "陈述申辩期满", "待决定");
            step(leader, caseUrl, "作出处罚决定", "已作出决定");
            officer.navigate(caseUrl);
            assertThat(officer.locator("#documents")).containsText("行政处罚决定书");
        }
    }

    /** A case filed and investigated over the API, waiting for the officer's proposal on its page. */
    private String caseAwaitingItsProposal() throws Exception {
        var json = new ObjectMapper();
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var leader = StaffClient.loggedIn(port, "qufu-leader");
        leader.get("/console");
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"某医院使用非卫生技术人员从事医疗卫生技术工作",
                 "summary":"投诉举报核查发现","parties":[{"kind":"ORGANISATION","name":"某某医院",
                 "identity":"91350100M000100Y43"}],"officerIds":["%s","%s"]}
                """
                        .formatted(officerOf("qufu-officer"), officerOf("qufu-officer2")));
        var id = UUID.fromString(json.readTree(response.body()).get("id").asText());
        for (var step : new String[][] {
            {"file", "leader"}, {"begin-investigation", "officer"}, {"conclude-investigation", "officer"}
        }) {
            var client = step[1].equals("leader") ? leader : officer;
            var acted = client.postJson("/api/cases/" + id + "/actions/" + step[0], "{}");
            org.assertj.core.api.Assertions.assertThat(acted.statusCode())
                    .as(acted.body())
                    .isEqualTo(200);
        }
        return id.toString();
    }

    private UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private static Page loggedIn(BrowserContext context, String username) {
        var page = context.newPage();
        Browser.logIn(page, username);
        return page;
    }

    private static void step(Page page, String caseUrl, String action, String stage) {
        page.navigate(caseUrl);
        click(page, action);
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
