package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Staff see their own unit's records, and city and province staff their subordinate units' too — over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataScopeTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aCountyOfficerAskingForAnotherCountysOfficerGetsNotFound() throws Exception {
        var zouchengOfficer = anOfficerOf("370883");

        var response = StaffClient.loggedIn(port, "qufu-officer").getJson("/api/officers/" + zouchengOfficer);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(officerName(zouchengOfficer));
        assertThat(json.readTree(response.body()).get("detail").asText()).isEqualTo("未找到所请求的信息。");
    }

    @Test
    void aCountyOfficerSeesTheirOwnUnitsOfficer() throws Exception {
        var qufuOfficer = anOfficerOf("370881");

        var response = StaffClient.loggedIn(port, "qufu-officer").getJson("/api/officers/" + qufuOfficer);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("id").asText()).isEqualTo(qufuOfficer.toString());
    }

    @Test
    void aCityOfficerSeesBothCountiesButNotTheProvince() {
        var city = StaffClient.loggedIn(port, "city-officer");

        assertThat(city.getJson("/api/officers/" + anOfficerOf("370881")).statusCode())
                .isEqualTo(200);
        assertThat(city.getJson("/api/officers/" + anOfficerOf("370883")).statusCode())
                .isEqualTo(200);
        assertThat(city.getJson("/api/officers/" + anOfficerOf("370000")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theOfficerListHoldsOnlyTheUnitsInScope() throws Exception {
        var county = json.readTree(StaffClient.loggedIn(port, "zoucheng-officer")
                .getJson("/api/officers?size=200")
                .body());
        var province = json.readTree(StaffClient.loggedIn(port, "province-officer")
                .getJson("/api/officers?size=200")
                .body());

        var zouchengUnit = unitId("370883");
        assertThat(county.get("content")).isNotEmpty();
        county.get("content")
                .forEach(officer -> assertThat(officer.get("unitId").asText()).isEqualTo(zouchengUnit));
        assertThat(province.get("totalElements").asLong())
                .isEqualTo(db.sql("select count(*) from organization.officer")
                        .query(Long.class)
                        .single());
    }

    @Test
    void anUnknownOfficerIsNotFoundAndAMalformedIdIsABadRequest() throws Exception {
        var client = StaffClient.loggedIn(port, "province-officer");

        assertThat(client.getJson("/api/officers/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        var malformed = client.getJson("/api/officers/not-a-uuid");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("field").asText()).isEqualTo("id");
    }

    @Test
    void theApiAsksTheAnonymousToLogInWithAProblem() throws Exception {
        var response = StaffClient.anonymous(port).getJson("/api/officers");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("detail").asText()).isEqualTo("请先登录。");
    }

    @Test
    void theCertificateCheckSaysARevokedOfficerMayNotAct() throws Exception {
        var revoked = db.sql("select id from organization.officer where revoked limit 1")
                .query(UUID.class)
                .single();

        var response = StaffClient.loggedIn(port, "province-officer")
                .getJson("/api/officers/" + revoked + "/certificate-check?date=2026-06-01&category=PENALTY");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var check = json.readTree(response.body());

        assertThat(check.get("status").asText()).isEqualTo("REVOKED");
        assertThat(check.has("mayAct")).as(response.body()).isTrue();
        assertThat(check.get("mayAct").asBoolean()).isFalse();
        assertThat(check.get("reason").asText()).isEqualTo("执法证件已被注销，不得从事执法活动。");
    }

    private UUID anOfficerOf(String divisionCode) {
        return db.sql(
                        """
                        select o.id from organization.officer o join organization.unit u on u.id = o.unit_id
                        where u.division_code = ? order by o.certificate_no limit 1
                        """)
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    private String officerName(UUID id) {
        return db.sql("select name from organization.officer where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String unitId(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single()
                .toString();
    }
}
