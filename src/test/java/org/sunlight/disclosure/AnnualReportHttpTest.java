package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * The yearly statistics report (D13) over real HTTP: every figure counted from what was recorded, a city's report adding
 * up its units, publication by the unit's ADMIN once the year is over, and the portal's page, PDF, workbook and JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualReportHttpTest {

    private final ObjectMapper json = new ObjectMapper();
    private LocalDate today;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @BeforeEach
    void todayFromTheApplicationsClock() {
        today = LocalDate.now(clock);
    }

    @Test
    void theFiguresAreCountedFromWhatWasRecordedAndTheCityAddsUpItsUnits() throws Exception {
        var qufu = unit("370881");
        var city = unit("370800");
        var year = today.getYear();
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var cityAdmin = StaffClient.loggedIn(port, "city-admin");
        var before = report(admin, qufu, year);
        var cityBefore = report(cityAdmin, city, year);

        // a fine of 200 decided on the spot, published, paid, and changed by reconsideration
        var fixtures = new DisclosureFixtures(port, db, clock);
        var fined = fixtures.decided("年报测试罚款" + suffix(), "", DisclosureFixtures.organisation("某诊所"), 200);
        fixtures.publish(fined.entry());
        act("qufu-officer", fined.caseId(), "record-payment", "{}");
        admin.get("/console/disclosures");
        admin.postFormAndFollow(
                "/console/disclosures/" + fined.entry() + "/annotations",
                form("proceeding", "RECONSIDERATION", "changed", "true", "on", today.toString(), "text", "罚款变更为一百元"));
        // a licence granted, one refused, and an application not accepted
        var granted = licensing("年报测试准予许可");
        act("qufu-officer", granted, "accept", "{}");
        act("qufu-officer", granted, "propose", "{\"proposal\":{\"kind\":\"LICENCE_GRANT\",\"text\":\"准予许可\"}}");
        act("qufu-leader", granted, "grant-licence", "{}");
        var refused = licensing("年报测试不予许可");
        act("qufu-officer", refused, "accept", "{}");
        // a refusal of a licence is on the review scope list (L2): it is reviewed before it is made
        act("qufu-officer", refused, "propose", "{\"proposal\":{\"kind\":\"LICENCE_REFUSAL\",\"text\":\"不予许可\"}}");
        act("qufu-officer", refused, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(StaffClient.loggedIn(port, "qufu-reviewer"), refused);
        act("qufu-leader", refused, "refuse-licence", "{\"reason\":\"现场核查不符合卫生要求\"}");
        var notAccepted = licensing("年报测试不予受理");
        act("qufu-officer", notAccepted, "refuse-application", "{\"reason\":\"不属于本机关职权范围\"}");

        var after = report(admin, qufu, year);
        assertThat(opened(after, "SIMPLE_PENALTY") - opened(before, "SIMPLE_PENALTY"))
                .isEqualTo(1);
        assertThat(opened(after, "LICENSING") - opened(before, "LICENSING")).isEqualTo(3);
        assertThat(outcome(after, "SIMPLE_PENALTY", "decide-on-the-spot:FINE")
                        - outcome(before, "SIMPLE_PENALTY", "decide-on-the-spot:FINE"))
                .isEqualTo(1);
        for (var action : new String[] {"grant-licence", "refuse-licence", "refuse-application"}) {
            assertThat(outcome(after, "LICENSING", action) - outcome(before, "LICENSING", action))
                    .as(action)
                    .isEqualTo(1);
        }
        assertThat(amount(after, "fines").subtract(amount(before, "fines"))).isEqualByComparingTo("200");
        assertThat(count(after, "fines") - count(before, "fines")).isEqualTo(1);
        assertThat(amount(after, "finesPaid").subtract(amount(before, "finesPaid")))
                .isEqualByComparingTo("200");
        var disclosed = after.get("disclosures");
        var disclosedBefore = before.get("disclosures");
        // the fine and both licensing decisions are to be disclosed; only the fine is published yet
        assertThat(delta(disclosed, disclosedBefore, "due")).isEqualTo(3);
        assertThat(delta(disclosed, disclosedBefore, "onTime")).isEqualTo(1);
        assertThat(delta(disclosed, disclosedBefore, "notYetDue")).isEqualTo(2);
        assertThat(delta(disclosed, disclosedBefore, "reconsiderations")).isEqualTo(1);
        assertThat(delta(disclosed, disclosedBefore, "reconsiderationsChanged")).isEqualTo(1);

        // the city's report carries the county's changes, and its lines add up to its figures
        var cityAfter = report(cityAdmin, city, year);
        assertThat(amount(cityAfter, "fines").subtract(amount(cityBefore, "fines")))
                .isEqualByComparingTo("200");
        assertThat(opened(cityAfter, "LICENSING") - opened(cityBefore, "LICENSING"))
                .isEqualTo(3);
        var lines = cityAfter.get("units");
        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        long openedInLines = 0;
        var finesInLines = BigDecimal.ZERO;
        long dueInLines = 0;
        for (var line : lines) {
            openedInLines += line.get("opened").asLong();
            finesInLines = finesInLines.add(line.get("fines").decimalValue());
            dueInLines += line.get("disclosuresDue").asLong();
        }
        long openedInCity = 0;
        for (var count : cityAfter.get("cases").get("opened")) {
            openedInCity += count.get("count").asLong();
        }
        assertThat(openedInLines).isEqualTo(openedInCity);
        assertThat(finesInLines).isEqualByComparingTo(amount(cityAfter, "fines"));
        assertThat(dueInLines).isEqualTo(cityAfter.get("disclosures").get("due").asLong());
        var qufuLine = java.util.stream.StreamSupport.stream(lines.spliterator(), false)
                .filter(line -> line.get("unitId").asText().equals(qufu.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(qufuLine.get("fines").decimalValue()).isEqualByComparingTo(amount(after, "fines"));

        // a county officer sees no other county's report
        var other = unit("370883");
        assertThat(StaffClient.loggedIn(port, "qufu-admin")
                        .getJson("/api/reports/" + other + "/" + year)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theUnitsAdminPublishesLastYearsReportAndThePublicReadsItAsPageWorkbookPdfAndJson() throws Exception {
        var qufu = unit("370881");
        var year = today.getYear() - 1;
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var page = "/console/reports/" + qufu + "/" + year;
        assertThat(admin.get("/console/reports?year=" + year).body()).contains("逾期未发布");

        // only the unit's own ADMIN publishes, and only a year that is over
        var cityAdmin = StaffClient.loggedIn(port, "city-admin");
        cityAdmin.get(page);
        assertThat(cityAdmin.postFormAndFollow(page + "/publish", form()).body())
                .contains("只能由本单位的管理员发布本单位的统计年报");
        admin.get("/console/reports/" + qufu + "/" + today.getYear());
        assertThat(admin.postFormAndFollow("/console/reports/" + qufu + "/" + today.getYear() + "/publish", form())
                        .body())
                .contains(today.getYear() + "年度尚未结束");
        assertThat(publishedVersions(qufu)).isZero();

        admin.get(page);
        var published = admin.postFormAndFollow(page + "/publish", form()).body();
        assertThat(published).contains("已发布第 1 版");
        assertThat(publishedVersions(qufu)).isEqualTo(1);

        // publishing again needs a reason; without one nothing is written
        assertThat(admin.postFormAndFollow(page + "/publish", form()).body()).contains("重新发布须填写原因");
        assertThat(publishedVersions(qufu)).isEqualTo(1);
        assertThat(admin.postFormAndFollow(page + "/publish", form("reason", "补录一起行政复议结果"))
                        .body())
                .contains("已发布第 2 版");

        var visitor = StaffClient.anonymous(port);
        var title = "曲阜市卫生健康局" + year + "年度行政执法统计年报";
        assertThat(visitor.get("/portal/annual-reports").body()).contains(title);
        assertThat(visitor.get("/").body()).contains("/portal/annual-reports");
        var report = visitor.get("/portal/annual-reports/" + qufu + "/" + year).body();
        assertThat(report).contains(title, "第 2 版", "更新原因：补录一起行政复议结果", "办理结果（按执法类别和结果）", "按期公示的比例", "收到投诉举报");
        assertThat(visitor.get("/portal/annual-reports/" + qufu + "/" + year + "?version=1")
                        .body())
                .contains("您查看的是历史版本");

        var pdf = visitor.download("/portal/annual-reports/" + qufu + "/" + year + "/report.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            // the title may wrap on paper
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains(title, "第2版", "决定罚款金额0.00元", "按期公示");
        }

        var xlsx = visitor.download("/portal/annual-reports/" + qufu + "/" + year + "/report.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            var text = new StringBuilder();
            var formatter = new DataFormatter();
            sheet.forEach(row -> row.forEach(
                    cell -> text.append(formatter.formatCellValue(cell)).append('|')));
            assertThat(text).contains(title, "决定罚款金额|", "按期公示|", "收到投诉举报|");
        }

        var api = json.readTree(visitor.getJson("/api/public/annual-reports/" + qufu + "/" + year)
                .body());
        assertThat(api.get("version").asInt()).isEqualTo(2);
        assertThat(api.get("report").get("year").asInt()).isEqualTo(year);
        assertThat(api.get("report").get("cases").has("fines")).isTrue();

        assertThat(visitor.get("/portal/annual-reports/" + qufu + "/1999").statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/console/reports?year=" + year).body()).contains("逾期发布");
    }

    private long publishedVersions(UUID unit) {
        return db.sql("select count(*) from disclosure.annual_report where unit_id = ? and year = ?")
                .params(unit, today.getYear() - 1)
                .query(Long.class)
                .single();
    }

    private JsonNode report(StaffClient client, UUID unit, int year) throws Exception {
        var response = client.getJson("/api/reports/" + unit + "/" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static long opened(JsonNode report, String procedure) {
        for (var count : report.get("cases").get("opened")) {
            if (count.get("procedure").asText().equals(procedure)) {
                return count.get("count").asLong();
            }
        }
        return 0;
    }

    private static long outcome(JsonNode report, String procedure, String outcome) {
        for (var o : report.get("cases").get("outcomes")) {
            if (o.get("procedure").asText().equals(procedure)
                    && o.get("outcome").asText().equals(outcome)) {
                return o.get("count").asLong();
            }
        }
        return 0;
    }

    private static BigDecimal amount(JsonNode report, String field) {
        return report.get("cases").get(field).get("total").decimalValue();
    }

    private static long count(JsonNode report, String field) {
        return report.get("cases").get(field).get("count").asLong();
    }

    private static long delta(JsonNode after, JsonNode before, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }

    private UUID licensing(String title) throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"LICENSING","title":"%s","summary":"","parties":[%s],"officerIds":["%s","%s"]}
                """
                        .formatted(
                                title + suffix(),
                                DisclosureFixtures.organisation("某游泳馆"),
                                officerId("qufu-officer"),
                                officerId("qufu-officer2")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(response.body()).get("id").asText());
    }

    private void act(String username, UUID caseId, String action, String body) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        var response = client.postJson("/api/cases/" + caseId + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private UUID officerId(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
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
