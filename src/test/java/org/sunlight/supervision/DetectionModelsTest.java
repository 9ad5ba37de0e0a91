package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.cases.CaseActed;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseOpened;
import org.sunlight.cases.ProcedureKind;

/** Problem detection (R9): each model fires on what breaks its rule and stays quiet on what keeps it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DetectionModelsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Autowired
    DetectionModels models;

    @Autowired
    CaseRecords records;

    ComplaintSteps complaints;
    UUID qufu;
    LocalDate today;

    @BeforeEach
    void setUp() {
        complaints = new ComplaintSteps(port, db);
        qufu = complaints.unit(ComplaintSteps.QUFU);
        today = LocalDate.now(clock);
    }

    // 行政处罚法 第六十条
    @Test
    void aPenaltyCaseFiledMoreThanNinetyDaysAgoAndUndecidedIsFlagged() {
        var late = filedDaysAgo(95);
        assertThat(flagged("PENALTY_PAST_90_DAYS")).contains(late.toString());
    }

    @Test
    void aPenaltyCaseWithinNinetyDaysDecidedOrExtendedIsNotFlagged() {
        var recent = filedDaysAgo(80);
        var decided = filedDaysAgo(120);
        act(decided, CaseAction.DECIDE, 100);
        var extended = filedDaysAgo(120);
        act(extended, CaseAction.EXTEND_LIMIT, 30);
        assertThat(flagged("PENALTY_PAST_90_DAYS"))
                .doesNotContain(recent.toString(), decided.toString(), extended.toString());
    }

    @Test
    void theCasesModulesEventsKeepTheRecordTheModelsRead() throws Exception {
        var caseId = complaints.aReviewedPenaltyCase();
        var row = db.sql("select filed_at is not null, decided_at is null, procedure from supervision.case_record"
                        + " where case_id = ?")
                .param(caseId)
                .query((rs, n) -> rs.getBoolean(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3))
                .single();
        assertThat(row).isEqualTo("true|true|GENERAL_PENALTY");
    }

    @Test
    void threeComplaintsAboutOneOfficerWithinAYearAreFlaggedTwoAreNot() {
        var officer = "证号 3708810" + System.nanoTime() % 100000;
        var citizen = StaffClient.anonymous(port);
        for (int i = 0; i < 2; i++) {
            var fields = complaints.anonymousAbout("第 " + i + " 次投诉同一人");
            fields.put("officer", officer);
            ComplaintSteps.filed(complaints.post(citizen, fields, null, null));
        }
        assertThat(flagged("COMPLAINTS_ABOUT_THE_SAME_OFFICER")).doesNotContain(officer);
        var third = complaints.anonymousAbout("第三次投诉同一人");
        third.put("officer", officer);
        ComplaintSteps.filed(complaints.post(citizen, third, null, null));
        assertThat(flagged("COMPLAINTS_ABOUT_THE_SAME_OFFICER")).contains(officer);
    }

    // 实施方案 三(三)3
    @Test
    void aComplaintNotAcknowledgedInFiveWorkingDaysIsFlaggedUntilItIsAcknowledged() {
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console/supervision/complaints/new");
        supervisor.postFormAndFollow(
                "/console/supervision/complaints",
                form(
                        "unitId", qufu.toString(),
                        "channel", "LETTER",
                        "receivedOn", today.minusDays(15).toString(),
                        "anonymous", "true",
                        "facts", "来信反映：执法人员未出示证件。"));
        var late = db.sql("select id from supervision.complaint where facts = ? order by received_at desc limit 1")
                .param("来信反映：执法人员未出示证件。")
                .query(UUID.class)
                .single();
        var fresh = complaints.idOf(
                complaints.fileAnonymously(StaffClient.anonymous(port), "今天的投诉").number());
        assertThat(flagged("COMPLAINT_ACKNOWLEDGEMENT_OVERDUE"))
                .contains(late.toString())
                .doesNotContain(fresh.toString());
        complaints.act(supervisor, late, "accept", form("note", "已受理。"));
        assertThat(flagged("COMPLAINT_ACKNOWLEDGEMENT_OVERDUE")).doesNotContain(late.toString());
    }

    @Test
    void supervisorsSeeEachModelWithItsBasis() {
        var page = StaffClient.loggedIn(port, "qufu-supervisor").get("/console/supervision/flags");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("立案超过 90 日未作出处罚决定", "行政处罚法 第六十条");
        assertThat(StaffClient.loggedIn(port, "qufu-officer")
                        .get("/console/supervision/flags")
                        .statusCode())
                .isEqualTo(403);
    }

    private List<String> flagged(String code) {
        return models.run(Set.of(qufu), today).stream()
                .filter(result -> result.model().code().equals(code))
                .flatMap(result -> result.flags().stream())
                .map(Flag::recordId)
                .toList();
    }

    /** A penalty case of the county, as the cases module's events tell it, filed the given days ago. */
    private UUID filedDaysAgo(int days) {
        var id = UUID.randomUUID();
        var filed = clock.instant().minus(Duration.ofDays(days));
        records.on(new CaseOpened(id, qufu, ProcedureKind.GENERAL_PENALTY, "registered", "qufu-officer", filed));
        act(id, CaseAction.FILE, days);
        return id;
    }

    private void act(UUID id, CaseAction action, int daysAgo) {
        records.on(new CaseActed(
                id,
                qufu,
                ProcedureKind.GENERAL_PENALTY,
                action,
                "from",
                "to",
                List.of(),
                "qufu-leader",
                clock.instant().minus(Duration.ofDays(daysAgo)),
                null,
                null));
    }
}
