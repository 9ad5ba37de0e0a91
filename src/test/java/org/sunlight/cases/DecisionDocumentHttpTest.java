package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The penalty decision as 行政处罚法 第五十九条 wants it, read from the document issued over the API: the provisions broken
 * and the penalty provision from the item and the discretion standard the proposal chose, the facts and evidence
 * without the internal discussion, the kind and amount, where and by when to pay, the organ of reconsideration and the
 * court with their periods, and only the officers who acted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionDocumentHttpTest {

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

    private String name(UUID officerId) {
        return db.sql("select name from organization.officer where id = ?")
                .param(officerId)
                .query(String.class)
                .single();
    }

    @Test
    void theDecisionCitesTheProvisionsOfTheItemChosenAndNamesWhereToPayAndWhereToComplain() throws Exception {
        var id = steps.investigating(officer, leader);
        var own = steps.officerOf("qufu-officer");
        var colleague = steps.colleagueOf("qufu-officer");
        var listedOnly = steps.notOnTheCase("qufu-officer", id);
        steps.act(officer, id, "add-officer", "{\"officerId\":\"" + listedOnly + "\"}");
        steps.act(
                officer,
                id,
                "inspect-site",
                "{\"note\":\"现场查见该诊所未经备案开展诊疗活动\",\"reason\":\"执法记录仪故障\",\"companionId\":\"" + colleague + "\"}");
        steps.act(officer, id, "conclude-investigation", "{}");
        steps.act(
                officer,
                id,
                "propose",
                """
                {"note":"合议：承办人内部意见，建议从严","proposal":{"kind":"FINE","fine":8000,"text":"罚款人民币八千元",
                 "major":false,"itemCode":"370881-XZCF-002","circumstance":"一般"}}
                """);
        steps.act(officer, id, "notify", "{}");
        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{\"note\":\"负责人审批意见：同意\"}");

        var decision = steps.document(id, "PENALTY_DECISION");
        assertThat(decision)
                // 第五十九条第一款第三项: the provisions broken and the penalty provision of the item and standard chosen
                .contains("《医疗机构管理条例》第十四条")
                .contains("370881-XZCF-002")
                .contains("370881-XZCF-002-2")
                .contains("第四十三条第二款")
                // 第二项: facts and evidence, not the internal discussion nor the leader's approval
                .contains("现场查见该诊所未经备案开展诊疗活动")
                .doesNotContain("承办人内部意见")
                .doesNotContain("负责人审批意见")
                .contains("罚款")
                .contains("8000.00")
                // 第四项: where and by when to pay (罚缴分离, 第六十七条)
                .contains("十五日内")
                .contains("中国农业银行曲阜市支行")
                .contains("山东省非税收入电子缴款平台")
                // 第五项: the organ of reconsideration and the court, with their periods
                .contains("六十日内向曲阜市人民政府申请行政复议")
                .contains("六个月内向曲阜市人民法院提起行政诉讼")
                // 第四十二条: the officers who acted, not one only listed
                .contains(name(own))
                .contains(name(colleague))
                .doesNotContain(name(listedOnly));
    }

    @Test
    void aDecisionWhoseProposalChoseNoItemSaysSoInsteadOfCitingOnlyTheProcedure() throws Exception {
        var id = steps.inDiscussion(officer, leader);
        steps.act(officer, id, "propose", CaseSteps.proposal("WARNING", null, false));
        steps.act(officer, id, "notify", "{}");
        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        assertThat(steps.document(id, "PENALTY_DECISION")).contains("未选择执法事项").contains("第五十七条、第五十九条");
    }
}
