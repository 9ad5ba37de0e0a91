package org.sunlight.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;

/**
 * Case-file evaluation (A5) in a real browser: a supervisor draws the county's closed files of the year with a public
 * seed, opens one, is told what is missing when a deduction has no finding, records the evaluation and sees it in the
 * county's results.
 */
class CaseFileEvaluationBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void aSupervisorDrawsClosedFilesScoresOneAndSeesTheCountysResult() throws Exception {
        var year = LocalDate.now(clock).getYear();
        var steps = new ComplaintSteps(port, db);
        var archived = steps.anArchivedPenaltyCase(new CaseSteps(port, db).colleagueOf("qufu-officer"));
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-supervisor");
            page.navigate("/console/supervision/complaints");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("案卷评查"))
                    .click();
            assertThat(page.locator("h1")).hasText("案卷评查");

            page.getByLabel("单位 *").selectOption(new SelectOption().setLabel("曲阜市卫生健康局"));
            page.getByLabel("结案年度 *").fill(String.valueOf(year));
            page.getByLabel("抽取数量 *").fill("0");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("随机抽取案卷"))
                    .click();
            assertThat(page.locator("#size-error")).containsText("抽取数量应为 1 至 1000 之间的整数");

            // the whole year's population, so that the file just archived is among those drawn
            page.getByLabel("抽取数量 *").fill("1000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("随机抽取案卷"))
                    .click();
            var population = page.locator("#size-error").innerText().replaceAll("\\D+", "");
            page.getByLabel("抽取数量 *").fill(population);
            page.getByLabel("随机种子").fill("20261207");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("随机抽取案卷"))
                    .click();
            assertThat(page.locator("h1")).hasText("案卷抽查");
            assertThat(page.locator("[data-test=seed]")).hasText("20261207");
            assertThat(page.locator("[data-test=population-sha256]"))
                    .hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
            Browser.screenshot(page, "evaluation-sample");

            page.locator("#sampled tr[data-case='" + archived + "'] a").click();
            assertThat(page.locator("[data-test=live-score]")).hasText("100");
            page.locator("#deducted-DOCUMENTS_PROPER").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录评查结果"))
                    .click();
            assertThat(page.locator("form.card")).containsText("扣分的，须写明发现的问题。");
            page.locator("#finding-DOCUMENTS_PROPER").fill("处罚决定书未载明缴款银行");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录评查结果"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).hasText("评查结果已记录。");
            assertThat(page.locator("#evaluation [data-test=score]")).hasText("98.0");
            assertThat(page.locator("#evaluation [data-test=grade]")).hasText("优秀");
            assertThat(page.locator("#deductions")).containsText("处罚决定书未载明缴款银行");
            Browser.screenshot(page, "evaluation-case");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("案卷评查").setExact(true))
                    .click();
            var county = page.locator("#results tr", new Page.LocatorOptions().setHasText("曲阜市卫生健康局"));
            assertThat(Integer.parseInt(county.locator("[data-test=evaluated]").innerText()))
                    .isGreaterThanOrEqualTo(1);
            Browser.screenshot(page, "evaluation-results");
        }
    }
}
