package org.sunlight.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The review page as its users work it in the browser, for the tests that run a case through its review. */
public final class ReviewPages {

    private ReviewPages() {}

    /** A leader or reviewer of the unit hands the open review to the reviewer. */
    public static void assign(Page page, String caseId, String reviewer) {
        page.navigate("/console/reviews/cases/" + caseId);
        page.locator("#assignment select[name=reviewer]").selectOption(reviewer);
        page.locator("#assignment").getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("[role=status]")).containsText("已指派");
    }

    /**
     * The assigned reviewer answers every element (passing, but for {@code problemCode} when given, with the comment)
     * and gives the verdict, on the review page.
     */
    public static void answer(Page reviewer, String caseId, String verdict, String problemCode, String comment) {
        reviewer.navigate("/console/reviews/cases/" + caseId);
        var elements = reviewer.locator("#opinion-form tr[data-element]");
        for (int i = 0; i < elements.count(); i++) {
            var row = elements.nth(i);
            boolean problem = row.getAttribute("data-element").equals(problemCode);
            row.locator("input[type=radio][value=" + (problem ? "false" : "true") + "]")
                    .check();
            if (problem) {
                row.locator("input[type=text]").fill(comment);
            }
        }
        reviewer.locator("#opinion-form input[name=verdict][value=" + verdict + "]")
                .check();
        reviewer.locator("#opinion-text")
                .fill("AGREE".equals(verdict) ? "经审核，事实清楚，证据确凿，适用法律正确，同意。" : "经审核，存在问题，请承办机构修改后重新提交。");
        reviewer.locator("#opinion-form")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("出具审核意见"))
                .click();
        assertThat(reviewer.locator("[role=status]")).containsText("审核意见已出具");
    }
}
