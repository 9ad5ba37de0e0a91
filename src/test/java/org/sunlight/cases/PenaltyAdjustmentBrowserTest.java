package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;

/**
 * Issue 18 and issue 13 point 19 in a real browser: before submitting a proposal the officer sees the discretion range
 * and the entries of the county's 不予处罚、首违不罚、从轻、减轻处罚清单 for the case's item; a proposal that does not take
 * the listed outcome is sent back with the reason field marked, and goes through with a reason.
 */
class PenaltyAdjustmentBrowserTest extends BrowserTest {

    @Test
    void theProposalFormShowsTheRangeAndTheListEntryBeforeSubmitting() throws Exception {
        var steps = new CaseSteps(port, db);
        // 公共场所卫生检测、顾客用品用具消毒: the demo county lists it as 首违不罚 when 轻微, 从轻 when 一般
        var id = steps.inDiscussionAbout(steps.staff("qufu-officer"), steps.staff("qufu-leader"), "370881-XZCF-037");
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + id);
            var form = page.locator("#action-propose");
            assertThat(form.locator("[data-discretion]")).containsText("500.00 — 2,000.00");
            var list = form.locator("[data-penalty-adjustments]");
            assertThat(list).containsText("首违不罚");
            assertThat(list).containsText("《中华人民共和国行政处罚法》第三十三条第一款");
            assertThat(list).containsText("从轻处罚");

            form.locator("#kind-propose").selectOption("WARNING");
            form.locator("#circ-propose").selectOption("轻微");
            form.locator("#text-propose").fill("警告，责令改正");
            assertThat(list.locator("tr.chosen")).containsText("首违不罚");
            Browser.screenshot(page, "case-proposal-penalty-adjustments");
            propose(form);

            form = page.locator("#action-propose");
            assertThat(form.locator("[data-test=form-refusal]")).containsText("首违不罚");
            assertThat(form.locator("#departure-propose")).hasClass(Pattern.compile(".*invalid.*"));
            assertThat(form.locator("#kind-propose")).hasValue("WARNING");
            assertThat(form.locator("#circ-propose")).hasValue("轻微");

            form.locator("#departure-propose").fill("两年内曾因同类违法行为被责令改正，不属于初次违法");
            propose(form);
            assertThat(page.locator("[data-test=list-departure]")).containsText("两年内曾因同类违法行为被责令改正");
        }
    }

    @Test
    void thePortalShowsTheCountysListBesideItsDiscretionStandards() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/");
            page.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Page.GetByRoleOptions().setName("不予处罚、首违不罚和从轻、减轻、从重处罚清单"))
                    .first()
                    .click();
            page.getByLabel("关键词").fill("首违不罚");
            page.getByLabel("关键词").press("Enter");
            assertThat(page.locator("main")).containsText("370881-SWBF-012");
            assertThat(page.locator("main")).containsText("《中华人民共和国行政处罚法》第三十三条第一款");
            Browser.screenshot(page, "portal-penalty-adjustments");
        }
    }

    private static void propose(Locator form) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("合议并提出处理意见"))
                .click();
    }
}
