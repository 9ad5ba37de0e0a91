package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.evidence.EvidenceFixtures.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.organization.Organization;

/**
 * R4: a unit's leader registers recording devices, issues one to an officer and takes it back; each unit's devices
 * are counted against its acting officers and the standard the administrator sets; another county sees none of it;
 * an upload names the device it came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevicesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Organization organization;

    EvidenceFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EvidenceFixtures(port, db);
    }

    @Test
    void aLeaderRegistersIssuesAndTakesBackADeviceCountedAgainstTheStandard() throws Exception {
        var leader = fixtures.staff("qufu-leader");
        var qufu = unitOf("qufu-leader");
        var before = ratio(leader, qufu);
        var serial = "QF-" + UUID.randomUUID().toString().substring(0, 8);

        var created = leader.postJson(
                "/api/devices",
                "{\"unitId\":\"%s\",\"kind\":\"BODY_CAMERA\",\"serialNo\":\"%s\",\"model\":\"DSJ-V9\"}"
                        .formatted(qufu, serial));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var device = JSON.readTree(created.body());
        assertThat(device.get("status").asText()).isEqualTo("AVAILABLE");
        var id = device.get("id").asText();

        var duplicate = leader.postJson(
                "/api/devices", "{\"unitId\":\"%s\",\"kind\":\"CAMERA\",\"serialNo\":\"%s\"}".formatted(qufu, serial));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(duplicate.body()).get("field").asText()).isEqualTo("serialNo");
        var blank = leader.postJson(
                "/api/devices", "{\"unitId\":\"%s\",\"kind\":\"CAMERA\",\"serialNo\":\" \"}".formatted(qufu));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(blank.body()).get("detail").asText()).contains("序列号");

        var officerId = fixtures.officerOf("qufu-officer");
        var issued = leader.postJson("/api/devices/" + id + "/issue", "{\"officerId\":\"" + officerId + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(JSON.readTree(issued.body()).get("officerId").asText()).isEqualTo(officerId.toString());
        var twice = leader.postJson("/api/devices/" + id + "/issue", "{\"officerId\":\"" + officerId + "\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        var otherCountyOfficer = fixtures.officerOf("zoucheng-officer");
        leader.postJson("/api/devices/" + id + "/return", "{}");
        var wrongUnit =
                leader.postJson("/api/devices/" + id + "/issue", "{\"officerId\":\"" + otherCountyOfficer + "\"}");
        assertThat(wrongUnit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongUnit.body()).get("field").asText()).isEqualTo("officerId");

        var after = ratio(leader, qufu);
        assertThat(after.get("devices").asLong())
                .isEqualTo(before.get("devices").asLong() + 1);
        assertThat(after.get("officers").asLong())
                .isEqualTo(organization.actingOfficers(qufu).size())
                .isPositive();

        var admin = fixtures.staff("province-admin");
        var notAdmin = leader.send(
                java.net.http.HttpRequest.newBuilder(leader.uri("/api/devices/standard"))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", leader.csrfToken())
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"devicesPerOfficer\":1}")),
                false);
        // the route policy refuses the standard to anyone but an administrator (issue 14), before the module is reached
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        var countyAdmin = setStandard(fixtures.staff("qufu-admin"), "5");
        assertThat(countyAdmin.statusCode())
                .as("the standard is the province's")
                .isEqualTo(403);
        assertThat(countyAdmin.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var badStandard = setStandard(admin, "-1");
        assertThat(badStandard.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badStandard.body()).get("field").asText()).isEqualTo("devicesPerOfficer");
        assertThat(setStandard(admin, "1").statusCode()).isEqualTo(200);
        var measured = ratio(leader, qufu);
        assertThat(measured.get("standard").decimalValue()).isEqualByComparingTo("1");
        assertThat(measured.get("shortfall").asLong())
                .isEqualTo(Math.max(
                        0,
                        measured.get("officers").asLong()
                                - measured.get("devices").asLong()));

        var page = admin.get("/console/devices");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("各单位设备配备情况", "曲阜市卫生健康局", "缺 ");

        var otherCounty = fixtures.staff("zoucheng-leader");
        assertThat(otherCounty.getJson("/api/devices/" + id).statusCode()).isEqualTo(404);
        assertThat(otherCounty.getJson("/api/devices").body()).doesNotContain(serial);
        assertThat(fixtures.staff("qufu-officer")
                        .postJson(
                                "/api/devices",
                                "{\"unitId\":\"%s\",\"kind\":\"CAMERA\",\"serialNo\":\"X1\"}".formatted(qufu))
                        .statusCode())
                .as("an officer registers no devices: the route policy refuses")
                .isEqualTo(403);
    }

    @Test
    void theConsoleFormShowsFieldErrorsAndAnUploadNamesItsDevice() throws Exception {
        var leader = fixtures.staff("qufu-leader");
        leader.get("/console/devices");
        var blank = leader.postForm(
                "/console/devices",
                StaffClient.form("unitId", unitOf("qufu-leader").toString(), "kind", "", "serialNo", ""));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("提交的内容有误", "请选择设备类型");

        var serial = "QF-" + UUID.randomUUID().toString().substring(0, 8);
        var saved = leader.postFormAndFollow(
                "/console/devices",
                StaffClient.form(
                        "unitId",
                        unitOf("qufu-leader").toString(),
                        "kind",
                        "BODY_CAMERA",
                        "serialNo",
                        serial,
                        "model",
                        "DSJ-V9"));
        assertThat(saved.body()).contains("已保存", serial, "执法记录仪", "在库");
        var deviceId = db.sql("select id from evidence.device where serial_no = ?")
                .param(serial)
                .query(UUID.class)
                .single();

        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, leader);
        var response = officer.postJson(
                "/api/cases/" + caseId + "/evidence/uploads",
                "{\"fileName\":\"记录仪.mp4\",\"size\":100,\"deviceId\":\"" + deviceId + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        fixtures.patch(officer, StaffClient.location(response), 0, EvidenceFixtures.video(100));
        var files = JSON.readTree(
                officer.getJson("/api/cases/" + caseId + "/evidence").body());
        assertThat(files.get(0).get("deviceId").asText()).isEqualTo(deviceId.toString());
        assertThat(files.get(0).get("deviceLabel").asText()).contains(serial);
    }

    private java.net.http.HttpResponse<String> setStandard(StaffClient admin, String value) {
        return admin.send(
                java.net.http.HttpRequest.newBuilder(admin.uri("/api/devices/standard"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", admin.csrfToken())
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"devicesPerOfficer\":" + value + "}")),
                false);
    }

    private JsonNode ratio(StaffClient client, UUID unitId) throws Exception {
        for (var ratio : JSON.readTree(client.getJson("/api/devices/ratios").body())) {
            if (ratio.get("unitId").asText().equals(unitId.toString())) {
                return ratio;
            }
        }
        throw new AssertionError("no ratio for " + unitId);
    }

    private UUID unitOf(String username) {
        return db.sql("select unit_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
