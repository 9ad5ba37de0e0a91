package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** The personnel list, the body list and the certificate lookup, as the public uses them (D4, D5). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicRosterTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aValidCertificateIsLookedUpWithNameAndUnitAndNothingMore() throws Exception {
        var no = certificate("not revoked and annual_review_status = 'PASSED' and expires_on > current_date + 30");

        var found = lookup(no);

        assertThat(found.get("status").asText()).isEqualTo("VALID");
        assertThat(found.get("officerName").asText()).isNotBlank();
        assertThat(found.get("unitName").asText())
                .isEqualTo(
                        db.sql("select u.name from organization.officer o join organization.unit u on u.id = o.unit_id"
                                        + " where o.certificate_no = ?")
                                .param(no)
                                .query(String.class)
                                .single());
        assertThat(found.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("certificateNo", "officerName", "unitName", "expiresOn", "status");
    }

    @Test
    void aRevokedAndAnExpiredCertificateSaySo() throws Exception {
        assertThat(lookup(certificate("revoked")).get("status").asText()).isEqualTo("REVOKED");
        assertThat(lookup(certificate("not revoked and expires_on < current_date"))
                        .get("status")
                        .asText())
                .isEqualTo("EXPIRED");
        assertThat(lookup(certificate("not revoked and annual_review_status = 'PENDING'"))
                        .get("status")
                        .asText())
                .isEqualTo("UNDER_ANNUAL_REVIEW");
    }

    @Test
    void anUnknownCertificateIsNotFound() {
        var response = StaffClient.anonymous(port).getJson("/api/public/certificates/鲁00000000000");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theLookupPageAnswersInChinese() {
        var revoked = certificate("revoked");
        var page = StaffClient.anonymous(port)
                .get("/portal/certificates?no=" + URLEncoder.encode(revoked, StandardCharsets.UTF_8))
                .body();
        assertThat(page).contains("已注销").contains(revoked);

        var unknown = StaffClient.anonymous(port)
                .get("/portal/certificates?no=XYZ123")
                .body();
        assertThat(unknown).contains("未查到编号为“XYZ123”的执法证件");
    }

    @Test
    void thePersonnelListShowsCertifiedOfficersWithoutRevokedOnes() throws Exception {
        var list = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/public/officers?size=200")
                .body());

        long expected = db.sql("select count(*) from organization.officer where active and not revoked")
                .query(Long.class)
                .single();
        assertThat(list.get("totalElements").asLong()).isEqualTo(expected);
        var officer = list.get("content").get(0);
        assertThat(officer.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "name",
                        "unitId",
                        "unitName",
                        "position",
                        "certificateNo",
                        "categories",
                        "region",
                        "certificateStatus");
        assertThat(list.toString()).doesNotContain(certificate("revoked"));
    }

    @Test
    void thePersonnelListFiltersByCategory() throws Exception {
        var licensing = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/public/officers?category=LICENSING&size=200")
                .body());

        assertThat(licensing.get("totalElements").asLong()).isPositive();
        licensing.get("content").forEach(o -> assertThat(o.get("categories").toString())
                .contains("LICENSING"));
    }

    @Test
    void thePersonnelListDownloadsAsCsv() {
        var response = StaffClient.anonymous(port).get("/api/public/officers?format=csv&category=LICENSING");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var lines = response.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo(
                        "\uFEFF\"name\",\"unitName\",\"position\",\"certificateNo\",\"categories\",\"region\",\"certificateStatus\"");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines[1]).contains("LICENSING");
    }

    private JsonNode lookup(String no) throws Exception {
        var response = StaffClient.anonymous(port)
                .getJson("/api/public/certificates/" + URLEncoder.encode(no, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String certificate(String condition) {
        return db.sql("select certificate_no from organization.officer where active and " + condition
                        + " order by certificate_no limit 1")
                .query(String.class)
                .single();
    }
}
