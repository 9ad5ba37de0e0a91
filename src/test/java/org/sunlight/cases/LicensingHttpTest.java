package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.CaseSteps.proposal;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.DaysPassingTest;

/**
 * Licensing clocks of 行政许可法 over the API, days passing on the application's clock: the one-time 补正 notice within
 * 5 working days, else the application counts as accepted from its receipt (第三十二条); the 20-working-day limit
 * extended once by at most 10 with the leader's approval and the reason told (第四十二条); the time of an expert review
 * or testing not counted, told in writing (第四十五条).
 */
class LicensingHttpTest extends DaysPassingTest {

    private UUID received() throws Exception {
        var id = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, id, "receive", "{}");
        return id;
    }

    private LocalDate limitEnds(UUID id) throws Exception {
        return LocalDate.parse(deadline(steps.view(officer, id), "licensing-decision")
                .get("dueOn")
                .asText());
    }

    @Test
    void theApplicantIsToldOnceWhatToCorrectAndTheLimitRunsFromAcceptance() throws Exception {
        var id = received();
        var unstated = steps.refused(officer, id, "request-correction", "{}");
        assertThat(unstated.get("rule").asText()).isEqualTo("CORRECTION_ONCE");
        var asked = steps.act(officer, id, "request-correction", "{\"reason\":\"缺少卫生管理制度、从业人员健康合格证明\"}");
        assertThat(deadline(asked, "acceptance").get("metOn").asText()).isEqualTo(today().toString());
        assertThat(steps.document(id, "CORRECTION_NOTICE"))
                .contains("补正材料通知书")
                .contains("缺少卫生管理制度、从业人员健康合格证明")
                .contains("一次告知");
        var twice = steps.refused(officer, id, "request-correction", "{\"reason\":\"另缺平面图\"}");
        assertThat(twice.get("rule").asText()).isEqualTo("CORRECTION_ONCE");
        assertThat(twice.get("detail").asText()).contains("全部内容");

        // the applicant brings the materials ten days later: accepted then, the limit runs from that day
        clock.passDays(10);
        var accepted = steps.act(officer, id, "accept", "{}");
        assertThat(deadline(accepted, "licensing-decision").get("startedOn").asText())
                .isEqualTo(today().toString());
        assertThat(limitEnds(id))
                .isEqualTo(workingDays.addWorkingDays(today(), 20).due());
    }

    @Test
    void withNoCorrectionAskedInFiveWorkingDaysTheApplicationCountsAsAcceptedFromReceipt() throws Exception {
        var receivedOn = today();
        var id = received();
        var due = LocalDate.parse(
                deadline(steps.view(officer, id), "acceptance").get("dueOn").asText());
        passUntil(due.plusDays(1));

        var late = steps.refused(officer, id, "request-correction", "{\"reason\":\"缺少平面图\"}");
        assertThat(late.get("rule").asText()).isEqualTo("ACCEPTANCE_IN_TIME");
        assertThat(late.get("detail").asText()).contains("即为受理").contains("第三十二条");
        var refusal = steps.refused(officer, id, "refuse-application", "{\"reason\":\"不属于本机关职权范围\"}");
        assertThat(refusal.get("rule").asText()).isEqualTo("ACCEPTANCE_IN_TIME");

        var accepted = steps.act(officer, id, "accept", "{}");
        assertThat(deadline(accepted, "licensing-decision").get("startedOn").asText())
                .isEqualTo(receivedOn.toString());
        assertThat(limitEnds(id))
                .isEqualTo(workingDays.addWorkingDays(receivedOn, 20).due());
    }

    @Test
    void theLimitIsExtendedOnceByTenWorkingDaysAndAnExpertReviewIsNotCounted() throws Exception {
        var id = received();
        steps.act(officer, id, "accept", "{}");
        var limit = limitEnds(id);

        var noWhat = steps.refused(officer, id, "notify-excluded-period", "{\"days\":5}");
        assertThat(noWhat.get("rule").asText()).isEqualTo("EXCLUDED_PERIOD_STATED");
        steps.act(officer, id, "notify-excluded-period", "{\"reason\":\"组织专家评审集中空调通风系统卫生评价报告\",\"days\":5}");
        var afterReview = workingDays.addWorkingDays(limit, 5).due();
        assertThat(limitEnds(id)).isEqualTo(afterReview);
        assertThat(steps.document(id, "EXCLUDED_PERIOD_NOTICE"))
                .contains("行政许可期限扣除时间告知书")
                .contains("组织专家评审")
                .contains(afterReview.toString());

        // the leader approves, not the officer; at most 10 working days, once
        steps.refused(officer, id, "extend-licensing-limit", "{\"reason\":\"需现场复核\",\"days\":10}");
        var tooLong = steps.refused(leader, id, "extend-licensing-limit", "{\"reason\":\"需现场复核\",\"days\":11}");
        assertThat(tooLong.get("rule").asText()).isEqualTo("LICENSING_EXTENDED_ONCE");
        var noReason = steps.refused(leader, id, "extend-licensing-limit", "{\"days\":10}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");
        steps.act(leader, id, "extend-licensing-limit", "{\"reason\":\"需对整改情况现场复核\",\"days\":10}");
        var extended = workingDays.addWorkingDays(afterReview, 10).due();
        assertThat(limitEnds(id)).isEqualTo(extended);
        assertThat(steps.document(id, "LICENSING_EXTENSION_NOTICE"))
                .contains("延长行政许可期限告知书")
                .contains("需对整改情况现场复核")
                .contains(extended.toString());
        var again = steps.refused(leader, id, "extend-licensing-limit", "{\"reason\":\"再延长\",\"days\":5}");
        assertThat(again.get("rule").asText()).isEqualTo("LICENSING_EXTENDED_ONCE");

        // to the end: granted, served, archived
        steps.act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        steps.act(leader, id, "grant-licence", "{}");
        steps.act(
                officer,
                id,
                "serve",
                "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + today() + "\"}");
        assertThat(steps.act(officer, id, "archive", "{}").get("stage").asText())
                .isEqualTo("archived");
    }

    @Test
    void afterTheLimitEndedItIsNotExtended() throws Exception {
        var id = received();
        steps.act(officer, id, "accept", "{}");
        passUntil(limitEnds(id).plusDays(1));
        var late = steps.refused(leader, id, "extend-licensing-limit", "{\"reason\":\"需现场复核\",\"days\":5}");
        assertThat(late.get("rule").asText()).isEqualTo("LICENSING_EXTENDED_ONCE");
        assertThat(late.get("detail").asText()).contains("已于 " + limitEnds(id) + " 届满");
    }
}
