package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.MovableClock;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * A general-procedure penalty case run over HTTP from clue to archive by the people the law names, and the rules that
 * refuse a step: two certified officers, the review of a major proposal, the hearing's notice, the simple procedure's
 * limit. A refused step changes nothing and says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
class GeneralProcedureHttpTest {

    static final String CLINIC_CODE = "91350100M000100Y43";
    static final String PERSON_ID = "11010519491231002X";

    private final ObjectMapper json = new ObjectMapper();
    private LocalDate today;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void todayFromTheApplicationsClock() {
        today = LocalDate.now(clock);
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** The hearing's day has come (行政处罚法 第六十四条第二项): the days until it pass. */
    private LocalDate untilTheHearing(LocalDate hearingOn) {
        clock.passDays(java.time.temporal.ChronoUnit.DAYS.between(today, hearingOn));
        return LocalDate.now(clock);
    }

    private String hearingRequest(UUID id, LocalDate hearingOn) {
        return new CaseSteps(port, db).hearingRequest(id, hearingOn);
    }

    @Test
    void aMajorCaseWithAHearingRunsFromClueToArchive() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var reviewer = staff("qufu-reviewer");
        var id = openCase(officer, 2);

        assertThat(stage(act(leader, id, "file", "{}"))).isEqualTo("filed");
        var filed = view(officer, id);
        assertThat(deadline(filed, "case-limit").get("dueOn").asText())
                .isEqualTo(workingDays.addCalendarDays(today, 90).due().toString());

        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "inspect-site", "{\"note\":\"现场检查发现未取得执业许可证开展诊疗活动\",\"reason\":\"执法记录仪故障\"}");
        act(officer, id, "inquire", "{\"reason\":\"执法记录仪故障\"}");
        act(leader, id, "approve-preservation", "{\"reason\":\"药品可能被转移\"}");
        var preserved = act(officer, id, "preserve-evidence", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(deadline(preserved, "preservation-decision").get("dueOn").asText())
                .isEqualTo(workingDays.addWorkingDays(today, 7).due().toString());
        act(leader, id, "decide-preservation", "{\"reason\":\"拍照记录后退还\"}");
        act(officer, id, "conclude-investigation", "{}");
        act(officer, id, "propose", proposal(150000, true));

        var refused = actRefused(officer, id, "notify", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(refused.get("detail").asText()).contains("须经法制审核同意").contains("案情复杂");
        assertThat(stage(view(officer, id))).isEqualTo("case-discussion");

        act(officer, id, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(reviewer, id);
        act(leader, id, "discuss-collectively", "{}");
        var notified = act(officer, id, "notify", "{}");
        assertThat(stage(notified)).isEqualTo("advance-notice");
        assertThat(deadline(notified, "statement").get("dueOn").asText())
                .isEqualTo(workingDays.addWorkingDays(today, 5).due().toString());

        var tooSoon = actRefused(officer, id, "request-hearing", hearingRequest(id, today.plusDays(2)));
        assertThat(tooSoon.get("field").asText()).isEqualTo("hearingOn");
        assertThat(tooSoon.get("detail").asText())
                .contains(workingDays.addWorkingDays(today, 7).due().toString());
        var hearingOn = workingDays.addWorkingDays(today, 8).due();
        act(officer, id, "request-hearing", hearingRequest(id, hearingOn));
        var heardOn = untilTheHearing(hearingOn);
        act(officer, id, "hold-hearing", "{\"note\":\"当事人到场陈述\",\"reason\":\"执法记录仪故障\"}");
        // 第五十八条: the decision after the hearing is reviewed again, on the hearing record
        assertThat(actRefused(leader, id, "decide", "{}").get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        act(leader, id, "reconsider", "{}");
        act(officer, id, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(reviewer, id);
        act(leader, id, "discuss-collectively", "{}");
        act(officer, id, "notify", "{}");
        act(officer, id, "close-statement", "{\"waived\":true}");

        var decided = act(leader, id, "decide", "{}");
        assertThat(stage(decided)).isEqualTo("decided");
        assertThat(deadline(decided, "case-limit").get("metOn").asText()).isEqualTo(heardOn.toString());
        assertThat(deadline(decided, "service").get("dueOn").asText())
                .isEqualTo(workingDays.addWorkingDays(heardOn, 7).due().toString());
        var notServed = actRefused(officer, id, "serve", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(notServed.get("field").asText()).isEqualTo("serviceMethod");
        var served = act(
                officer,
                id,
                "serve",
                "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + heardOn + "\"}");
        assertThat(deadline(served, "payment").get("dueOn").asText())
                .isEqualTo(workingDays.addCalendarDays(heardOn, 15).due().toString());
        act(officer, id, "record-payment", "{}");
        act(leader, id, "close", "{}");
        var archived = act(officer, id, "archive", "{}");

        assertThat(stage(archived)).isEqualTo("archived");
        assertThat(archived.get("actions")).isEmpty();
        assertThat(archived.get("acts").toString())
                .contains(
                        "FILING_REPORT",
                        "SITE_RECORD",
                        "PRESERVATION_APPROVAL",
                        "PRESERVATION_HANDLING_DECISION",
                        "ADVANCE_NOTICE",
                        "HEARING_RECORD",
                        "PENALTY_DECISION",
                        "SERVICE_RECEIPT",
                        "CLOSING_REPORT");
        assertThat(archived.get("acts")).as("the refused steps left no trace").hasSize(26);
        assertThat(archived.get("acts").toString()).contains("\"serviceMethod\":\"DIRECT\"");
    }

    @Test
    void aFineOutsideTheDiscretionStandardNeedsAReasonAndIsFlagged() throws Exception {
        // A4: the demo county's standard for 370881-XZCF-001 (擅自执业), circumstance 一般
        var band = db.sql(
                        """
                        select e.data ->> 'fineMin', e.data ->> 'fineMax' from catalog.list_entry e
                        join catalog.list_version v on v.id = e.version_id
                        where v.kind = 'DISCRETION_STANDARDS' and v.status = 'PUBLISHED'
                          and e.data ->> 'itemCode' = '370881-XZCF-001' and e.data ->> 'circumstance' = '一般'
                        """)
                .query((rs, row) -> new java.math.BigDecimal[] {
                    new java.math.BigDecimal(rs.getString(1)), new java.math.BigDecimal(rs.getString(2))
                })
                .single();
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = openCase(officer, 2);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        var above = band[1].add(java.math.BigDecimal.ONE).toPlainString();

        var refused = actRefused(officer, id, "propose", measured(above, null));
        assertThat(refused.get("field").asText()).isEqualTo("proposal.outOfRangeReason");
        assertThat(refused.get("detail").asText())
                .contains(band[0].toPlainString())
                .contains(band[1].toPlainString());
        assertThat(view(officer, id).get("proposalKind").isNull()).isTrue();

        var inside = act(officer, id, "propose", measured(band[0].toPlainString(), null));
        assertThat(inside.get("proposalOutOfRange").asBoolean()).isFalse();
        var flagged = act(officer, id, "propose", measured(above, "当事人拒不改正且造成严重后果"));
        assertThat(flagged.get("proposalOutOfRange").asBoolean()).isTrue();
        assertThat(flagged.get("proposalOutOfRangeReason").asText()).isEqualTo("当事人拒不改正且造成严重后果");
    }

    private static String measured(String fine, String reason) {
        return "{\"proposal\":{\"kind\":\"FINE\",\"fine\":" + fine + ",\"text\":\"罚款\",\"major\":false,"
                + "\"itemCode\":\"370881-XZCF-001\",\"circumstance\":\"一般\""
                + (reason == null ? "" : ",\"outOfRangeReason\":\"" + reason + "\"") + "}}";
    }

    @Test
    void anInspectionThatFindsAnOffenceTurnsIntoALinkedPenaltyCase() throws Exception {
        var officer = staff("qufu-officer");
        // a title as long as a case keeps: the penalty case keeps all of it, never a cut one
        var title = "曲阜市某某诊所日常监督检查";
        title += "复".repeat(200 - title.length());
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"INSPECTION","title":"%s","summary":"双随机抽查",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市某某诊所","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(title, CLINIC_CODE, officerOf("qufu-officer"), officerOf("qufu-officer2")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var inspection =
                UUID.fromString(json.readTree(response.body()).get("id").asText());
        act(officer, inspection, "start-inspection", "{\"reason\":\"执法记录仪故障\"}");

        var turned = act(officer, inspection, "turn-into-case", "{\"note\":\"发现未取得执业许可证开展诊疗活动\"}");

        assertThat(stage(turned)).isEqualTo("turned-into-case");
        var penaltyId = turned.get("followUpCaseId").asText();
        var penalty = json.readTree(officer.getJson("/api/cases/" + penaltyId).body());
        assertThat(penalty.get("procedure").asText()).isEqualTo("GENERAL_PENALTY");
        assertThat(stage(penalty)).isEqualTo("clue");
        assertThat(penalty.get("originCaseId").asText()).isEqualTo(inspection.toString());
        assertThat(penalty.get("parties").get(0).get("creditCode").asText()).isEqualTo(CLINIC_CODE);
        assertThat(penalty.get("officerIds")).hasSize(2);
        assertThat(penalty.get("title").asText()).isEqualTo(title);
    }

    @Test
    void aLicenceIsDecidedWithinTheItemsPublishedTimeLimit() throws Exception {
        var limit = db.sql(
                        """
                        select (e.data ->> 'timeLimit')::int from catalog.list_entry e
                        join catalog.list_version v on v.id = e.version_id
                        where v.kind = 'ITEMS' and v.status = 'PUBLISHED' and e.entry_key = '370881-XZXK-003'
                        """)
                .query(Integer.class)
                .single();
        var officer = staff("qufu-officer");
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"LICENSING","title":"某宾馆申请公共场所卫生许可","itemCode":"370881-XZXK-003",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市某宾馆","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(CLINIC_CODE, officerOf("qufu-officer"), officerOf("qufu-officer2")));
        var id = UUID.fromString(json.readTree(response.body()).get("id").asText());
        var received = act(officer, id, "receive", "{}");
        assertThat(deadline(received, "acceptance").get("dueOn").asText())
                .isEqualTo(workingDays.addWorkingDays(today, 5).due().toString());

        var accepted = act(officer, id, "accept", "{}");

        assertThat(deadline(accepted, "licensing-decision").get("dueOn").asText())
                .isEqualTo(workingDays.addWorkingDays(today, limit).due().toString());
        assertThat(deadline(accepted, "acceptance").get("metOn").asText()).isEqualTo(today.toString());
    }

    @Test
    void aCitizenMayAskForAHearingFromTheAmountTheProvincePublished() throws Exception {
        // 行政处罚法 第六十三条: the province's demo list sets 10,000 yuan for citizens
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var below = personCase(officer, leader, 9000);
        var refused = actRefused(
                officer,
                below,
                "request-hearing",
                hearingRequest(below, workingDays.addWorkingDays(today, 8).due()));
        assertThat(refused.get("rule").asText()).isEqualTo("HEARING_THRESHOLD_MET");

        var at = personCase(officer, leader, 10000);
        var requested = act(
                officer,
                at,
                "request-hearing",
                hearingRequest(at, workingDays.addWorkingDays(today, 8).due()));
        assertThat(stage(requested)).isEqualTo("hearing-notice");
    }

    private UUID personCase(StaffClient officer, StaffClient leader, int fine) throws Exception {
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"个人无证行医",
                 "parties":[{"kind":"INDIVIDUAL","name":"李某","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(PERSON_ID, officerOf("qufu-officer"), officerOf("qufu-officer2")));
        var id = UUID.fromString(json.readTree(response.body()).get("id").asText());
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        var proposed = act(officer, id, "propose", proposal(fine, false));
        if (proposed.get("proposalMajor").asBoolean()) {
            // the county's review scope list makes a citizen's fine from 10,000 yuan major (L2)
            act(officer, id, "submit-for-review", "{}");
            org.sunlight.ReviewSteps.agree(staff("qufu-reviewer"), id);
            act(leader, id, "discuss-collectively", "{}");
        }
        act(officer, id, "notify", "{}");
        return id;
    }

    @Test
    void theReviewScopeListMakesAProposalMajorAndSaysWhy() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = openCase(officer, 2);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");

        var small = act(officer, id, "propose", proposal(20000, false));
        assertThat(small.get("proposalMajor").asBoolean()).isFalse();
        var large = act(officer, id, "propose", proposal(60000, false));

        assertThat(large.get("proposalMajor").asBoolean()).isTrue();
        assertThat(large.get("proposalMajorRule").asText()).isEqualTo("对法人或其他组织处以较大数额罚款");
        assertThat(actRefused(officer, id, "notify", "{}").get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");

        // a small fine the officer judges complex: the list's rule for complex cases is named
        var complex = act(officer, id, "propose", proposal(20000, true));
        assertThat(complex.get("proposalMajor").asBoolean()).isTrue();
        assertThat(complex.get("proposalMajorRule").asText()).isEqualTo("案情复杂、涉及多个法律关系");
    }

    @Test
    void aReviewAgreedBeforeAHearingDoesNotClearTheDecisionAfterIt() throws Exception {
        // 行政处罚法 第五十八条第一款第二项: the decision made after a hearing is reviewed on the hearing record
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var reviewer = staff("qufu-reviewer");
        var id = openCase(officer, 2);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        act(officer, id, "propose", proposal(150000, false));
        act(officer, id, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(reviewer, id);
        act(leader, id, "discuss-collectively", "{}");
        act(officer, id, "notify", "{}");
        act(
                officer,
                id,
                "request-hearing",
                hearingRequest(id, workingDays.addWorkingDays(today, 8).due()));
        untilTheHearing(workingDays.addWorkingDays(today, 8).due());
        var heard = act(officer, id, "hold-hearing", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(heard.get("proposalMajorRule").asText()).isEqualTo("经过听证程序作出的决定");
        assertThat(heard.get("reviewCleared").asBoolean()).isFalse();

        var refused = actRefused(leader, id, "decide", "{}");

        assertThat(refused.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(refused.get("detail").asText()).contains("听证前作出的法制审核意见").contains("听证笔录");
        assertThat(stage(view(officer, id))).isEqualTo("decision-pending");

        // reviewed again on the hearing record, the same proposal is decided
        act(leader, id, "reconsider", "{}");
        act(officer, id, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(reviewer, id);
        act(leader, id, "discuss-collectively", "{}");
        act(officer, id, "notify", "{}");
        act(officer, id, "close-statement", "{\"waived\":true}");
        assertThat(stage(act(leader, id, "decide", "{}"))).isEqualTo("decided");
    }

    @Test
    void theDatabaseRefusesAnUnreviewedMajorDecisionWhateverTheCodePath() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = openCase(officer, 2);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        act(officer, id, "propose", proposal(120000, true));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> db.sql("update cases.enforcement_case set stage = 'decided' where id = ?")
                                .param(id)
                                .update())
                .hasMessageContaining("only with the legal review's check");
        assertThat(stage(view(officer, id))).isEqualTo("case-discussion");
    }

    @Test
    void changingAnAgreedProposalNeedsANewReview() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var reviewer = staff("qufu-reviewer");
        var id = openCase(officer, 2);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        act(officer, id, "propose", proposal(80000, true));
        act(officer, id, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(reviewer, id);
        act(leader, id, "discuss-collectively", "{}");

        act(officer, id, "propose", proposal(90000, true));
        var refused = actRefused(officer, id, "notify", "{}");

        assertThat(refused.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(refused.get("detail").asText()).contains("处理意见修改后须重新审核");
        assertThat(view(officer, id).get("reviewCleared").asBoolean()).isFalse();
    }

    @Test
    void investigationNeedsTwoOfficersWithValidCertificates() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var alone = openCase(officer, 1);
        act(leader, alone, "file", "{}");

        var refused = actRefused(officer, alone, "begin-investigation", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("TWO_CERTIFIED_OFFICERS");
        assertThat(refused.get("detail").asText()).contains("两名以上持有有效执法证件").contains("第四十二条");
        assertThat(stage(view(officer, alone))).isEqualTo("filed");

        var revoked = db.sql("select id from organization.officer where revoked and unit_id = ? limit 1")
                .param(qufu())
                .query(UUID.class)
                .single();
        var revokedName = db.sql("select name from organization.officer where id = ?")
                .param(revoked)
                .query(String.class)
                .single();
        var withRevoked = openCase(officer, officerOf("qufu-officer"), revoked);
        act(leader, withRevoked, "file", "{}");
        var named = actRefused(officer, withRevoked, "begin-investigation", "{}");
        assertThat(named.get("detail").asText()).contains(revokedName).contains("已被注销");
    }

    @Test
    void anInvalidPartyIdentityIsRefusedNamingTheField() throws Exception {
        var officer = staff("qufu-officer");

        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"某诊所无证行医",
                 "parties":[{"kind":"ORGANISATION","name":"某诊所","identity":"91350100M000100Y44"}],
                 "officerIds":[]}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo("parties[0].identity");
        assertThat(problem.get("detail").asText()).contains("校验码不正确");
        assertThat(db.sql("select count(*) from cases.enforcement_case where title = '某诊所无证行医'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStepTheStageDoesNotOfferIsRefusedAndAnotherCountyCannotSeeTheCase() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = openCase(officer, 2);

        var refused = actRefused(leader, id, "decide", "{}");
        assertThat(refused.get("status").asInt()).isEqualTo(409);
        assertThat(refused.get("detail").asText()).contains("线索登记");
        var notMine = actRefused(officer, id, "file", "{}");
        assertThat(notMine.get("status").asInt()).isEqualTo(403);
        assertThat(stage(view(officer, id))).isEqualTo("clue");

        assertThat(staff("zoucheng-officer").getJson("/api/cases/" + id).statusCode())
                .isEqualTo(404);
    }

    @Test
    void twoLeadersFilingAtTheSameMomentFileTheCaseOnce() throws Exception {
        var officer = staff("qufu-officer");
        var id = openCase(officer, 2);
        var first = staff("qufu-leader");
        var second = staff("qufu-leader");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (var leader : java.util.List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return leader.postJson("/api/cases/" + id + "/actions/file", "{}")
                            .statusCode();
                }));
            }
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.sql("select count(*) from cases.case_act where case_id = ? and action = 'file'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("select count(*) from cases.case_deadline where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theRecordOfActsCannotBeChangedEvenInTheDatabase() throws Exception {
        var officer = staff("qufu-officer");
        var id = openCase(officer, 2);
        act(staff("qufu-leader"), id, "file", "{}");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> db.sql("update cases.case_act set actor = 'someone-else' where case_id = ?")
                                .param(id)
                                .update())
                .hasMessageContaining("never changed");
    }

    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    private UUID openCase(StaffClient officer, int officers) throws Exception {
        return officers == 1
                ? openCase(officer, officerOf("qufu-officer"))
                : openCase(officer, officerOf("qufu-officer"), officerOf("qufu-officer2"));
    }

    private UUID openCase(StaffClient officer, UUID... officerIds) throws Exception {
        var ids = new StringBuilder();
        for (var officerId : officerIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(officerId).append('"');
        }
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"曲阜市某某诊所未取得医疗机构执业许可证擅自执业",
                 "summary":"群众举报",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市某某诊所","identity":"%s","address":"曲阜市鲁城街道"}],
                 "officerIds":[%s]}
                """
                        .formatted(CLINIC_CODE, ids));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var created = json.readTree(response.body());
        assertThat(created.get("stage").asText()).isEqualTo("clue");
        return UUID.fromString(created.get("id").asText());
    }

    private JsonNode act(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode actRefused(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    private JsonNode view(StaffClient client, UUID id) throws Exception {
        return json.readTree(client.getJson("/api/cases/" + id).body());
    }

    private static String stage(JsonNode view) {
        return view.get("stage").asText();
    }

    private static JsonNode deadline(JsonNode view, String rule) {
        for (var deadline : view.get("deadlines")) {
            if (deadline.get("rule").asText().equals(rule)) {
                return deadline;
            }
        }
        throw new AssertionError("no deadline " + rule + " in " + view.get("deadlines"));
    }

    private static String proposal(int fine, boolean major) {
        return "{\"proposal\":{\"kind\":\"FINE\",\"fine\":" + fine + ",\"text\":\"罚款\",\"major\":" + major + "}}";
    }

    private UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private UUID qufu() {
        return db.sql("select id from organization.unit where division_code = '370881'")
                .query(UUID.class)
                .single();
    }
}
