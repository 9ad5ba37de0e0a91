package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.CaseSteps.proposal;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.DaysPassingTest;
import org.sunlight.ReviewSteps;

/**
 * Seizure (查封、扣押) as 行政强制法 has it, over the API and the console with days passing on the application's clock:
 * one extension of at most 30 days with its reason notified in writing, the testing period named in its own notice and
 * not counted (第二十五条); a seizure handed over to a penalty case goes on, its clock running, until that case's decision
 * confiscates the goods within the period or the seizure is released with the goods returned (第二十七条、第二十八条); the
 * emergency seizure on the spot reported within 24 hours and approved afterwards, or released (第十九条).
 */
class CoercionHttpTest extends DaysPassingTest {

    private static final String RECORDER_FAILED = "\"reason\":\"执法记录仪故障\"";

    private UUID opened() throws Exception {
        return steps.open(
                officer, "COERCION", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
    }

    /** A seizure proposed, reviewed and taken today by the leader's decision (第十八条). */
    private UUID seized() throws Exception {
        var id = opened();
        steps.act(officer, id, "propose", proposal("SEIZURE", null, false));
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        steps.act(leader, id, "seize", "{" + RECORDER_FAILED + "}");
        return id;
    }

    private LocalDate seizureEnds(UUID id) throws Exception {
        return LocalDate.parse(
                deadline(steps.view(officer, id), "seizure").get("dueOn").asText());
    }

    /** The follow-up penalty case taken to its decision of the kind (a fine of 3,000 yuan, or confiscation). */
    private void decide(UUID penaltyCase, String kind) throws Exception {
        steps.act(leader, penaltyCase, "file", "{}");
        steps.act(officer, penaltyCase, "begin-investigation", "{}");
        steps.act(officer, penaltyCase, "conclude-investigation", "{}");
        steps.act(officer, penaltyCase, "propose", proposal(kind, "3000", false));
        steps.act(officer, penaltyCase, "notify", "{}");
        steps.act(officer, penaltyCase, "close-statement", "{\"waived\":true}");
        steps.act(leader, penaltyCase, "decide", "{}");
    }

    private static UUID followUp(JsonNode view) {
        return UUID.fromString(view.get("followUpCaseId").asText());
    }

    @Test
    void aSeizureHandedOverToACaseRunsUntilItsDecisionConfiscatesTheGoods() throws Exception {
        var id = seized();
        var seizedOn = today();
        assertThat(seizureEnds(id))
                .isEqualTo(workingDays.addCalendarDays(seizedOn, 30).due());

        // 第二十五条第三款: the testing period, stated and notified, is not counted
        var before = seizureEnds(id);
        steps.act(officer, id, "notify-testing", "{\"reason\":\"送疾控中心检验消毒产品有效成分\",\"days\":10}");
        assertThat(seizureEnds(id)).isEqualTo(before.plusDays(10));
        assertThat(steps.document(id, "TESTING_PERIOD_NOTICE"))
                .contains("检测（检验、检疫、技术鉴定）期间告知书")
                .contains("送疾控中心检验消毒产品有效成分")
                .contains("10 日")
                .contains(String.valueOf(before.plusDays(10)));

        // 第二十五条第一款、第二款: the leader's one extension, its reason and new end notified in writing
        var extended = seizureEnds(id).plusDays(30);
        steps.act(leader, id, "extend-seizure", "{\"reason\":\"案情复杂，需调查产品来源\",\"days\":30}");
        assertThat(seizureEnds(id)).isEqualTo(extended);
        assertThat(steps.document(id, "SEIZURE_EXTENSION_DECISION"))
                .contains("延长查封（扣押）期限决定书")
                .contains("案情复杂，需调查产品来源")
                .contains("延长 30 日")
                .contains(String.valueOf(extended))
                .contains("行政复议");

        // 第二十七条: handed over, the seizure and its clock go on in the linked penalty case
        var handed = steps.act(leader, id, "hand-over-to-case", "{}");
        assertThat(handed.get("stage").asText()).isEqualTo("in-case");
        assertThat(deadline(handed, "seizure").get("metOn").isNull()).isTrue();
        var penaltyCase = followUp(handed);
        assertThat(steps.stage(officer, penaltyCase)).isEqualTo("clue");
        assertThat(steps.view(officer, penaltyCase).get("originCaseId").asText())
                .isEqualTo(id.toString());

        var undecided = steps.refused(leader, id, "record-confiscation", "{}");
        assertThat(undecided.get("rule").asText()).isEqualTo("HANDLING_DECISION_LINKED");
        assertThat(undecided.get("detail").asText()).contains("尚未作出行政处罚决定").contains("第二十七条");

        decide(penaltyCase, "CONFISCATION");
        var disposed = steps.act(leader, id, "record-confiscation", "{}");
        assertThat(disposed.get("stage").asText()).isEqualTo("disposed");
        assertThat(LocalDate.parse(deadline(disposed, "seizure").get("metOn").asText()))
                .isEqualTo(today());
        assertThat(steps.document(id, "SEIZED_GOODS_HANDLING_RECORD"))
                .contains("查封（扣押）财物处理记录")
                .contains("没收");
        assertThat(steps.act(officer, id, "archive", "{}").get("stage").asText())
                .isEqualTo("archived");
    }

    @Test
    void handingOverNoLongerEndsTheSeizureAndAFineDoesNotConfiscate() throws Exception {
        var id = seized();
        var penaltyCase = followUp(steps.act(leader, id, "hand-over-to-case", "{}"));
        // no way out of the seizure but a release or a handling decision
        assertThat(steps.view(leader, id).get("actions").toString())
                .contains("release")
                .contains("record-confiscation")
                .doesNotContain("archive");
        decide(penaltyCase, "FINE");
        var fined = steps.refused(leader, id, "record-confiscation", "{}");
        assertThat(fined.get("rule").asText()).isEqualTo("HANDLING_DECISION_LINKED");
        assertThat(fined.get("detail").asText()).contains("没有没收");
        var destroy = steps.refused(leader, id, "destroy-seized", "{}");
        assertThat(destroy.get("rule").asText()).isEqualTo("REASON_GIVEN");

        // 第二十八条: released with its ground, the goods returned on a day recorded
        var noGround = steps.refused(leader, id, "release", "{\"returnedOn\":\"" + today() + "\"}");
        assertThat(noGround.get("rule").asText()).isEqualTo("GOODS_RETURNED");
        var notReturned = steps.refused(leader, id, "release", "{\"reason\":\"已作出处理决定，不再需要查封扣押\"}");
        assertThat(notReturned.get("rule").asText()).isEqualTo("GOODS_RETURNED");
        assertThat(notReturned.get("detail").asText()).contains("退还");
        var future = steps.refused(
                leader, id, "release", "{\"reason\":\"不再需要查封扣押\",\"returnedOn\":\"" + today().plusDays(1) + "\"}");
        assertThat(future.get("field").asText()).isEqualTo("returnedOn");
        var released = steps.act(
                leader, id, "release", "{\"reason\":\"已作出处理决定，不再需要查封扣押\",\"returnedOn\":\"" + today() + "\"}");
        assertThat(released.get("stage").asText()).isEqualTo("released");
        assertThat(deadline(released, "seizure").get("metOn").isNull()).isFalse();
        assertThat(steps.document(id, "RELEASE_DECISION"))
                .contains("已作出处理决定，不再需要查封扣押")
                .contains("财物已于 " + today() + " 退还当事人");
    }

    @Test
    void afterItsPeriodASeizureIsNeitherExtendedNorHandledButReleased() throws Exception {
        var id = seized();
        var penaltyCase = followUp(steps.act(leader, id, "hand-over-to-case", "{}"));
        var ends = seizureEnds(id);
        clock.passDays(ChronoUnit.DAYS.between(today(), ends.plusDays(1)));

        var late = steps.refused(leader, id, "extend-seizure", "{\"reason\":\"案情复杂\",\"days\":10}");
        assertThat(late.get("rule").asText()).isEqualTo("SEIZURE_EXTENDED_ONCE");
        assertThat(late.get("detail").asText()).contains("已于 " + ends + " 届满");
        var testing = steps.refused(officer, id, "notify-testing", "{\"reason\":\"送检\",\"days\":5}");
        assertThat(testing.get("rule").asText()).isEqualTo("TESTING_PERIOD_STATED");

        decide(penaltyCase, "CONFISCATION");
        var tooLate = steps.refused(leader, id, "record-confiscation", "{}");
        assertThat(tooLate.get("rule").asText()).isEqualTo("HANDLING_DECISION_LINKED");
        assertThat(tooLate.get("detail").asText()).contains("晚于查封扣押期限");
        steps.act(leader, id, "release", "{\"reason\":\"查封扣押期限已经届满\",\"returnedOn\":\"" + today() + "\"}");
        assertThat(steps.stage(officer, id)).isEqualTo("released");
    }

    @Test
    void theTestingPeriodIsStatedInDays() throws Exception {
        var id = seized();
        var noWhat = steps.refused(officer, id, "notify-testing", "{\"days\":10}");
        assertThat(noWhat.get("rule").asText()).isEqualTo("TESTING_PERIOD_STATED");
        var noDays = steps.refused(officer, id, "notify-testing", "{\"reason\":\"送检\"}");
        assertThat(noDays.get("rule").asText()).isEqualTo("TESTING_PERIOD_STATED");
        assertThat(noDays.get("detail").asText()).contains("第二十五条第三款");
    }

    @Test
    void anEmergencySeizureIsReportedWithin24HoursAndApprovedAfterwards() throws Exception {
        var id = opened();
        var onTheSpot = steps.act(
                officer,
                id,
                "seize-on-the-spot",
                "{\"reason\":\"现场发现过期药品正在使用，不立即扣押将继续危害就诊者\",\"companionId\":\""
                        + steps.officerOf("qufu-officer2")
                        + "\",\"proposal\":{\"kind\":\"SEIZURE\",\"text\":\"扣押过期药品\",\"major\":false}}");
        assertThat(onTheSpot.get("stage").asText()).isEqualTo("seized-on-the-spot");
        // the seizure's period runs from the day it was taken
        assertThat(LocalDate.parse(
                        deadline(onTheSpot, "seizure").get("startedOn").asText()))
                .isEqualTo(today());
        assertThat(steps.document(id, "SEIZURE_LIST")).contains("查封（扣押）清单");

        var unreported = steps.refused(leader, id, "approve-seizure", "{}");
        assertThat(unreported.get("rule").asText()).isEqualTo("EMERGENCY_REPORTED");
        assertThat(unreported.get("detail").asText()).contains("尚未向负责人报告");

        clock.pass(Duration.ofHours(23));
        steps.act(officer, id, "report-to-leader", "{\"note\":\"已电话报告并提交书面报告\"}");
        assertThat(steps.document(id, "EMERGENCY_REPORT")).contains("二十四小时内");
        var twice = steps.refused(officer, id, "report-to-leader", "{}");
        assertThat(twice.get("rule").asText()).isEqualTo("EMERGENCY_REPORT_IN_TIME");

        // a seizure is a major decision by the review scope: the approval waits for the legal review
        var approval = steps.refused(leader, id, "approve-seizure", "{}");
        assertThat(approval.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        steps.act(officer, id, "submit-for-review", "{}");
        assertThat(steps.stage(officer, id)).isEqualTo("emergency-review");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        assertThat(steps.stage(officer, id)).isEqualTo("seized-on-the-spot");
        var approved = steps.act(leader, id, "approve-seizure", "{}");
        assertThat(approved.get("stage").asText()).isEqualTo("seized");
        assertThat(steps.document(id, "SEIZURE_DECISION")).contains("查封（扣押）决定书");
        // still the period that started on the spot
        assertThat(deadline(approved, "seizure").get("startedOn").asText())
                .isEqualTo(deadline(onTheSpot, "seizure").get("startedOn").asText());
    }

    @Test
    void anEmergencySeizureNotReportedWithin24HoursIsReleased() throws Exception {
        var id = opened();
        var noReason = steps.refused(
                officer,
                id,
                "seize-on-the-spot",
                "{\"companionId\":\"" + steps.officerOf("qufu-officer2")
                        + "\",\"proposal\":{\"kind\":\"SEIZURE\",\"text\":\"扣押\",\"major\":false}}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");
        var alone = steps.refused(
                officer,
                id,
                "seize-on-the-spot",
                "{\"reason\":\"情况紧急\",\"proposal\":{\"kind\":\"SEIZURE\",\"text\":\"扣押\",\"major\":false}}");
        assertThat(alone.get("rule").asText()).isEqualTo("TWO_OFFICERS_ACT");
        steps.act(
                officer,
                id,
                "seize-on-the-spot",
                "{\"reason\":\"情况紧急\",\"companionId\":\"" + steps.officerOf("qufu-officer2")
                        + "\",\"proposal\":{\"kind\":\"SEIZURE\",\"text\":\"扣押\",\"major\":false}}");
        clock.pass(Duration.ofHours(25));
        var late = steps.refused(officer, id, "report-to-leader", "{}");
        assertThat(late.get("rule").asText()).isEqualTo("EMERGENCY_REPORT_IN_TIME");
        assertThat(late.get("detail").asText()).contains("已超过 24 小时");
        assertThat(steps.refused(leader, id, "approve-seizure", "{}")
                        .get("rule")
                        .asText())
                .isEqualTo("EMERGENCY_REPORTED");
        var released =
                steps.act(leader, id, "release", "{\"reason\":\"未在二十四小时内报告，依法解除\",\"returnedOn\":\"" + today() + "\"}");
        assertThat(released.get("stage").asText()).isEqualTo("released");
    }

    @Test
    void theConsoleRefusesASecondExtensionNamingTheArticleInChinese() throws Exception {
        var id = seized();
        steps.act(leader, id, "extend-seizure", "{\"reason\":\"案情复杂\",\"days\":20}");
        var page = leader.postFormAndFollow(
                "/console/cases/" + id + "/actions/extend-seizure", form("reason", "再次延长", "days", "10"));
        assertThat(page.body()).contains("只能延长一次").contains("第二十五条");
        var release = leader.postFormAndFollow("/console/cases/" + id + "/actions/release", form("reason", "不再需要查封扣押"));
        assertThat(release.body()).contains("请填写财物退还当事人的日期").contains("第二十八条");
        assertThat(leader.get("/console/cases/" + id).body()).contains("财物退还当事人的日期");
        assertThat(steps.stage(officer, id)).isEqualTo("seized");
    }
}
