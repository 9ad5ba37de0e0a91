package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * The outcomes of a penalty case after its investigation, over the API and the console: not punished by a decision of
 * its own with its ground (行政处罚法 第三十条、第三十一条、第三十三条, 首违不罚 and no subjective fault included), punished
 * more lightly or below the range with the ground of 第三十二条 recorded and printed, and the penalties of 第九条 that
 * are kinds of their own (降低资质等级、限制开展生产经营活动、责令关闭、限制从业), none of which has anything to pay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PenaltyOutcomesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;
    private LocalDate today;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
        today = LocalDate.now(clock);
    }

    private static String proposal(String kind, String mitigation, String ground) {
        return "{\"proposal\":{\"kind\":\"" + kind + "\"" + (kind.equals("FINE") ? ",\"fine\":3000" : "")
                + ",\"text\":\"拟作出处理\",\"major\":false"
                + (mitigation == null ? "" : ",\"mitigation\":\"" + mitigation + "\"")
                + (ground == null ? "" : ",\"ground\":\"" + ground + "\"") + "}}";
    }

    private String served() {
        return "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + today + "\"}";
    }

    @Test
    void aFirstOffenceCorrectedInTimeIsNotPunishedByADecisionOfItsOwnThatStatesTheGround() throws Exception {
        var id = steps.inDiscussion(officer, leader);
        var noGround = steps.refused(officer, id, "propose", proposal("NO_PENALTY", null, null));
        assertThat(noGround.get("rule").asText()).isEqualTo("NO_PENALTY_GROUND");
        assertThat(noGround.get("detail").asText()).contains("第三十三条").contains("首违不罚");
        var mitigated = steps.refused(officer, id, "propose", proposal("NO_PENALTY", "LIGHTER", "FIRST_OFFENCE"));
        assertThat(mitigated.get("rule").asText()).isEqualTo("NO_PENALTY_GROUND");

        var proposed = steps.act(officer, id, "propose", proposal("NO_PENALTY", null, "FIRST_OFFENCE"));
        assertThat(proposed.get("proposalGround").asText()).isEqualTo("FIRST_OFFENCE");
        assertThat(proposed.get("actions").toString()).doesNotContain("decide-no-penalty");
        // 第四十四条 tells a party of an intended penalty: there is none
        var told = steps.refused(officer, id, "notify", "{}");
        assertThat(told.get("rule").asText()).isEqualTo("DECISION_AS_PROPOSED");
        assertThat(told.get("detail").asText()).contains("不予行政处罚");
        // the leader decides, not the officer
        steps.refused(officer, id, "decide-no-penalty", "{}");

        var decided = steps.act(leader, id, "decide-no-penalty", "{}");
        assertThat(decided.get("stage").asText()).isEqualTo("decided");
        assertThat(decided.get("proposalKind").asText()).isEqualTo("NO_PENALTY");
        assertThat(CaseSteps.deadline(decided, "case-limit").get("metOn").isNull())
                .isFalse();
        assertThat(steps.document(id, "NO_PENALTY_DECISION"))
                .contains("不予行政处罚决定书")
                .contains("第五十七条第一款第二项")
                .contains("首违不罚")
                .contains("第三十三条第一款")
                .contains("行政复议");
        assertThat(steps.document(id, "PENALTY_DECISION")).isNull();
        // the responsibility system's records count it as decided that day (case-file evaluation, detection models)
        assertThat(db.sql("select decided_at is not null from supervision.case_record where case_id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        var servedCase = steps.act(officer, id, "serve", served());
        assertThat(CaseSteps.deadline(servedCase, "payment"))
                .as("nothing to pay")
                .isNull();
        assertThat(steps.act(leader, id, "close", "{}").get("stage").asText()).isEqualTo("closed");
    }

    @Test
    void noSubjectiveFaultIsAGroundNotToPunishAndAGroundForAChildIsNotOneForAClinic() throws Exception {
        var id = steps.inDiscussion(officer, leader);
        var child = steps.refused(officer, id, "propose", proposal("NO_PENALTY", null, "UNDER_FOURTEEN"));
        assertThat(child.get("rule").asText()).isEqualTo("NO_PENALTY_GROUND");
        assertThat(child.get("detail").asText()).contains("只适用于公民");
        // a ground not to punish does not go with a fine
        var fined = steps.refused(officer, id, "propose", proposal("FINE", null, "NO_FAULT"));
        assertThat(fined.get("rule").asText()).isEqualTo("NO_PENALTY_GROUND");

        steps.act(officer, id, "propose", proposal("NO_PENALTY", null, "NO_FAULT"));
        steps.act(leader, id, "decide-no-penalty", "{}");
        assertThat(steps.document(id, "NO_PENALTY_DECISION")).contains("没有主观过错").contains("第三十三条第二款");
    }

    @Test
    void aLighterPenaltyIsRecordedWithItsGroundAndPrintedOnTheDecision() throws Exception {
        var id = steps.inDiscussion(officer, leader);
        var noGround = steps.refused(officer, id, "propose", proposal("FINE", "LIGHTER", null));
        assertThat(noGround.get("rule").asText()).isEqualTo("MITIGATION_GROUND");
        assertThat(noGround.get("detail").asText()).contains("从轻处罚").contains("第三十二条");
        var noChoice = steps.refused(officer, id, "propose", proposal("FINE", null, "HARM_REDUCED"));
        assertThat(noChoice.get("rule").asText()).isEqualTo("MITIGATION_GROUND");
        var warning = steps.refused(officer, id, "propose", proposal("NO_PENALTY", "REDUCED", "HARM_REDUCED"));
        assertThat(warning.get("rule").asText()).isIn("NO_PENALTY_GROUND", "MITIGATION_GROUND");

        var proposed = steps.act(officer, id, "propose", proposal("FINE", "LIGHTER", "HARM_REDUCED"));
        assertThat(proposed.get("proposalMitigation").asText()).isEqualTo("LIGHTER");
        assertThat(proposed.get("proposalGround").asText()).isEqualTo("HARM_REDUCED");
        assertThat(officer.get("/console/cases/" + id).body()).contains("从轻处罚").contains("主动消除或者减轻违法行为危害后果");
        // a penalty is not decided as 不予处罚
        assertThat(steps.refused(leader, id, "decide-no-penalty", "{}")
                        .get("rule")
                        .asText())
                .isEqualTo("DECISION_AS_PROPOSED");

        steps.act(officer, id, "notify", "{}");
        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        assertThat(steps.document(id, "PENALTY_DECISION")).contains("从轻处罚").contains("第三十二条第一项");
    }

    @Test
    void theConsoleRefusesAMitigationWithoutItsGroundInChinese() throws Exception {
        var id = steps.inDiscussion(officer, leader);
        var page = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/propose",
                form("proposalKind", "FINE", "proposalFine", "3000", "mitigation", "REDUCED"));
        assertThat(page.body()).contains("减轻处罚须写明法定情形").contains("第三十二条");
        assertThat(steps.view(officer, id).get("proposalKind").isNull()).isTrue();
    }

    @Test
    void thePenaltiesOfArticleNineAreKindsOfTheirOwnWithNothingToPay() throws Exception {
        // 第六十三条: 降低资质等级 and 限制从业 give a hearing right whatever the amount; 限制开展生产经营活动 does not
        for (var kind : new String[] {"DEMOTION", "EMPLOYMENT_BAN", "CLOSURE", "RESTRICTION"}) {
            var id = steps.inDiscussion(officer, leader);
            var fined = steps.refused(
                    officer,
                    id,
                    "propose",
                    "{\"proposal\":{\"kind\":\"" + kind + "\",\"fine\":100,\"text\":\"拟作出处理\",\"major\":false}}");
            assertThat(fined.get("field").asText()).as(kind).isEqualTo("proposal.fine");
            var proposed = steps.act(officer, id, "propose", proposal(kind, null, null));
            assertThat(proposed.get("hearingAllowed").asBoolean()).as(kind).isEqualTo(!kind.equals("RESTRICTION"));
            assertThat(proposed.get("proposalKind").asText()).isEqualTo(kind);
        }
        var id = steps.inDiscussion(officer, leader);
        steps.act(officer, id, "propose", proposal("RESTRICTION", "LIGHTER", "CONFESSED"));
        steps.act(officer, id, "notify", "{}");
        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        assertThat(steps.document(id, "PENALTY_DECISION")).contains("限制开展生产经营活动");
        var servedCase = steps.act(officer, id, "serve", served());
        assertThat(CaseSteps.deadline(servedCase, "payment"))
                .as("nothing to pay")
                .isNull();
        assertThat(steps.act(leader, id, "close", "{}").get("stage").asText()).isEqualTo("closed");
    }
}
