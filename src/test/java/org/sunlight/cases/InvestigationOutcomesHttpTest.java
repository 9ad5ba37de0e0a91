package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * Ways a penalty case ends during the investigation, over the API: the filing withdrawn when the facts are not
 * established (撤案, 行政处罚法 第五十七条第一款第三项), the case sent to the competent organ (第二十二条至第二十六条) or, suspected
 * of a crime, to the judicial organs (第二十七条) — each by the leader, with its reason printed on its document, the
 * 90-day limit met.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestigationOutcomesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
    }

    private String document(UUID id, String kind) {
        return db.sql("select title || ' ' || html from records.document where case_id = ? and kind = ?")
                .params(id, kind)
                .query(String.class)
                .single();
    }

    private static JsonNode caseLimit(JsonNode view) {
        for (var deadline : view.get("deadlines")) {
            if (deadline.get("rule").asText().equals("case-limit")) {
                return deadline;
            }
        }
        throw new AssertionError("no case limit in " + view);
    }

    @Test
    void theLeaderWithdrawsAFilingWhoseFactsAreNotEstablishedGivingTheReason() throws Exception {
        var id = steps.investigating(officer, leader);
        var byOfficer = steps.refused(officer, id, "withdraw-case", "{\"reason\":\"违法事实不能成立\"}");
        assertThat(byOfficer.get("detail").asText()).contains("负责人");
        var noReason = steps.refused(leader, id, "withdraw-case", "{}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");

        var withdrawn = steps.act(leader, id, "withdraw-case", "{\"reason\":\"经调查，该诊所已取得执业许可，违法事实不能成立\"}");
        assertThat(withdrawn.get("stage").asText()).isEqualTo("withdrawn");
        assertThat(caseLimit(withdrawn).get("metOn").isNull()).isFalse();
        assertThat(withdrawn.get("actions")).isEmpty();
        assertThat(document(id, "CASE_WITHDRAWAL_APPROVAL")).contains("撤销立案审批表").contains("违法事实不能成立");
    }

    @Test
    void aCaseOutsideTheUnitsJurisdictionGoesToTheCompetentOrganAndACrimeToTheJudicialOrgans() throws Exception {
        var elsewhere = steps.investigating(officer, leader);
        var moved = steps.act(leader, elsewhere, "transfer-to-organ", "{\"reason\":\"违法行为发生地在邹城市，移送邹城市卫生健康局\"}");
        assertThat(moved.get("stage").asText()).isEqualTo("transferred-to-organ");
        assertThat(caseLimit(moved).get("metOn").isNull()).isFalse();
        assertThat(document(elsewhere, "CASE_TRANSFER_LETTER"))
                .contains("案件移送书")
                .contains("移送邹城市卫生健康局");

        var crime = steps.investigating(officer, leader);
        var noReason = steps.refused(leader, crime, "transfer", "{}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");
        var sent = steps.act(leader, crime, "transfer", "{\"reason\":\"涉嫌非法行医罪\"}");
        assertThat(sent.get("stage").asText()).isEqualTo("transferred");
        assertThat(document(crime, "TRANSFER_LETTER")).contains("涉嫌犯罪案件移送书");
    }
}
