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
import org.sunlight.cases.CaseDecided;
import org.sunlight.cases.CaseOpened;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.cases.ProposalKind;
import org.sunlight.disclosure.ResultPublished;

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

    @Autowired
    StoredFlags storedFlags;

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

    // 卫生行政处罚程序 第十八条
    @Test
    void aClueNeitherFiledNorDeclinedWithinSevenDaysIsFlagged() {
        var unit = UUID.randomUUID();
        var late = opened(unit, 9);
        var fresh = opened(unit, 3);
        var filed = opened(unit, 20);
        act(unit, filed, CaseAction.FILE, 18);
        var declined = opened(unit, 20);
        act(unit, declined, CaseAction.DECLINE, 19);
        assertThat(flagged(unit, "CLUE_NOT_FILED_IN_TIME"))
                .containsExactly(late.toString())
                .doesNotContain(fresh.toString(), filed.toString(), declined.toString());
    }

    // 行政处罚法 第六十三条
    @Test
    void threeFinesJustBelowTheHearingThresholdWithinAYearMakeACluster() {
        var unit = UUID.randomUUID();
        var first = fined(unit, "9500", "10000", 30);
        var second = fined(unit, "9900", "10000", 60);
        assertThat(flagged(unit, "FINES_JUST_BELOW_THE_HEARING_THRESHOLD")).isEmpty();
        var third = fined(unit, "9000", "10000", 90);
        assertThat(flagged(unit, "FINES_JUST_BELOW_THE_HEARING_THRESHOLD"))
                .containsExactlyInAnyOrder(first.toString(), second.toString(), third.toString());
    }

    @Test
    void finesAtOrFarBelowTheThresholdOrLongAgoMakeNoCluster() {
        var unit = UUID.randomUUID();
        fined(unit, "10000", "10000", 10); // at the threshold: the party was told of the hearing
        fined(unit, "8999.99", "10000", 20);
        fined(unit, "9500", "10000", 400);
        fined(unit, "9500", "10000", 30);
        fined(unit, "9600", "10000", 40);
        assertThat(flagged(unit, "FINES_JUST_BELOW_THE_HEARING_THRESHOLD")).isEmpty();
    }

    // 行政处罚法 第三十四条
    @Test
    void aDecisionOutsideTheDiscretionBandIsFlaggedWithItsReasonOneInsideIsNot() {
        var unit = UUID.randomUUID();
        var outside = decided(unit, "30000", 10, new CaseRecords.Decision("C0101", "一般", true, "当事人拒不改正", null));
        var inside = decided(unit, "3000", 10, new CaseRecords.Decision("C0101", "一般", false, null, null));
        assertThat(flagged(unit, "DECIDED_OUTSIDE_THE_DISCRETION_BAND"))
                .containsExactly(outside.toString())
                .doesNotContain(inside.toString());
        assertThat(details(unit, "DECIDED_OUTSIDE_THE_DISCRETION_BAND"))
                .anySatisfy(detail -> assertThat(detail).contains("C0101", "30000", "当事人拒不改正"));
    }

    // 行政处罚法 第五条第二款 (同案不同罚)
    @Test
    void aFineFarFromThoseOfTheSameItemAndCircumstanceIsFlagged() {
        var unit = UUID.randomUUID();
        for (var fine : List.of("1000", "1000", "1200", "900", "1100")) {
            decided(unit, fine, 30, new CaseRecords.Decision("C0202", "一般", false, null, null));
        }
        var heavy = decided(unit, "5000", 10, new CaseRecords.Decision("C0202", "一般", false, null, null));
        var light = decided(unit, "300", 10, new CaseRecords.Decision("C0202", "一般", false, null, null));
        var other = decided(unit, "5000", 10, new CaseRecords.Decision("C0202", "严重", false, null, null));
        assertThat(flagged(unit, "SAME_ITEM_DIFFERENT_FINES"))
                .containsExactlyInAnyOrder(heavy.toString(), light.toString())
                .doesNotContain(other.toString());
    }

    @Test
    void finesWithinThreeTimesTheMedianOrWithTooFewPeersAreNotFlagged() {
        var unit = UUID.randomUUID();
        for (var fine : List.of("1000", "1000", "1200", "900", "2900")) {
            decided(unit, fine, 30, new CaseRecords.Decision("C0303", "一般", false, null, null));
        }
        var few = UUID.randomUUID();
        decided(few, "1000", 30, new CaseRecords.Decision("C0303", "一般", false, null, null));
        decided(few, "9000", 30, new CaseRecords.Decision("C0303", "一般", false, null, null));
        assertThat(flagged(unit, "SAME_ITEM_DIFFERENT_FINES")).isEmpty();
        assertThat(flagged(few, "SAME_ITEM_DIFFERENT_FINES")).isEmpty();
    }

    // 行政强制法 第五十三条
    @Test
    void aFineUnpaidAndNotTakenToCourtNineMonthsAfterTheDecisionIsFlagged() {
        var unit = UUID.randomUUID();
        var unpaid = fined(unit, "5000", null, 300);
        var paid = fined(unit, "5000", null, 300);
        act(unit, paid, CaseAction.RECORD_PAYMENT, 290);
        var enforced = fined(unit, "5000", null, 300);
        act(unit, enforced, CaseAction.APPLY_TO_COURT, 100);
        var recent = fined(unit, "5000", null, 150);
        assertThat(flagged(unit, "FINE_NEITHER_PAID_NOR_ENFORCED"))
                .containsExactly(unpaid.toString())
                .doesNotContain(paid.toString(), enforced.toString(), recent.toString());
    }

    // 行政处罚法 第四十五条第二款
    @Test
    void aFineHeavierThanTheOneToldBeforeTheStatementIsFlaggedTheSameIsNot() {
        var unit = UUID.randomUUID();
        var heavier = fined(unit, "1500", null, 5);
        records.told(heavier, new java.math.BigDecimal("1000"));
        var same = fined(unit, "1000", null, 5);
        records.told(same, new java.math.BigDecimal("1000"));
        assertThat(flagged(unit, "HEAVIER_AFTER_STATEMENT"))
                .containsExactly(heavier.toString())
                .doesNotContain(same.toString());
    }

    @Test
    void aRealCaseHandledThroughTheCasesModuleIsNeverHeavierAfterTheStatement() throws Exception {
        var caseId = complaints.anArchivedPenaltyCase(new org.sunlight.CaseSteps(port, db).colleagueOf("qufu-officer"));
        var row = db.sql(
                        """
                        select kind, fine, notified_fine, decided_on is not null, paid_at is not null,
                            ended_at is not null from supervision.case_record where case_id = ?
                        """)
                .param(caseId)
                .query((rs, n) -> rs.getString(1) + "|"
                        + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + "|"
                        + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "|" + rs.getBoolean(4) + "|"
                        + rs.getBoolean(5) + "|" + rs.getBoolean(6))
                .single();
        assertThat(row).isEqualTo("FINE|200|200|true|true|true");
        assertThat(flagged("HEAVIER_AFTER_STATEMENT")).doesNotContain(caseId.toString());
    }

    // 国办发〔2018〕118号 二(三)
    @Test
    void aPenaltyDecisionUnpublishedSevenWorkingDaysLaterIsFlaggedUntilItIsPublished() {
        var unit = UUID.randomUUID();
        var late = fined(unit, "2000", null, 20);
        var published = fined(unit, "2000", null, 20);
        var yesterday = fined(unit, "2000", null, 1);
        records.on(new ResultPublished(
                UUID.randomUUID(),
                UUID.randomUUID(),
                published,
                unit,
                "PENALTY",
                "0".repeat(64),
                "qufu-admin",
                clock.instant().minus(Duration.ofDays(15))));
        assertThat(flagged(unit, "DECISION_NOT_DISCLOSED_IN_TIME"))
                .containsExactly(late.toString())
                .doesNotContain(published.toString(), yesterday.toString());
    }

    // 国办发〔2015〕58号
    @Test
    void aSubjectInspectedThreeTimesWithinAYearIsFlaggedTwiceOrLongAgoIsNot() {
        var unit = UUID.randomUUID();
        for (int daysAgo : new int[] {10, 100, 200}) {
            records.inspected(UUID.randomUUID(), unit, "91370881MA00000001", today.minusDays(daysAgo));
        }
        for (int daysAgo : new int[] {10, 100, 400}) {
            records.inspected(UUID.randomUUID(), unit, "91370881MA00000002", today.minusDays(daysAgo));
        }
        records.inspected(UUID.randomUUID(), unit, "91370881MA00000003", today.minusDays(5));
        records.inspected(UUID.randomUUID(), unit, "91370881MA00000003", today.minusDays(6));
        assertThat(flagged(unit, "REPEATED_INSPECTIONS_OF_THE_SAME_SUBJECT")).containsExactly("91370881MA00000001");
    }

    @Test
    void anInspectionCaseOpenedThroughTheCasesModuleKeepsItsParty() throws Exception {
        var steps = new org.sunlight.CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var id = steps.open(
                officer, "INSPECTION", false, steps.officerOf("qufu-officer"), steps.colleagueOf("qufu-officer"));
        assertThat(db.sql("select identity from supervision.inspected_party where case_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(org.sunlight.CaseSteps.CLINIC_CODE);
    }

    @Test
    void thereAreAtLeastFifteenModelsEachWithItsBasisAndChineseName() {
        assertThat(models.all()).hasSizeGreaterThanOrEqualTo(15);
        var page = StaffClient.loggedIn(port, "qufu-supervisor").get("/console/supervision/flags");
        for (var model : models.all()) {
            assertThat(model.basis()).isNotBlank();
            assertThat(page.body())
                    .contains("id=\"model-" + model.code() + "\"")
                    .doesNotContain("??supervision.model");
        }
    }

    // 行政处罚法 第六十一条、第六十四条、第六十七条 …: a period run out with nothing done
    @Test
    void aPeriodRunOutAndNotMetIsFlaggedWithItsName() {
        var unit = UUID.randomUUID();
        var late = opened(unit, 30);
        records.deadline(late, unit, "service", "行政处罚法第六十一条", today.minusDays(20), today.minusDays(3), null);
        assertThat(flagged(unit, "PERIOD_OVERDUE")).containsExactly(late.toString());
        assertThat(details(unit, "PERIOD_OVERDUE"))
                .containsExactly("送达决定书（7 个工作日） 于 " + today.minusDays(3) + " 届满，已逾 3 日");
    }

    @Test
    void aPeriodRunningMetEndedOrLeftToTheCaseLimitModelIsNotFlagged() {
        var unit = UUID.randomUUID();
        var running = opened(unit, 30);
        records.deadline(running, unit, "statement", "行政处罚法第六十四条", today.minusDays(2), today.plusDays(3), null);
        var dueToday = opened(unit, 30);
        records.deadline(dueToday, unit, "statement", "行政处罚法第六十四条", today.minusDays(7), today, null);
        var met = opened(unit, 30);
        records.deadline(
                met, unit, "service", "行政处罚法第六十一条", today.minusDays(20), today.minusDays(3), today.minusDays(5));
        var ended = opened(unit, 30);
        records.deadline(ended, unit, "payment", "行政处罚法第六十七条", today.minusDays(40), today.minusDays(25), null);
        act(unit, ended, CaseAction.CLOSE, 2);
        var limit = opened(unit, 120);
        records.deadline(limit, unit, "case-limit", "行政处罚法第六十条", today.minusDays(119), today.minusDays(29), null);
        assertThat(flagged(unit, "PERIOD_OVERDUE")).isEmpty();
    }

    @Test
    void thePeriodsOfARealCaseAreCopiedAsTheCasesModuleCountsThem() throws Exception {
        var caseId = complaints.aReviewedPenaltyCase();
        var limit = db.sql(
                        "select due_on, met_on is null from supervision.case_deadline where case_id = ? and rule = ?")
                .params(caseId, "case-limit")
                .query((rs, n) -> rs.getObject(1, LocalDate.class) + "|" + rs.getBoolean(2))
                .single();
        var view = new org.sunlight.CaseSteps(port, db).view(StaffClient.loggedIn(port, "qufu-officer"), caseId);
        assertThat(limit)
                .isEqualTo(org.sunlight.CaseSteps.deadline(view, "case-limit")
                                .get("dueOn")
                                .asText() + "|true");
        assertThat(flagged("PERIOD_OVERDUE")).doesNotContain(caseId.toString());
    }

    // 行政处罚法 第四十二条: the engine refuses such acts, so on real records the model reports zero
    @Test
    void anActByAnOfficerWhoseCertificateWasNotValidThatDayIsFlagged() {
        var unit = UUID.randomUUID();
        var kase = opened(unit, 10);
        var day = today.minusDays(3);
        records.officersActed(
                kase,
                unit,
                "inquire",
                clock.instant().minus(Duration.ofDays(3)),
                List.of(new org.sunlight.organization.CertificateCheck(
                        UUID.randomUUID(),
                        "张某",
                        "37088100001",
                        day,
                        org.sunlight.organization.EnforcementCategory.PENALTY,
                        org.sunlight.organization.CertificateStatus.EXPIRED,
                        true,
                        true)));
        var fine = opened(unit, 10);
        records.officersActed(
                fine,
                unit,
                "inquire",
                clock.instant().minus(Duration.ofDays(3)),
                List.of(new org.sunlight.organization.CertificateCheck(
                        UUID.randomUUID(),
                        "李某",
                        "37088100002",
                        day,
                        org.sunlight.organization.EnforcementCategory.PENALTY,
                        org.sunlight.organization.CertificateStatus.VALID,
                        true,
                        true)));
        assertThat(flagged(unit, "ACT_WITHOUT_A_VALID_CERTIFICATE")).containsExactly(kase.toString());
        assertThat(details(unit, "ACT_WITHOUT_A_VALID_CERTIFICATE"))
                .containsExactly("张某（37088100001）" + day + " inquire：已过期");
    }

    @Test
    void theActsOfARealCaseAreCheckedAndNoneIsFlagged() throws Exception {
        var caseId = complaints.anArchivedPenaltyCase(new org.sunlight.CaseSteps(port, db).colleagueOf("qufu-officer"));
        var checks = db.sql(
                        "select count(*) filter (where may_act), count(*) from supervision.officer_act where case_id = ?")
                .param(caseId)
                .query((rs, n) -> rs.getLong(1) + "|" + rs.getLong(2))
                .single();
        assertThat(checks).isEqualTo("4|4"); // two officers at the notice, two at the decision on the spot
        assertThat(flagged("ACT_WITHOUT_A_VALID_CERTIFICATE")).isEmpty();
    }

    // 国办发〔2018〕118号 三(二): a recorded step without its recording, and the reason given
    @Test
    void aRecordedStepWithoutARecordingIsFlaggedWithTheReasonGiven() {
        var unit = UUID.randomUUID();
        var refused = opened(unit, 10);
        records.recordedStep(refused, unit, "inquire", clock.instant().minus(Duration.ofDays(2)), "当事人拒绝录像");
        var secondWithoutItsOwn = opened(unit, 10);
        records.recording(
                UUID.randomUUID(),
                secondWithoutItsOwn,
                "inquire",
                clock.instant().minus(Duration.ofDays(4)));
        records.recordedStep(
                secondWithoutItsOwn, unit, "inquire", clock.instant().minus(Duration.ofDays(3)), null);
        records.recordedStep(
                secondWithoutItsOwn, unit, "inquire", clock.instant().minus(Duration.ofDays(2)), "执法记录仪故障");
        assertThat(flagged(unit, "RECORDING_MISSING"))
                .containsExactlyInAnyOrder(refused.toString(), secondWithoutItsOwn.toString());
        assertThat(details(unit, "RECORDING_MISSING"))
                .anySatisfy(detail -> assertThat(detail).contains("未录音录像", "当事人拒绝录像"))
                .anySatisfy(detail -> assertThat(detail).contains("执法记录仪故障"));
    }

    @Test
    void aRecordedStepWithItsRecordingOrNotRequiringOneIsNotFlagged() {
        var unit = UUID.randomUUID();
        var recorded = opened(unit, 10);
        records.recording(
                UUID.randomUUID(), recorded, "inquire", clock.instant().minus(Duration.ofDays(3)));
        records.recordedStep(recorded, unit, "inquire", clock.instant().minus(Duration.ofDays(2)), "另附书面笔录");
        var notRequired = opened(unit, 10);
        records.recordedStep(notRequired, unit, "serve", clock.instant().minus(Duration.ofDays(2)), null);
        var longAgo = opened(unit, 500);
        records.recordedStep(longAgo, unit, "inquire", clock.instant().minus(Duration.ofDays(400)), "设备故障");
        assertThat(flagged(unit, "RECORDING_MISSING")).isEmpty();
    }

    // 实施方案 三(一)2 and the retrieval log (调阅记录): an officer opens a case that is not theirs
    @Test
    void anOfficerOpeningACaseNotTheirsIsFlaggedItsOfficersAndLeadersAreNot() throws Exception {
        var steps = new org.sunlight.CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var stranger = steps.officerOf("qufu-officer2");
        var colleague = db.sql(
                        """
                        select o.id from organization.officer o
                        where o.unit_id = ? and o.active and not o.revoked and o.expires_on > current_date
                          and o.annual_review_status = 'PASSED' and 'PENALTY' = any(o.categories)
                          and o.id not in (?, ?)
                        order by o.certificate_no limit 1
                        """)
                .params(qufu, steps.officerOf("qufu-officer"), stranger)
                .query(UUID.class)
                .single();
        var id = steps.open(officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), colleague);
        steps.view(officer, id);
        steps.view(steps.staff("qufu-leader"), id);
        assertThat(flagged("RETRIEVAL_OUTSIDE_DUTY")).noneMatch(record -> record.endsWith(id.toString()));
        steps.view(steps.staff("qufu-officer2"), id);
        steps.view(steps.staff("qufu-officer2"), id);
        assertThat(flagged("RETRIEVAL_OUTSIDE_DUTY"))
                .filteredOn(record -> record.endsWith(id.toString()))
                .containsExactly("qufu-officer2/" + id);
        assertThat(details(qufu, "RETRIEVAL_OUTSIDE_DUTY"))
                .anySatisfy(detail -> assertThat(detail).contains("qufu-officer2", id.toString(), "2 次"));
    }

    // 贵州省卫生健康委实施方案（2019）: a case whose documents are corrected again and again; one correction is not many
    @Test
    void aCaseWhoseDocumentsAreCorrectedTwiceIsFlaggedOnceIsNot() throws Exception {
        var steps = new org.sunlight.CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var twice = decidedOnTheSpot(steps, officer, "冯某某");
        var first = correct(leader, decisionOf(twice), "当事人住址应为曲阜市鼓楼街道");
        correct(leader, first, "当事人姓名应为冯某");
        var once = decidedOnTheSpot(steps, officer, "陈某某");
        correct(leader, decisionOf(once), "当事人住址应为曲阜市鼓楼街道");

        assertThat(flagged("DOCUMENTS_CORRECTED_OFTEN"))
                .contains(twice.toString())
                .doesNotContain(once.toString());
        assertThat(details(qufu, "DOCUMENTS_CORRECTED_OFTEN"))
                .anySatisfy(detail -> assertThat(detail).contains("一年内更正文书 2 次", "当场行政处罚决定书"));
        storedFlags.refresh();
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console");
        var page = supervisor.getJson("/api/supervision/flags/DOCUMENTS_CORRECTED_OFTEN?unit=" + qufu);
        assertThat(page.body()).contains(twice.toString()).doesNotContain(once.toString());
    }

    private static UUID decidedOnTheSpot(org.sunlight.CaseSteps steps, StaffClient officer, String party)
            throws Exception {
        return steps.decidedOnTheSpot(
                officer,
                "qufu-officer",
                "公共场所从业人员未取得健康证明",
                "从业人员未取得有效健康合格证明即上岗",
                org.sunlight.CaseSteps.citizen(party, org.sunlight.CaseSteps.PERSON_ID, "曲阜市鲁城街道"),
                "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}");
    }

    private String decisionOf(UUID caseId) {
        return db.sql("select id::text from records.document where case_id = ? and kind = 'ON_THE_SPOT_DECISION'"
                        + " order by issued_at limit 1")
                .param(caseId)
                .query(String.class)
                .single();
    }

    /** The leader corrects the document; the answer is the correction's id. */
    private static String correct(StaffClient leader, String documentId, String text) throws Exception {
        var corrected = leader.postJson(
                "/api/documents/" + documentId + "/corrections", "{\"reason\":\"笔误\",\"text\":\"%s\"}".formatted(text));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(corrected.body())
                .get("id")
                .asText();
    }

    // R9: each flag is answered; the answer is kept once and logged
    @Test
    void aSupervisorDismissesAFlagWithAReasonRecordedInTheAuditLog() throws Exception {
        var clue = opened(qufu, 12);
        storedFlags.refresh();
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        // the unanswered flags of the model in the county, page after page as the pager leads, show it
        var path = "/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&answer=UNANSWERED&unit=" + qufu;
        var page = supervisor.get(path).body();
        for (int next = 2; !page.contains(clue.toString()) && page.contains("rel=\"next\""); next++) {
            page = supervisor.get(path + "&page=" + next).body();
        }
        assertThat(page).contains(clue.toString());
        var noReason = supervisor.postForm(
                "/console/supervision/flags/answers",
                form("model", "CLUE_NOT_FILED_IN_TIME", "recordId", clue.toString(), "decision", "DISMISSED"));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("请写明理由或整改情况。");
        var answered = supervisor.postFormAndFollow(
                "/console/supervision/flags/answers",
                form(
                        "model", "CLUE_NOT_FILED_IN_TIME",
                        "recordId", clue.toString(),
                        "decision", "DISMISSED",
                        "reason", "该线索已移送公安机关，系统中未录入移送"));
        // back on the list as it was filtered: answered, the flag has left the unanswered ones
        assertThat(answered.body()).contains("答复已记录").doesNotContain("data-record=\"" + clue + "\"");
        assertThat(supervisor
                        .get("/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&answer=DISMISSED&unit=" + qufu)
                        .body())
                .contains("data-record=\"" + clue + "\"", "排除（不属于问题）", "该线索已移送公安机关，系统中未录入移送", "qufu-supervisor");
        var logged = db.sql(
                        "select count(*) from audit.entry where kind = 'FLAG_DISMISSED' and record_id = ? and actor = ?")
                .params("CLUE_NOT_FILED_IN_TIME/" + clue, "qufu-supervisor")
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(1);

        var again = supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"ACKNOWLEDGED\",\"reason\":\"改为确认\"}"
                        .formatted(clue));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(again.body()).contains("FLAG_ALREADY_ANSWERED");
        var json = supervisor.getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?answer=DISMISSED&unit=" + qufu);
        assertThat(json.body()).contains("\"recordId\":\"" + clue + "\"", "\"decision\":\"DISMISSED\"");
        var notAFlag = supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"DISMISSED\",\"reason\":\"无\"}"
                        .formatted(UUID.randomUUID()));
        assertThat(notAFlag.statusCode()).isEqualTo(404);
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        assertThat(officer.postJson(
                                "/api/supervision/flags/answers",
                                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"DISMISSED\",\"reason\":\"无\"}"
                                        .formatted(clue))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAcknowledgedFlagStaysCountedADismissedOneDoesNot() throws Exception {
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console");
        var acknowledged = opened(qufu, 30);
        var unseen = supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"ACKNOWLEDGED\",\"reason\":\"已督促承办人立案\"}"
                        .formatted(acknowledged));
        assertThat(unseen.statusCode())
                .as("a flag is answered as the page shows it, after the models ran")
                .isEqualTo(404);
        storedFlags.refresh();
        var answer = supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"ACKNOWLEDGED\",\"reason\":\"已督促承办人立案\"}"
                        .formatted(acknowledged));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        storedFlags.refresh();
        var before = count(supervisor.get("/console/supervision/flags").body());
        var dismissed = opened(qufu, 30);
        storedFlags.refresh();
        assertThat(count(supervisor.get("/console/supervision/flags").body())).isEqualTo(before + 1);
        supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"DISMISSED\",\"reason\":\"重复录入\"}"
                        .formatted(dismissed));
        assertThat(count(supervisor.get("/console/supervision/flags").body())).isEqualTo(before);
    }

    // R9 at scale: the flags are kept from the models' last run and paged, 50 a page, per model
    @Test
    void aModelsFlagsArePagedFiftyAPageAndFilteredByUnitAndAnswer() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var clues = new java.util.HashSet<String>();
        for (int i = 0; i < 55; i++) {
            clues.add(opened(qufu, 20).toString());
        }
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console");
        storedFlags.refresh();

        var first = json.readTree(supervisor
                .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?unit=" + qufu)
                .body());
        // what the model flags in the county now, the 55 among them
        assertThat(first.get("total").asLong())
                .isEqualTo(flagged("CLUE_NOT_FILED_IN_TIME").size());
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("pageSize").asInt()).isEqualTo(50);
        assertThat(first.get("flags")).hasSize(50);
        long total = first.get("total").asLong();
        assertThat(first.get("pages").asInt()).isEqualTo((int) ((total + 49) / 50));
        var seen = new java.util.ArrayList<String>();
        for (int page = 1; page <= first.get("pages").asInt(); page++) {
            var flags = json.readTree(supervisor
                            .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?unit=" + qufu + "&page=" + page)
                            .body())
                    .get("flags");
            assertThat(flags.size())
                    .isEqualTo(page < first.get("pages").asInt() ? 50 : (int) (total - (page - 1) * 50L));
            flags.forEach(flag -> {
                assertThat(flag.get("unitId").asText()).isEqualTo(qufu.toString());
                seen.add(flag.get("recordId").asText());
            });
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total).containsAll(clues);

        // acknowledged / unanswered
        var one = clues.iterator().next();
        var answered = supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"ACKNOWLEDGED\",\"reason\":\"已督促立案\"}"
                        .formatted(one));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(allRecords(supervisor, "CLUE_NOT_FILED_IN_TIME", "ACKNOWLEDGED"))
                .contains(one);
        assertThat(allRecords(supervisor, "CLUE_NOT_FILED_IN_TIME", "UNANSWERED"))
                .doesNotContain(one)
                .contains(clues.stream().filter(c -> !c.equals(one)).toArray(String[]::new));

        // another unit's list does not show them; the overview counts the model in every unit seen
        var other = complaints.unit("370883");
        var city = StaffClient.loggedIn(port, "city-supervisor");
        city.get("/console");
        var elsewhere = json.readTree(city.getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?unit=" + other)
                .body());
        elsewhere.get("flags").forEach(flag -> assertThat(clues)
                .doesNotContain(flag.get("recordId").asText()));
        var overview =
                json.readTree(supervisor.getJson("/api/supervision/flags").body());
        assertThat(overview).anySatisfy(model -> {
            assertThat(model.get("code").asText()).isEqualTo("CLUE_NOT_FILED_IN_TIME");
            assertThat(model.get("total").asLong()).isEqualTo(total);
            assertThat(model.get("unanswered").asLong()).isLessThan(total);
        });

        // the console: a page with its pager, the filter kept in the links
        var console = supervisor.get("/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&unit=" + qufu);
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body())
                .contains("第 1 / " + first.get("pages").asInt() + " 页，共 " + total + " 条", "rel=\"next\"")
                .contains("page=2");
        assertThat(console.body().split("data-record=").length - 1).isEqualTo(50);

        // first raised today: within a range that holds today, not in one that ends yesterday
        assertThat(allRecords(supervisor, "CLUE_NOT_FILED_IN_TIME", "ALL", "&from=" + today + "&to=" + today))
                .containsAll(clues);
        assertThat(allRecords(supervisor, "CLUE_NOT_FILED_IN_TIME", "ALL", "&to=" + today.minusDays(1)))
                .doesNotContainAnyElementsOf(clues);
        var dated = json.readTree(supervisor
                .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?unit=" + qufu)
                .body());
        dated.get("flags")
                .forEach(flag -> assertThat(flag.get("firstFlaggedOn").asText()).isLessThanOrEqualTo(today.toString()));

        // a flag the model no longer raises leaves the list at the next run
        act(qufu, UUID.fromString(one), CaseAction.FILE, 0);
        storedFlags.refresh();
        assertThat(allRecords(supervisor, "CLUE_NOT_FILED_IN_TIME", "ALL")).doesNotContain(one);
    }

    @Test
    void aBadPageAnswerUnitOrModelIsNamedNotGuessed() {
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console");
        for (var query : List.of(
                "CLUE_NOT_FILED_IN_TIME?page=0",
                "CLUE_NOT_FILED_IN_TIME?page=abc",
                "CLUE_NOT_FILED_IN_TIME?answer=ANSWERED",
                "CLUE_NOT_FILED_IN_TIME?unit=" + complaints.unit("370883"),
                "CLUE_NOT_FILED_IN_TIME?unit=xyz",
                "CLUE_NOT_FILED_IN_TIME?from=2026-02-30",
                "CLUE_NOT_FILED_IN_TIME?to=yesterday",
                "CLUE_NOT_FILED_IN_TIME?from=2026-03-02&to=2026-03-01",
                "NO_SUCH_MODEL")) {
            var response = supervisor.getJson("/api/supervision/flags/" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(supervisor
                        .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?page=0")
                        .body())
                .contains("page", "页码应为从 1 起的整数。");
        var page = supervisor.get("/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&page=-2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"filter-errors\"", "页码应为从 1 起的整数。");
        var unit = supervisor.get(
                "/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&unit=" + complaints.unit("370883"));
        assertThat(unit.body()).contains("请从列表中选择您可查看的单位。");
        var range = JSON_READER.apply(supervisor
                .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?from=2026-03-02&to=2026-03-01")
                .body());
        assertThat(range.get("field").asText()).isEqualTo("to");
        assertThat(supervisor
                        .get("/console/supervision/flags?model=CLUE_NOT_FILED_IN_TIME&from=2026-02-30")
                        .body())
                .contains("data-test=\"filter-errors\"", "日期应为“年-月-日”");
    }

    // the database keeps a flag only as its model's last run raised it
    @Test
    void aFlagOfAnEarlierRunIsRefusedByTheDatabase() {
        storedFlags.refresh();
        var run = db.sql("select run from supervision.detection_run where model = 'CLUE_NOT_FILED_IN_TIME'")
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.sql(
                                """
                                insert into supervision.flag (model, record_id, unit_id, subject, detail, position,
                                    first_flagged_on, run) values ('CLUE_NOT_FILED_IN_TIME', ?, ?, 'case', '旧', 0, ?, ?)
                                """)
                        .params(UUID.randomUUID().toString(), qufu, today, run - 1)
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.sql(
                                """
                                insert into supervision.flag (model, record_id, unit_id, subject, detail, position,
                                    first_flagged_on, run) values ('CLUE_NOT_FILED_IN_TIME', ?, ?, 'nothing', '旧', 0, ?, ?)
                                """)
                        .params(UUID.randomUUID().toString(), qufu, today, run)
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private static final java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> JSON_READER =
            body -> {
                try {
                    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };

    // the overview's and the pages' totals come from the tally kept by the runs and the answers: they equal the flags
    // counted one by one (a range of days counts them), after answers and after the next run
    @Test
    void theTalliedCountsEqualTheFlagsCounted() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var clues = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            clues.add(opened(qufu, 20).toString());
        }
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console");
        storedFlags.refresh();
        for (var answer :
                List.of(new String[] {clues.get(0), "ACKNOWLEDGED"}, new String[] {clues.get(1), "DISMISSED"})) {
            var answered = supervisor.postJson(
                    "/api/supervision/flags/answers",
                    "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"%s\",\"reason\":\"核实\"}"
                            .formatted(answer[0], answer[1]));
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        }
        for (boolean afterRun : List.of(false, true)) {
            if (afterRun) {
                storedFlags.refresh();
            }
            var byAnswer = new java.util.HashMap<String, Long>();
            for (var answer : List.of("ALL", "UNANSWERED", "ACKNOWLEDGED", "DISMISSED")) {
                long tallied = json.readTree(supervisor
                                .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?unit=" + qufu + "&answer="
                                        + answer)
                                .body())
                        .get("total")
                        .asLong();
                long counted = json.readTree(supervisor
                                .getJson("/api/supervision/flags/CLUE_NOT_FILED_IN_TIME?unit=" + qufu + "&answer="
                                        + answer + "&from=2000-01-01")
                                .body())
                        .get("total")
                        .asLong();
                assertThat(tallied)
                        .as(answer + (afterRun ? " after the next run" : ""))
                        .isEqualTo(counted);
                assertThat(allRecords(supervisor, "CLUE_NOT_FILED_IN_TIME", answer))
                        .hasSize((int) counted);
                byAnswer.put(answer, counted);
            }
            assertThat(byAnswer.get("ACKNOWLEDGED")).isGreaterThanOrEqualTo(1);
            assertThat(byAnswer.get("DISMISSED")).isGreaterThanOrEqualTo(1);
            assertThat(byAnswer.get("UNANSWERED") + byAnswer.get("ACKNOWLEDGED") + byAnswer.get("DISMISSED"))
                    .isEqualTo(byAnswer.get("ALL"));
            // the county supervisor sees only the county: the overview is its counts
            var overview =
                    json.readTree(supervisor.getJson("/api/supervision/flags").body());
            assertThat(overview).anySatisfy(model -> {
                assertThat(model.get("code").asText()).isEqualTo("CLUE_NOT_FILED_IN_TIME");
                assertThat(model.get("total").asLong()).isEqualTo(byAnswer.get("ALL"));
                assertThat(model.get("unanswered").asLong()).isEqualTo(byAnswer.get("UNANSWERED"));
                assertThat(model.get("open").asLong()).isEqualTo(byAnswer.get("ALL") - byAnswer.get("DISMISSED"));
            });
        }
    }

    private List<String> allRecords(StaffClient supervisor, String model, String answer) throws Exception {
        return allRecords(supervisor, model, answer, "");
    }

    /** Every flag of the model in the county on every page, answered as asked, with more of the query. */
    private List<String> allRecords(StaffClient supervisor, String model, String answer, String more) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var ids = new java.util.ArrayList<String>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            var body = json.readTree(supervisor
                    .getJson("/api/supervision/flags/" + model + "?unit=" + qufu + "&answer=" + answer + more + "&page="
                            + page)
                    .body());
            pages = body.get("pages").asInt();
            body.get("flags").forEach(flag -> ids.add(flag.get("recordId").asText()));
        }
        return ids;
    }

    /** The open count shown for the clue model. */
    private static int count(String page) {
        var matcher = java.util.regex.Pattern.compile(
                        "id=\"model-CLUE_NOT_FILED_IN_TIME\">\\s*<h2><span>[^<]*</span>\\s*<span class=\"badge[^\"]*\" data-test=\"flag-count\">(\\d+)<")
                .matcher(page);
        assertThat(matcher.find()).as("the clue model's count").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private List<String> flagged(UUID unit, String code) {
        return models.run(Set.of(unit), today).stream()
                .filter(result -> result.model().code().equals(code))
                .flatMap(result -> result.flags().stream())
                .map(Flag::recordId)
                .toList();
    }

    private List<String> details(UUID unit, String code) {
        return models.run(Set.of(unit), today).stream()
                .filter(result -> result.model().code().equals(code))
                .flatMap(result -> result.flags().stream())
                .map(Flag::detail)
                .toList();
    }

    /** A general penalty case of the unit registered as a clue the given days ago. */
    private UUID opened(UUID unit, int daysAgo) {
        var id = UUID.randomUUID();
        records.on(new CaseOpened(
                id,
                unit,
                ProcedureKind.GENERAL_PENALTY,
                "clue",
                "qufu-officer",
                clock.instant().minus(Duration.ofDays(daysAgo))));
        return id;
    }

    /** A penalty case of the unit fined the amount the given days ago, under the hearing threshold given (or none). */
    private UUID fined(UUID unit, String fine, String threshold, int daysAgo) {
        return decided(
                unit,
                fine,
                daysAgo,
                new CaseRecords.Decision(
                        null, null, false, null, threshold == null ? null : new java.math.BigDecimal(threshold)));
    }

    private UUID decided(UUID unit, String fine, int daysAgo, CaseRecords.Decision decision) {
        var id = opened(unit, daysAgo + 20);
        act(unit, id, CaseAction.FILE, daysAgo + 19);
        act(unit, id, CaseAction.DECIDE, daysAgo);
        records.decided(
                new CaseDecided(
                        id,
                        unit,
                        ProcedureKind.GENERAL_PENALTY,
                        CaseAction.DECIDE,
                        ProposalKind.FINE,
                        new java.math.BigDecimal(fine),
                        today.minusDays(daysAgo)),
                decision);
        return id;
    }

    private void act(UUID unit, UUID id, CaseAction action, int daysAgo) {
        records.on(new CaseActed(
                id,
                unit,
                ProcedureKind.GENERAL_PENALTY,
                action,
                "from",
                "to",
                List.of(),
                "qufu-leader",
                clock.instant().minus(Duration.ofDays(daysAgo)),
                null,
                null,
                List.of(),
                List.of(),
                null));
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
                null,
                List.of(),
                List.of(),
                null));
    }
}
