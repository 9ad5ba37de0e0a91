package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.StaffClient.form;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.sunlight.DaysPassingTest;

/**
 * 先行登记保存 (行政处罚法 第五十六条) over the API and the console: the leader approves before the evidence is preserved,
 * one approval for one preservation; the 先行登记保存证据处理决定书 follows within 7 working days, a document of its own;
 * and the investigation is not concluded while a preservation waits for it.
 */
class PreservationHttpTest extends DaysPassingTest {

    private static final String RECORDER_FAILED = "{\"reason\":\"执法记录仪故障\"}";

    @Test
    void approvedPreservedHandledThenTheInvestigationConcludes() throws Exception {
        var id = steps.investigating(officer, leader);
        var unapproved = steps.refused(officer, id, "preserve-evidence", RECORDER_FAILED);
        assertThat(unapproved.get("rule").asText()).isEqualTo("PRESERVATION_APPROVED");
        assertThat(unapproved.get("detail").asText()).contains("负责人批准").contains("第五十六条");
        // the officer does not approve it
        steps.refused(officer, id, "approve-preservation", "{\"reason\":\"药品可能被转移\"}");
        var noReason = steps.refused(leader, id, "approve-preservation", "{}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");

        steps.act(leader, id, "approve-preservation", "{\"reason\":\"过期药品可能被转移、销毁\"}");
        assertThat(steps.document(id, "PRESERVATION_APPROVAL"))
                .contains("先行登记保存证据审批表")
                .contains("过期药品可能被转移、销毁");
        var preserved = steps.act(officer, id, "preserve-evidence", RECORDER_FAILED);
        var due = workingDays.addWorkingDays(today(), 7).due();
        assertThat(deadline(preserved, "preservation-decision").get("dueOn").asText())
                .isEqualTo(due.toString());
        // one approval, one preservation
        var again = steps.refused(officer, id, "preserve-evidence", RECORDER_FAILED);
        assertThat(again.get("rule").asText()).isEqualTo("PRESERVATION_APPROVED");

        var open = steps.refused(officer, id, "conclude-investigation", "{}");
        assertThat(open.get("rule").asText()).isEqualTo("NO_PRESERVATION_OPEN");
        assertThat(open.get("detail").asText()).contains("尚未作出处理决定").contains(due.toString());
        var withdraw = steps.refused(leader, id, "withdraw-case", "{\"reason\":\"违法事实不能成立\"}");
        assertThat(withdraw.get("rule").asText()).isEqualTo("NO_PRESERVATION_OPEN");

        var unstated = steps.refused(leader, id, "decide-preservation", "{}");
        assertThat(unstated.get("rule").asText()).isEqualTo("REASON_GIVEN");
        clock.passDays(ChronoUnit.DAYS.between(today(), due));
        var handled = steps.act(leader, id, "decide-preservation", "{\"reason\":\"拍照、复制后退还当事人\"}");
        assertThat(LocalDate.parse(
                        deadline(handled, "preservation-decision").get("metOn").asText()))
                .isEqualTo(due);
        // its own document, not a second 先行登记保存决定书
        assertThat(steps.document(id, "PRESERVATION_HANDLING_DECISION"))
                .contains("先行登记保存证据处理决定书")
                .contains("拍照、复制后退还当事人")
                .contains("行政复议");
        assertThat(db.sql("select count(*) from records.document where case_id = ? and kind = ?")
                        .params(id, "EVIDENCE_PRESERVATION_DECISION")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        var nothingOpen = steps.refused(leader, id, "decide-preservation", "{\"reason\":\"再次处理\"}");
        assertThat(nothingOpen.get("rule").asText()).isEqualTo("PRESERVATION_OPEN");
        assertThat(steps.act(officer, id, "conclude-investigation", "{}")
                        .get("stage")
                        .asText())
                .isEqualTo("case-discussion");
    }

    @Test
    void theConsoleRefusesAPreservationWithoutApprovalInChinese() throws Exception {
        var id = steps.investigating(officer, leader);
        var page = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/preserve-evidence", form("reason", "执法记录仪故障"));
        assertThat(page.body()).contains("须事先经行政机关负责人批准").contains("第五十六条");
        assertThat(db.sql("select count(*) from cases.case_deadline where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("only the case limit runs")
                .isEqualTo(1L);
    }
}
