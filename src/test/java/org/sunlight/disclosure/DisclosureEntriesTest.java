package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/** Every decision is due for disclosure: penalties and licences within 7 working days, the rest within 20 (D10). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureEntriesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    WorkingDays workingDays;

    @Test
    void aPenaltyIsDueWithinSevenWorkingDaysAndThePartyIsToldFirst() throws Exception {
        var officer = staff("qufu-officer");
        var id = openCase(officer, "SIMPLE_PENALTY", "INDIVIDUAL", "11010519491231002X", 1);
        act(officer, id, "decide-on-the-spot", "{\"proposal\":{\"kind\":\"WARNING\",\"text\":\"警告\"}}");

        var due = db.sql("select due_on from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
        assertThat(due).isEqualTo(workingDays.addWorkingDays(today, 7).due());

        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var page = admin.get("/console/disclosures").body();
        assertThat(page).contains("理发店从业人员未取得健康合格证明").contains(due.toString()).contains("记录告知");
        var entry = db.sql("select id from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        var bad = admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/party-notified",
                form("on", today.plusDays(3).toString(), "how", "电话告知"));
        assertThat(bad.body()).contains("请填写不早于决定日期、不晚于今天的告知日期");
        var told = admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/party-notified", form("on", today.toString(), "how", "当场处罚决定书中载明"));
        assertThat(told.body()).contains("已记录告知当事人").contains("已告知（当场处罚决定书中载明）");
    }

    @Test
    void anInspectionOutcomeIsDueWithinTwentyWorkingDays() throws Exception {
        var officer = staff("qufu-officer");
        var id = openCase(officer, "INSPECTION", "ORGANISATION", "91350100M000100Y43", 2);
        act(officer, id, "start-inspection", "{\"reason\":\"执法记录仪故障\"}");
        act(officer, id, "no-problem", "{}");

        var entry = db.sql("select category, due_on from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .single();
        assertThat(entry[0]).isEqualTo("INSPECTION");
        assertThat(entry[1]).isEqualTo(workingDays.addWorkingDays(today, 20).due());
    }

    @Test
    void anotherCountyCannotRecordTheNotice() throws Exception {
        var officer = staff("qufu-officer");
        var id = openCase(officer, "SIMPLE_PENALTY", "INDIVIDUAL", "11010519491231002X", 1);
        act(officer, id, "decide-on-the-spot", "{\"proposal\":{\"kind\":\"WARNING\",\"text\":\"警告\"}}");
        var entry = db.sql("select id from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        var zoucheng = StaffClient.loggedIn(port, "zoucheng-admin");
        zoucheng.get("/console/disclosures");

        var response = zoucheng.postForm(
                "/console/disclosures/" + entry + "/party-notified", form("on", today.toString(), "how", "电话"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(zoucheng.get("/console/disclosures").body()).doesNotContain(entry.toString());
    }

    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    private UUID openCase(StaffClient officer, String procedure, String kind, String identity, int officers)
            throws Exception {
        var ids = officers == 1
                ? "\"" + officerOf("qufu-officer") + "\""
                : "\"" + officerOf("qufu-officer") + "\",\"" + officerOf("qufu-officer2") + "\"";
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"%s","title":"理发店从业人员未取得健康合格证明",
                 "parties":[{"kind":"%s","name":"王某","identity":"%s"}],"officerIds":[%s]}
                """
                        .formatted(procedure, kind, identity, ids));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(response.body()).get("id").asText());
    }

    private void act(StaffClient client, UUID id, String action, String body) {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
