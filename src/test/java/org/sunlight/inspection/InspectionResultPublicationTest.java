package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * 一公开: the result of a drawn subject's inspection, and what was done about it, goes through the disclosure pipeline
 * (an entry due 20 working days after the inspection, published only after the party was told, pushed to the
 * government platform) and reaches the portal; the yearly report counts the draw and the inspection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionResultPublicationTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDays workingDays;

    @Test
    void aDrawnInspectionsResultIsDisclosedWithinTwentyWorkingDaysAndReachesThePortal() throws Exception {
        var today = LocalDate.now(clock);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var unitId = db.sql("select id from organization.unit where division_code = '370881'")
                .query(UUID.class)
                .single();
        var before = figures(admin, unitId, today.getYear());

        var drawId = InspectionSteps.aFinishedDraw(admin, YEARS.getAndIncrement(), today, "3312.07");
        var drawn = db.sql(
                        """
                        select ic.subject_id, ic.case_id, s.name from inspection.inspection_case ic
                        join inspection.subject s on s.id = ic.subject_id
                        where ic.draw_id = ? order by ic.identifier limit 1
                        """)
                .param(drawId)
                .query((rs, row) ->
                        new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)})
                .single();
        var subjectId = (UUID) drawn[0];
        var caseId = (UUID) drawn[1];
        var name = (String) drawn[2];
        assertThat(entries(caseId)).as("no entry before a result is recorded").isZero();

        admin.get("/console/inspection/draws/" + drawId);
        var recorded = admin.postFormAndFollow(
                "/console/inspection/draws/" + drawId + "/subjects/" + subjectId + "/outcome",
                form("outcome", "RECTIFICATION", "note", "从业人员健康合格证明过期，责令十日内改正"));
        assertThat(recorded.body()).contains("检查结果已记录");

        var entry = db.sql("select id, category, due_on, decided_on from disclosure.disclosure_entry where case_id = ?")
                .param(caseId)
                .query((rs, row) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)
                })
                .single();
        var entryId = (UUID) entry[0];
        assertThat(entry[1]).isEqualTo("INSPECTION");
        assertThat(entry[3]).isEqualTo(today);
        assertThat(entry[2]).isEqualTo(workingDays.addWorkingDays(today, 20).due());

        var preview = admin.get("/console/disclosures/" + entryId).body();
        assertThat(preview).contains("发现问题，责令整改").contains("从业人员健康合格证明过期");

        admin.postFormAndFollow(
                "/console/disclosures/" + entryId + "/party-notified", form("on", today.toString(), "how", "现场告知"));
        admin.postFormAndFollow("/console/disclosures/" + entryId + "/publish", form());

        var resultId = db.sql("select id from disclosure.published_result where entry_id = ?")
                .param(entryId)
                .query(UUID.class)
                .single();
        var page =
                StaffClient.anonymous(port).get("/portal/results/" + resultId).body();
        assertThat(page)
                .contains(name)
                .contains("双随机抽查任务")
                .contains("发现问题，责令整改")
                .contains("从业人员健康合格证明过期，责令十日内改正");
        var pushed = db.sql("select count(*) from disclosure.push_message where entry_id = ? and kind = 'PUBLICATION'")
                .param(entryId)
                .query(Long.class)
                .single();
        assertThat(pushed).isEqualTo(1);

        var after = figures(admin, unitId, today.getYear());
        assertThat(after.get("draws").asLong() - before.get("draws").asLong()).isEqualTo(1);
        assertThat(after.get("inspected").asLong() - before.get("inspected").asLong())
                .isEqualTo(1);
        assertThat(after.get("problemsFound").asLong()
                        - before.get("problemsFound").asLong())
                .isEqualTo(1);
        var drawnNow = db.sql("select drawn from inspection.draw where id = ?")
                .param(drawId)
                .query(Long.class)
                .single();
        assertThat(after.get("drawn").asLong() - before.get("drawn").asLong()).isEqualTo(drawnNow);
    }

    private long entries(UUID caseId) {
        return db.sql("select count(*) from disclosure.disclosure_entry where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private com.fasterxml.jackson.databind.JsonNode figures(StaffClient admin, UUID unitId, int year) throws Exception {
        var response = admin.getJson("/api/reports/" + unitId + "/" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var node = json.readTree(response.body()).get("randomInspections");
        assertThat(node).as(response.body()).isNotNull();
        return node;
    }
}
