package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.DaysPassingTest;
import org.sunlight.StaffClient;

/**
 * The yearly report's 按期公示率 and its trends by month over real HTTP (issue 18, point 13), on decisions the test makes
 * and days it lets pass on the application's clock: a decision whose day of publication has not come is neither on time
 * nor late; once its day has passed it counts in the month the day fell in; the months add up to the year; the page
 * prints the share with what it counts and its definition, amounts with thousands separators, and the trends as charts
 * with their tables.
 */
class AnnualReportTrendsHttpTest extends DaysPassingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDecisionCountsInTheOnTimeShareOnlyOnceItsDayHasPassedAndTheMonthsCountWhatWasRecorded() throws Exception {
        var qufu = unit("370881");
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var decidedOn = today();
        // a fine decided today is to be published within 7 working days (D10)
        var due = workingDays.addWorkingDays(decidedOn, 7).due();
        var dueMonth = YearMonth.from(due);

        // the report of the year the day falls in as it will stand the day after it, before the test decides anything
        passUntil(due.plusDays(1));
        var afterTheDayBefore = report(admin, qufu, due.getYear());
        clock.reset();
        var before = report(admin, qufu, decidedOn.getYear());

        // two fines decided on the spot today: one published at once, one left unpublished
        var fixtures = new DisclosureFixtures(port, db, clock);
        var published = fixtures.decided("趋势按期公示" + suffix(), "", DisclosureFixtures.organisation("某诊所"), 120);
        fixtures.publish(published.entry());
        var unpublished = fixtures.decided("趋势逾期未公示" + suffix(), "", DisclosureFixtures.organisation("某药店"), 80);
        for (var entry : List.of(published.entry(), unpublished.entry())) {
            assertThat(dueOn(entry)).isEqualTo(due);
        }
        var after = report(admin, qufu, decidedOn.getYear());

        // each decision counts in the month its act was recorded in, the publication in the month it was made
        var decidedMonths =
                List.of(YearMonth.from(decidedOn(published.caseId())), YearMonth.from(decidedOn(unpublished.caseId())));
        long decidedDelta = decidedMonths.stream()
                .distinct()
                .mapToLong(m -> month(after, m).get("decided").asLong()
                        - month(before, m).get("decided").asLong())
                .sum();
        assertThat(decidedDelta).isEqualTo(2);
        var publishedMonth = YearMonth.from(publishedOn(published.entry()));
        assertThat(month(after, publishedMonth).get("published").asLong()
                        - month(before, publishedMonth).get("published").asLong())
                .isEqualTo(1);
        // the months of the year add up to the year's decisions
        long inMonths = 0;
        for (var month : after.get("trends").get("months")) {
            inMonths += month.get("decided").asLong();
        }
        assertThat(inMonths).isEqualTo(decided(after));
        assertThat(after.get("trends").get("months").size()).isEqualTo(decidedOn.getMonthValue());
        assertThat(after.get("trends").get("monthsBefore").size()).isEqualTo(12);

        // within their 7 working days neither is on time or late yet: 按期公示率 does not count them
        assertThat(delta(after, before, "deadlinesPassed")).isZero();
        assertThat(delta(after, before, "deadlinesMet")).isZero();
        assertThat(delta(after, before, "notYetDue")).isEqualTo(1);

        // the day after their day: the published one was on time, the other is overdue, both in the month of the day
        passUntil(due.plusDays(1));
        var afterTheDay = report(admin, qufu, due.getYear());
        assertThat(delta(afterTheDay, afterTheDayBefore, "deadlinesPassed")).isEqualTo(2);
        assertThat(delta(afterTheDay, afterTheDayBefore, "deadlinesMet")).isEqualTo(1);
        assertThat(month(afterTheDay, dueMonth).get("deadlinesPassed").asLong()
                        - month(afterTheDayBefore, dueMonth)
                                .get("deadlinesPassed")
                                .asLong())
                .isEqualTo(2);
        assertThat(month(afterTheDay, dueMonth).get("deadlinesMet").asLong()
                        - month(afterTheDayBefore, dueMonth).get("deadlinesMet").asLong())
                .isEqualTo(1);

        // the page prints the share with its parts and its definition, and the month's share in the trend's table
        var disclosures = afterTheDay.get("disclosures");
        long passed = disclosures.get("deadlinesPassed").asLong();
        long met = disclosures.get("deadlinesMet").asLong();
        var page = admin.get("/console/reports/" + qufu + "/" + due.getYear()).body();
        assertThat(page)
                .contains(
                        share(met, passed) + "%",
                        "期限已届满 " + grouped(passed) + " 件，按期公示 " + grouped(met) + " 件",
                        "按期公示率＝公示期限在本年度内且截至统计之日已届满的决定中，在期限内公示的件数所占比例",
                        "期限尚未届满的决定不计入");
        var monthFigures = month(afterTheDay, dueMonth);
        var monthPassed = monthFigures.get("deadlinesPassed").asLong();
        var monthMet = monthFigures.get("deadlinesMet").asLong();
        var onTimeTable = page.substring(page.indexOf("data-table=\"trend-on-time\""));
        onTimeTable = onTimeTable.substring(0, onTimeTable.indexOf("</table>"));
        assertThat(onTimeTable)
                .containsPattern("<th scope=\"row\">" + dueMonth.getMonthValue() + "月</th>\\s*<td class=\"num\">"
                        + java.util.regex.Pattern.quote(
                                share(monthMet, monthPassed) + "%（" + monthMet + "/" + monthPassed + "）")
                        + "</td>");

        // amounts with thousands separators and their unit, never as a bare number
        var fines = afterTheDay.get("cases").get("fines").get("total").decimalValue();
        assertThat(page).contains(String.format(Locale.ROOT, "%,.2f", fines) + " 元");
        assertThat(page).doesNotContainPattern("(?<![\\d,.])\\d{4,}\\.\\d{2}(?!\\d)");

        // the trends as charts drawn on the page, each with its table of numbers
        for (var chart : List.of("trend-decided", "trend-published", "trend-on-time")) {
            assertThat(page)
                    .contains("data-chart=\"" + chart + "\"")
                    .contains("aria-labelledby=\"" + chart + "-title " + chart + "-desc\"")
                    .contains("data-table=\"" + chart + "\"");
        }
        assertThat(page).contains("<polyline").contains(due.getYear() + "年").contains((due.getYear() - 1) + "年");

        // the workbook holds the months as numbers
        var xlsx = admin.download("/console/reports/" + qufu + "/" + due.getYear() + "/report.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("逐月对比");
            assertThat(sheet).isNotNull();
            for (var month : afterTheDay.get("trends").get("months")) {
                var row = sheet.getRow(month.get("month").asInt());
                assertThat(row.getCell(1).getNumericCellValue())
                        .isEqualTo(month.get("decided").asDouble());
                assertThat(row.getCell(3).getNumericCellValue())
                        .isEqualTo(month.get("published").asDouble());
            }
            var dueRow = sheet.getRow(dueMonth.getMonthValue());
            assertThat(BigDecimal.valueOf(dueRow.getCell(5).getNumericCellValue()))
                    .isEqualByComparingTo(share(monthMet, monthPassed));
        }
    }

    private JsonNode report(StaffClient client, UUID unit, int year) throws Exception {
        var response = client.getJson("/api/reports/" + unit + "/" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A month's figures in the report: of its year, or of the year before. */
    private static JsonNode month(JsonNode report, YearMonth month) {
        int year = report.get("year").asInt();
        var series = month.getYear() == year
                ? report.get("trends").get("months")
                : month.getYear() == year - 1 ? report.get("trends").get("monthsBefore") : null;
        assertThat(series).as("the report of " + year + " shows " + month).isNotNull();
        for (var each : series) {
            if (each.get("month").asInt() == month.getMonthValue()) {
                return each;
            }
        }
        throw new AssertionError("the report of " + year + " has no figures for " + month);
    }

    /** Decisions in the report's figures: every outcome that is a decision. */
    private static long decided(JsonNode report) {
        long decided = 0;
        for (var outcome : report.get("cases").get("outcomes")) {
            if (outcome.get("decision").asBoolean()) {
                decided += outcome.get("count").asLong();
            }
        }
        return decided;
    }

    private static long delta(JsonNode after, JsonNode before, String field) {
        return after.get("disclosures").get(field).asLong()
                - before.get("disclosures").get(field).asLong();
    }

    private static String share(long met, long passed) {
        return BigDecimal.valueOf(met * 100)
                .divide(BigDecimal.valueOf(passed), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    private LocalDate dueOn(UUID entry) {
        return db.sql("select due_on from disclosure.disclosure_entry where id = ?")
                .param(entry)
                .query(LocalDate.class)
                .single();
    }

    /** The day the decision's act was recorded, in the product's time zone. */
    private LocalDate decidedOn(UUID caseId) {
        return db.sql(
                        """
                        select (acted_at at time zone 'Asia/Shanghai')::date from cases.case_act
                        where case_id = ? and action = 'decide-on-the-spot'
                        """)
                .param(caseId)
                .query(LocalDate.class)
                .single();
    }

    private LocalDate publishedOn(UUID entry) {
        return db.sql(
                        """
                        select (published_at at time zone 'Asia/Shanghai')::date from disclosure.disclosure_entry
                        where id = ?
                        """)
                .param(entry)
                .query(LocalDate.class)
                .single();
    }

    private UUID unit(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
