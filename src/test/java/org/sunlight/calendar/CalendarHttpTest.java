package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/** The calendar over real HTTP: the public deadline API, and an administrator loading a notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarHttpTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void anyoneComputesADeadlineAcrossSpringFestival() throws Exception {
        var response =
                StaffClient.anonymous(port).getJson("/api/public/calendar/add-working-days?from=2025-01-27&days=7");

        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("from").asText()).isEqualTo("2025-01-27");
        assertThat(body.get("days").asInt()).isEqualTo(7);
        assertThat(body.get("due").asText()).isEqualTo("2025-02-12");
        assertThat(body.get("warnings")).isEmpty();
    }

    @Test
    void aDeadlineInAYearWithoutNoticeCarriesAWarningAndAdminsAreTold() throws Exception {
        var response =
                StaffClient.anonymous(port).getJson("/api/public/calendar/add-working-days?from=2028-12-20&days=10");

        var body = json.readTree(response.body());
        assertThat(body.get("warnings").toString()).contains("2029年的法定节假日安排尚未导入");

        var admin = StaffClient.loggedIn(port, "province-admin").get("/console").body();
        assertThat(admin).contains("有期限落入2029年");
        int nextYear = LocalDate.now(clock).getYear() + 1;
        assertThat(admin).contains(nextYear + "年的法定节假日安排尚未导入");

        var officer = StaffClient.loggedIn(port, "qufu-officer").get("/console").body();
        assertThat(officer).doesNotContain("法定节假日安排尚未导入");
    }

    @Test
    void aMalformedDateIsABadRequestNamingTheField() throws Exception {
        var response =
                StaffClient.anonymous(port).getJson("/api/public/calendar/add-working-days?from=2025-02-30&days=3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo("from");
        assertThat(problem.get("detail").asText()).contains("格式不正确");
    }

    @Test
    void aNegativeCountIsABadRequestNamingTheField() throws Exception {
        var response =
                StaffClient.anonymous(port).getJson("/api/public/calendar/add-working-days?from=2025-02-03&days=-2");

        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo("days");
    }

    @Test
    void aMissingParameterIsABadRequestNamingTheField() throws Exception {
        var response = StaffClient.anonymous(port).getJson("/api/public/calendar/add-working-days?from=2025-02-03");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("days");
    }

    @Test
    void anAdministratorLoadsNextYearsNoticeAndDeadlinesFollowIt() throws Exception {
        var before = dueAfterNewYearsEve2030();
        assertThat(before.get("due").asText()).isEqualTo("2031-01-01");
        assertThat(before.get("warnings")).isNotEmpty();

        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/admin/calendar");
        var response = uploadNotice(
                admin,
                """
                date,kind,name,source
                2031-01-01,HOLIDAY,元旦,国办发明电〔2030〕1号
                2031-01-25,WORKDAY,春节调休上班,国办发明电〔2030〕1号
                """);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/calendar").body()).contains("已导入 2031 年的节假日安排");
        var after = dueAfterNewYearsEve2030();
        assertThat(after.get("due").asText()).isEqualTo("2031-01-02");
        assertThat(after.get("warnings")).isEmpty();
    }

    @Test
    void aNoticeWithOneBadLineIsRejectedWholeAndTheLineIsNamed() throws Exception {
        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/admin/calendar");
        var response = uploadNotice(
                admin,
                """
                date,kind,name,source
                2032-01-01,HOLIDAY,元旦,通知
                2032-01-05,WORKDAY,调休,通知
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("第 3 行").contains("不是周六或周日").contains("整个文件均未生效");
        var day = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/public/calendar/working-day?date=2032-01-01")
                .body());
        assertThat(day.get("calendarLoaded").asBoolean()).isFalse();
        assertThat(day.get("workingDay").asBoolean()).isTrue();
    }

    @Test
    void onlyAdministratorsLoadNotices() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(officer.get("/admin/calendar").statusCode()).isEqualTo(403);
    }

    private JsonNode dueAfterNewYearsEve2030() throws Exception {
        return json.readTree(StaffClient.anonymous(port)
                .getJson("/api/public/calendar/add-working-days?from=2030-12-31&days=1")
                .body());
    }

    private static HttpResponse<String> uploadNotice(StaffClient client, String csv) {
        return client.upload(
                "/admin/calendar", "notice.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
