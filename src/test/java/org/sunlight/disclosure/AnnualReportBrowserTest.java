package org.sunlight.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * The yearly statistics report in the browser on 20 January of next year, after the day it was due: the county's ADMIN
 * is told this year's report is overdue, opens it with its charts and publishes it; the city's ADMIN sees the units
 * still missing; the public reads the report on the portal.
 */
@Import(AnnualReportBrowserTest.AfterTheDueDay.class)
class AnnualReportBrowserTest extends BrowserTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The year reported: this one, as the acts the test records are stamped by the database's own clock. */
    static final int YEAR = LocalDate.now(SHANGHAI).getYear();

    static final String TITLE = "曲阜市卫生健康局" + YEAR + "年度行政执法统计年报";

    @TestConfiguration
    static class AfterTheDueDay {
        @Bean
        @Primary
        Clock twentiethOfJanuary() {
            return Clock.fixed(
                    LocalDateTime.of(YEAR + 1, 1, 20, 10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        }
    }

    @Autowired
    Clock clock;

    @Test
    void anOverdueReportIsFlaggedPublishedAndReadByThePublic() throws Exception {
        new DisclosureFixtures(port, db, clock)
                .decided(
                        "年报图表罚款" + UUID.randomUUID().toString().substring(0, 4),
                        "",
                        DisclosureFixtures.organisation("某美容店"),
                        300);
        try (var admins = browser.newContext(port);
                var cityAdmins = browser.newContext(port);
                var visitors = browser.newContext(port)) {
            var admin = admins.newPage();
            Browser.logIn(admin, "qufu-admin");
            admin.navigate(url("/console"));
            var overdue = "本单位" + YEAR + "年度行政执法统计年报逾期未发布";
            var notice = admin.locator("#notices li", new Page.LocatorOptions().setHasText(overdue));
            assertThat(notice).isVisible();
            notice.getByRole(AriaRole.LINK).click();

            var row = admin.locator("[data-test=report-units] tr", new Page.LocatorOptions().setHasText("曲阜市卫生健康局"));
            assertThat(row.locator("[data-test=status]")).hasText("逾期未发布");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("查看年报"))
                    .click();

            assertThat(admin.locator("h1")).hasText(TITLE);
            assertThat(admin.locator(".report-section h2"))
                    .containsText(new String[] {"新收案件（按执法类别）", "办理结果（按执法类别和结果）", "罚款", "行政许可"});
            // the fine decided on the spot is drawn in the chart of outcomes
            assertThat(admin.locator("[data-figure='行政处罚简易程序（当场处罚） · 罚款'] .bar"))
                    .isVisible();
            assertThat(admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载 PDF")))
                    .isVisible();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布年报"))
                    .click();
            assertThat(admin.getByRole(AriaRole.STATUS)).hasText("已发布第 1 版，公示网站已公开。");
            assertThat(admin.locator("p.hint [data-test=status]")).hasText("逾期发布（" + (YEAR + 1) + "-01-20）");
            admin.navigate(url("/console"));
            assertThat(admin.getByText(overdue)).hasCount(0);

            var cityAdmin = cityAdmins.newPage();
            Browser.logIn(cityAdmin, "city-admin");
            cityAdmin.navigate(url("/console"));
            assertThat(cityAdmin.getByText(Pattern.compile("所辖 \\d+ 个单位的" + YEAR + "年度行政执法统计年报逾期未发布")))
                    .isVisible();
            cityAdmin.navigate(url("/console/reports?year=" + YEAR));
            var zoucheng =
                    cityAdmin.locator("[data-test=report-units] tr", new Page.LocatorOptions().setHasText("邹城市卫生健康局"));
            assertThat(zoucheng.locator("[data-test=status]")).hasText("逾期未发布");
            assertThat(zoucheng.locator(".badge.bad")).isVisible();

            var visitor = visitors.newPage();
            visitor.navigate(url("/portal/annual-reports?year=" + YEAR));
            visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))
                    .click();
            assertThat(visitor.locator("h1")).hasText(TITLE);
            assertThat(visitor.getByText("第 1 版，" + (YEAR + 1) + "-01-20 发布")).isVisible();
            assertThat(visitor.locator("[data-figure='行政处罚简易程序（当场处罚） · 罚款'] .bar"))
                    .isVisible();
            Browser.screenshot(visitor, "annual-report");
            thePublishedReportShowsItsShareBarsAndTrends(visitor);
        }
    }

    /**
     * The published report as the public reads it (issue 18, point 13): 按期公示率 with what it counts and its definition;
     * bars drawn on the printed scale; the trends of the year, which is over, against the year before as charts with a
     * point per month and tables holding the numbers the report published.
     */
    private void thePublishedReportShowsItsShareBarsAndTrends(Page visitor) throws Exception {
        var qufu = db.sql("select id from organization.unit where division_code = '370881'")
                .query(UUID.class)
                .single();
        var report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.sunlight.StaffClient.anonymous(port)
                        .getJson("/api/public/annual-reports/" + qufu + "/" + YEAR)
                        .body())
                .get("report");

        var disclosures = report.get("disclosures");
        assertThat(visitor.locator("[data-test=on-time-basis]"))
                .hasText("期限已届满 " + grouped(disclosures.get("deadlinesPassed").asLong()) + " 件，按期公示 "
                        + grouped(disclosures.get("deadlinesMet").asLong()) + " 件");
        assertThat(visitor.locator("[data-section='按期公示率'] [data-test=note]")).containsText("期限尚未届满的决定不计入");

        // the fine's bar is as long as its count on the report's one scale, which a handful of cases does not fill
        var outcomes = visitor.locator("[data-section='办理结果（按执法类别和结果）']");
        var scaleText = outcomes.locator("[data-test=scale]").textContent();
        var scale = Long.parseLong(
                scaleText.replaceAll(".*整格代表 ([\\d,]+) 件.*", "$1").replace(",", ""));
        org.assertj.core.api.Assertions.assertThat(scale).isGreaterThanOrEqualTo(10);
        var fine = outcomes.locator("[data-figure='行政处罚简易程序（当场处罚） · 罚款']");
        var count = Long.parseLong(fine.locator("[data-test=value]")
                .textContent()
                .replace(" 件", "")
                .replace(",", ""));
        org.assertj.core.api.Assertions.assertThat(count).isLessThanOrEqualTo(scale);
        assertThat(fine.locator(".bar"))
                .hasAttribute(
                        "style", Pattern.compile("^width: " + Math.max(1, Math.round(count * 100.0 / scale)) + "%;.*"));

        // this year, which is over, against last year: a point for each month on each line, and the same numbers in
        // the table under the chart
        var months = report.get("trends").get("months");
        var monthsBefore = report.get("trends").get("monthsBefore");
        org.assertj.core.api.Assertions.assertThat(months.size()).isEqualTo(12);
        var decided = visitor.locator("[data-chart=trend-decided]");
        assertThat(decided.locator("svg[role=img]")).isVisible();
        assertThat(decided.locator("svg text", new Locator.LocatorOptions().setHasText(YEAR + "年")))
                .isVisible();
        assertThat(decided.locator("svg text", new Locator.LocatorOptions().setHasText("12月")))
                .isVisible();
        assertThat(decided.locator("g.series.current circle")).hasCount(12);
        assertThat(decided.locator("g.series.before circle")).hasCount(12);
        var rows = visitor.locator("[data-table=trend-decided] tbody tr");
        assertThat(rows).hasCount(12);
        long decidedInMonths = 0;
        for (int m = 0; m < 12; m++) {
            var cells = rows.nth(m).locator("td");
            assertThat(cells.nth(0))
                    .hasText(grouped(months.get(m).get("decided").asLong()));
            assertThat(cells.nth(1))
                    .hasText(grouped(monthsBefore.get(m).get("decided").asLong()));
            decidedInMonths += months.get(m).get("decided").asLong();
        }
        // the fine the test decided is among them
        org.assertj.core.api.Assertions.assertThat(decidedInMonths).isPositive();
        assertThat(visitor.locator("[data-chart=trend-published] svg[role=img]"))
                .isVisible();
        var onTime = visitor.locator("[data-chart=trend-on-time]");
        assertThat(onTime.locator("svg text", new Locator.LocatorOptions().setHasText("100%")))
                .isVisible();
        visitor.locator("[data-test=trends]")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(java.nio.file.Path.of("target", "screenshots", "annual-report-trends.png")));
    }

    private static String grouped(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
