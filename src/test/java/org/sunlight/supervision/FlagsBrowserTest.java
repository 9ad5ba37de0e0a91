package org.sunlight.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.cases.CaseOpened;
import org.sunlight.cases.ProcedureKind;

/**
 * The problem-detection page (R9) in a real browser: a supervisor opens a model's flags, pages through them 50 a page,
 * filters them by answer and the day first raised (told when the range is backwards), and answers one.
 */
class FlagsBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    CaseRecords records;

    @Autowired
    StoredFlags storedFlags;

    @Test
    void aSupervisorPagesFiltersAndAnswersAModelsFlags() {
        var qufu = new ComplaintSteps(port, db).unit(ComplaintSteps.QUFU);
        // 卫生行政处罚程序 第十八条: 52 clues registered 20 days ago, neither filed nor declined
        for (int i = 0; i < 52; i++) {
            records.on(new CaseOpened(
                    UUID.randomUUID(),
                    qufu,
                    ProcedureKind.GENERAL_PENALTY,
                    "clue",
                    "qufu-officer",
                    clock.instant().minus(Duration.ofDays(20))));
        }
        storedFlags.refresh();
        var today = LocalDate.now(clock);
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-supervisor");
            page.navigate("/console/supervision/flags");
            var model = page.locator("#model-CLUE_NOT_FILED_IN_TIME");
            assertThat(model).containsText("卫生行政处罚程序 第十八条");
            assertThat(page.locator("[data-test=last-run]")).containsText("监测模型于");
            model.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("查看"))
                    .click();

            assertThat(page.locator("[data-test=page-info]")).containsText("第 1 / ");
            assertThat(page.locator("tr[data-record]")).hasCount(50);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一页"))
                    .click();
            assertThat(page.locator("[data-test=page-info]")).containsText("第 2 / ");
            Browser.screenshot(page, "flags-page-2");

            page.getByLabel("答复情况").selectOption("UNANSWERED");
            page.locator("input[name=from]").fill(today.toString());
            page.locator("input[name=to]").fill(today.minusDays(1).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选"))
                    .click();
            assertThat(page.locator("[data-test=filter-errors]")).containsText("截止日期不得早于起始日期");

            page.locator("input[name=to]").fill(today.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选"))
                    .click();
            assertThat(page.locator("[data-test=page-info]")).containsText("第 1 / ");
            assertThat(page.locator("tr[data-record]").first()).containsText(today + " 首次发现");
            var first = page.locator("tr[data-record]").first();
            var record = first.getAttribute("data-record");
            first.getByLabel("答复").selectOption("ACKNOWLEDGED");
            first.getByLabel("理由或整改情况").fill("已督促承办人七日内立案");
            first.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("答复"))
                    .click();
            assertThat(page.locator("[data-test=notice]")).hasText("答复已记录。");
            page.navigate("/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&answer=ACKNOWLEDGED&unit=" + qufu);
            assertThat(page.locator("tr[data-record='" + record + "'] [data-test=answer]"))
                    .containsText("已督促承办人七日内立案");
            Browser.screenshot(page, "flags-answered");
        }
    }
}
