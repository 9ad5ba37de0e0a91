package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 1: the API and the forms take their lengths from the schema. Nothing here knows a length: each test
 * asks the database for its column's declared length, then sends a value of exactly that length (accepted and kept
 * whole) and one character more (a field error naming the field and the limit, never a 500), on routes of different
 * modules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColumnLengthsHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    /** The length the database itself declares for the column, asked directly of the catalogue. */
    private int declared(String schema, String table, String column) {
        return db.sql(
                        """
                        select character_maximum_length from information_schema.columns
                         where table_schema = ? and table_name = ? and column_name = ?
                        """)
                .params(schema, table, column)
                .query(Integer.class)
                .single();
    }

    private UUID unit(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    @Test
    void aCasePartysAddressOneOverItsColumnIsAFieldErrorAndAtItIsKept() throws Exception {
        var max = declared("cases", "case_party", "address");
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var body =
                """
                {"procedure":"GENERAL_PENALTY","title":"地址长度",
                 "parties":[{"kind":"ORGANISATION","name":"某诊所","identity":"91350100M000100Y43","address":"%s"}]}
                """;

        var over = officer.postJson("/api/cases", body.formatted("曲".repeat(max + 1)));
        assertThat(over.statusCode()).as(over.body()).isEqualTo(400);
        assertThat(over.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = JSON.readTree(over.body());
        assertThat(problem.get("field").asText()).isEqualTo("parties[0].address");
        assertThat(problem.get("detail").asText()).contains(String.valueOf(max));

        var at = officer.postJson("/api/cases", body.formatted("曲".repeat(max)));
        assertThat(at.statusCode()).as(at.body()).isEqualTo(201);
        var id = UUID.fromString(JSON.readTree(at.body()).get("id").asText());
        assertThat(db.sql("select address from cases.case_party where case_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("曲".repeat(max));
    }

    @Test
    void aDevicesSerialOneOverItsColumnIsAFieldErrorAndAtItIsRegistered() throws Exception {
        var max = declared("evidence", "device", "serial_no");
        var leader = StaffClient.loggedIn(port, "qufu-leader");
        leader.get("/console");
        var prefix = "LEN-" + UUID.randomUUID() + "-";
        var body = "{\"unitId\":\"%s\",\"kind\":\"CAMERA\",\"serialNo\":\"%s\"}";

        var over = leader.postJson(
                "/api/devices", body.formatted(unit("370881"), prefix + "9".repeat(max + 1 - prefix.length())));
        assertThat(over.statusCode()).as(over.body()).isEqualTo(400);
        var problem = JSON.readTree(over.body());
        assertThat(problem.get("field").asText()).isEqualTo("serialNo");
        assertThat(problem.get("detail").asText()).contains(String.valueOf(max));

        var serial = prefix + "9".repeat(max - prefix.length());
        var at = leader.postJson("/api/devices", body.formatted(unit("370881"), serial));
        assertThat(at.statusCode()).as(at.body()).isEqualTo(201);
        assertThat(JSON.readTree(at.body()).get("serialNo").asText()).isEqualTo(serial);
    }

    @Test
    void aUnitsNameOneOverItsColumnIsAFieldErrorOnTheFormAndAtItIsSaved() {
        var max = declared("organization", "unit", "name");
        var admin = StaffClient.loggedIn(port, "city-admin");
        // the form tells the browser the same limit
        assertThat(admin.get("/admin/units/new").body())
                .containsPattern("<input(?=[^>]*name=\"name\")[^>]*maxlength=\"" + max + "\"");
        var code = freeDivisionCode();
        var name = ("长度" + code + "卫生健康局").repeat(max);

        var over = admin.postForm(
                "/admin/units",
                form(
                        "name",
                        name.substring(0, max + 1),
                        "divisionCode",
                        code,
                        "parentId",
                        unit("370800").toString()));
        assertThat(over.statusCode()).isEqualTo(200);
        assertThat(over.body()).contains("不能超过 " + max + " 个字");
        assertThat(over.body()).containsPattern("<input(?=[^>]*name=\"name\")[^>]*class=\"[^\"]*\\binvalid\\b");
        assertThat(db.sql("select count(*) from organization.unit where division_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();

        var at = admin.postForm(
                "/admin/units",
                form(
                        "name",
                        name.substring(0, max),
                        "divisionCode",
                        code,
                        "parentId",
                        unit("370800").toString()));
        assertThat(at.statusCode()).isEqualTo(302);
        assertThat(db.sql("select name from organization.unit where division_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo(name.substring(0, max));
    }

    private String freeDivisionCode() {
        while (true) {
            var code = String.valueOf(ThreadLocalRandom.current().nextInt(500000, 999999));
            var taken = db.sql("select count(*) from organization.unit where division_code = ?")
                    .param(code)
                    .query(Long.class)
                    .single();
            if (taken == 0) {
                return code;
            }
        }
    }
}
