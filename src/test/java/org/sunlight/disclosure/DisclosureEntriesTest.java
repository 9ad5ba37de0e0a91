package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/** Every decision is due for disclosure: penalties and licences within 7 working days, the rest within 20 (D10). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureEntriesTest {

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

    @Autowired
    WorkingDays workingDays;

    @Test
    void aPenaltyIsDueWithinSevenWorkingDaysAndThePartyIsToldFirst() throws Exception {
        var officer = steps().staff("qufu-officer");
        var id = warnedOnTheSpot(officer);

        var due = db.sql("select due_on from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
        assertThat(due).isEqualTo(workingDays.addWorkingDays(today, 7).due());

        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var entry = db.sql("select id from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        var page = admin.get("/console/disclosures?text="
                        + java.net.URLEncoder.encode("理发店从业人员未取得健康合格证明", java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(page).contains("理发店从业人员未取得健康合格证明").contains(due.toString()).contains("待告知当事人");
        assertThat(admin.get("/console/disclosures/" + entry).body()).contains("记录告知");
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
        var officer = steps().staff("qufu-officer");
        var id = steps().open(
                        officer,
                        "INSPECTION",
                        false,
                        steps().officerOf("qufu-officer"),
                        steps().officerOf("qufu-officer2"));
        steps().act(officer, id, "start-inspection", "{\"reason\":\"执法记录仪故障\"}");
        steps().act(officer, id, "no-problem", "{}");

        var entry = db.sql("select category, due_on from disclosure.disclosure_entry where case_id = ?")
                .param(id)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .single();
        assertThat(entry[0]).isEqualTo("INSPECTION");
        assertThat(entry[1]).isEqualTo(workingDays.addWorkingDays(today, 20).due());
    }

    @Test
    void anotherCountyCannotRecordTheNotice() throws Exception {
        var officer = steps().staff("qufu-officer");
        var id = warnedOnTheSpot(officer);
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

    private CaseSteps steps() {
        return new CaseSteps(port, db);
    }

    /** A warning given on the spot to 王某 by qufu-officer and a colleague. */
    private UUID warnedOnTheSpot(StaffClient officer) throws Exception {
        var id = steps().openOnTheSpot(
                        officer,
                        "qufu-officer",
                        "理发店从业人员未取得健康合格证明",
                        "",
                        CaseSteps.citizen("王某", "11010519491231002X", ""));
        steps().decideOnTheSpot(officer, "qufu-officer", id, "{\"kind\":\"WARNING\",\"text\":\"警告\"}", null);
        return id;
    }
}
