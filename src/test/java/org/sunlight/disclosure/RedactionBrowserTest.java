package org.sunlight.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 15 in the browser: a decision names a patient and a nurse, who are not parties. The discloser sees each
 * highlighted with its kind and why, tells the party and publishes; the public page shows 某 in their place and no
 * trace of their names or the patient's home.
 */
class RedactionBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void aThirdPersonNamedInTheDecisionIsMaskedOnThePublicPage() throws Exception {
        var title = "某诊所使用非卫生技术人员" + UUID.randomUUID().toString().substring(0, 4);
        var party = "曲阜市某某康宁诊所" + UUID.randomUUID().toString().substring(0, 4);
        var decided = new DisclosureFixtures(port, db, clock)
                .decided(
                        title,
                        "患者王建国（家住曲阜市尼山镇颜庄村3组12号）在该所输液，由护士李秀英操作。王建国称共付费300元。",
                        DisclosureFixtures.organisation(party),
                        300,
                        "370881-XZCF-041",
                        "轻微");
        try (var admins = browser.newContext(port);
                var visitors = browser.newContext(port)) {
            var admin = admins.newPage();
            Browser.logIn(admin, "qufu-admin");
            admin.navigate(url("/console/disclosures/" + decided.entry()));

            var patient = admin.locator("#original mark", new Page.LocatorOptions().setHasText("王建国"))
                    .first();
            assertThat(patient).isVisible();
            assertThat(patient).hasAttribute("data-kind", "PERSON_NAME");
            assertThat(patient).hasAttribute("title", "前有身份词“患者”");
            assertThat(admin.locator("#original mark[data-kind=ADDRESS]")).hasText("曲阜市尼山镇颜庄村3组12号");
            assertThat(admin.locator("#original small.redaction-kind").first()).hasText("自然人姓名");
            assertThat(admin.locator("#redacted")).containsText("患者王某（家住[住址已删除]）在该所输液，由护士李某操作。王某称");
            var row = admin.locator("[data-test=spans] tr", new Page.LocatorOptions().setHasText("李秀英"));
            assertThat(row).containsText("前有身份词“护士”");

            // the notice is step 1 of the same page
            admin.getByLabel("告知方式").fill("决定书中载明");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录告知"))
                    .click();
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText("已记录告知当事人");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认公示"))
                    .click();
            Browser.confirmIfAsked(admin);

            var resultId = db.sql("select id from disclosure.published_result where entry_id = ?")
                    .param(decided.entry())
                    .query(UUID.class)
                    .single();
            var visitor = visitors.newPage();
            visitor.navigate(url("/portal/results/" + resultId));
            var text = visitor.locator("[data-test=public-text]");
            assertThat(text).containsText("患者王某（家住[住址已删除]）在该所输液，由护士李某操作。王某称共付费300元。");
            assertThat(text).containsText(party);
            assertThat(visitor.locator("body")).not().containsText("王建国");
            assertThat(visitor.locator("body")).not().containsText("李秀英");
            assertThat(visitor.locator("body")).not().containsText("颜庄村");
            // what a citizen reads first (issue 15, point 6): the 文号, the basis, the organ, the date, the decision
            var facts = visitor.locator("[data-test=result-facts]");
            assertThat(facts.locator("[data-test=document-number]")).not().hasText("未载明");
            assertThat(facts.locator("[data-test=document-number]")).containsText("〔");
            assertThat(facts.locator("[data-test=organ]")).hasText("曲阜市卫生健康局");
            assertThat(facts.locator("[data-test=decision-line]")).hasText("罚款 人民币 300.00 元");
            assertThat(facts.locator("[data-test=penalty-basis]")).containsText("《生活饮用水卫生监督管理办法》第二十六条第三项");
            // the index is given when the log integrates its new entries (every few seconds): until then it says so
            assertThat(facts.locator("[data-test=audit-index]"))
                    .containsText(java.util.regex.Pattern.compile("审计日志第 \\d+ 号|正在记入审计日志"));
            assertThat(facts.locator("[data-test=audit-explained]")).containsText("只能在末尾追加");
            facts.locator("[data-test=audit-how]").click();
            assertThat(visitor.locator("h1")).hasText("怎样核对一条公示记录");
            assertThat(visitor.locator("[data-test=verify-record]"))
                    .containsText("/api/transparency/records/" + resultId);
            Browser.screenshot(visitor, "redacted-result");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
