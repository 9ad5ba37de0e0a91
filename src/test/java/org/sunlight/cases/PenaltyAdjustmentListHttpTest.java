package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;

/**
 * The 不予处罚、首违不罚、从轻、减轻、从重处罚清单 (行政处罚法 第三十二条、第三十三条) from publication to the review: the county
 * publishes an entry, the public reads it on the portal, the officer sees it beside the proposal, a proposal that does
 * not take its outcome is refused without a reason and recorded with one, and the legal reviewer reads that reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PenaltyAdjustmentListHttpTest {

    /** 对供水单位供应的饮用水不符合国家卫生标准的行政处罚; its 较重 band is 2,500 to 4,000 yuan. */
    private static final String ITEM = "370881-XZCF-040";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private CaseSteps steps;
    private UUID qufu;

    @BeforeEach
    void setUp() {
        steps = new CaseSteps(port, db);
        qufu = db.sql("select id from organization.unit where division_code = '370881'")
                .query(UUID.class)
                .single();
        db.sql("delete from catalog.list_version where unit_id = ? and kind = 'PENALTY_ADJUSTMENTS'"
                        + " and status in ('DRAFT', 'SUBMITTED')")
                .param(qufu)
                .update();
    }

    @Test
    void aPublishedEntryIsOfferedBesideTheProposalAndADepartureNeedsAReasonTheReviewerReads() throws Exception {
        var code = "370881-JQCF-T" + UUID.randomUUID().toString().substring(0, 6);
        var conditions = "在调查终结前主动完成水质处理设施整改并经检测合格（" + code + "）";
        publish(code, conditions);

        var portal = StaffClient.anonymous(port)
                .get("/portal/penalty-adjustments?q=" + code)
                .body();
        assertThat(portal).contains(code, conditions, "减轻处罚", "《中华人民共和国行政处罚法》第三十二条第一项");

        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.inDiscussionAbout(officer, leader, ITEM);
        var page = officer.get("/console/cases/" + id).body();
        assertThat(page)
                .as("the range and the entry are shown before the proposal is submitted")
                .contains("2,500.00 — 4,000.00", code, conditions, "减轻处罚", "不适用清单的理由");

        // a fine inside the range, neither lighter nor reduced: not what the list allows for 较重
        var plain = proposal("3000", null, null, null);
        var refused = steps.refused(officer, id, "propose", plain);
        assertThat(refused.get("field").asText()).isEqualTo("proposal.listDepartureReason");
        assertThat(refused.get("detail").asText()).contains(code, "较重", "减轻处罚", "不适用清单的理由");
        assertThat(steps.view(officer, id).get("proposalKind").isNull())
                .as("nothing is recorded")
                .isTrue();

        // taking the outcome the entry allows needs no such reason (a reduced fine still states why it is below)
        var reduced = steps.act(officer, id, "propose", proposal("2000", "REDUCED", "HARM_REDUCED", null));
        assertThat(reduced.get("proposalListDeparture").isNull()).isTrue();

        var reason = "当事人整改未经检测合格，不符合清单所列减轻处罚情形";
        var departed = steps.act(officer, id, "propose", proposal("3000", null, null, reason));
        assertThat(departed.get("proposalListDeparture").asText()).isEqualTo(code);
        assertThat(departed.get("proposalListDepartureReason").asText()).isEqualTo(reason);
        assertThat(officer.get("/console/cases/" + id).body()).contains("未按清单 " + code + " 处理：" + reason);

        steps.act(officer, id, "submit-for-review", "{}");
        var reviewer = ReviewSteps.assignedReviewer(officer, id);
        var departure = ReviewSteps.history(reviewer, id)
                .get("versions")
                .get(0)
                .get("submission")
                .get("reviewPackage")
                .get("listDeparture");
        assertThat(departure.get("code").asText()).isEqualTo(code);
        assertThat(departure.get("outcome").asText()).isEqualTo("减轻处罚");
        assertThat(departure.get("reason").asText()).isEqualTo(reason);
        assertThat(reviewer.get("/console/reviews/cases/" + id).body())
                .contains("未按不予处罚、从轻、减轻处罚清单 " + code + "（减轻处罚）处理", "理由：" + reason, conditions);
    }

    @Test
    void theDemoFirstOffenceEntryIsFollowedByNotPunishingOnThatGround() throws Exception {
        // the demo county lists 370881-XZCF-037 (公共场所卫生检测、顾客用品用具消毒) as 首违不罚 when 轻微
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.inDiscussionAbout(officer, leader, "370881-XZCF-037");
        assertThat(officer.get("/console/cases/" + id).body()).contains("370881-SWBF-012", "首违不罚");

        var warning = "{\"proposal\":{\"kind\":\"WARNING\",\"text\":\"警告\",\"major\":false,"
                + "\"itemCode\":\"370881-XZCF-037\",\"circumstance\":\"轻微\"}}";
        var refused = steps.refused(officer, id, "propose", warning);
        assertThat(refused.get("field").asText()).isEqualTo("proposal.listDepartureReason");
        assertThat(refused.get("detail").asText()).contains("370881-SWBF-012", "首违不罚");

        var notPunished = steps.act(
                officer,
                id,
                "propose",
                "{\"proposal\":{\"kind\":\"NO_PENALTY\",\"text\":\"初次违法且已改正，不予行政处罚\",\"major\":false,"
                        + "\"itemCode\":\"370881-XZCF-037\",\"circumstance\":\"轻微\",\"ground\":\"FIRST_OFFENCE\"}}");
        assertThat(notPunished.get("proposalKind").asText()).isEqualTo("NO_PENALTY");
        assertThat(notPunished.get("proposalListDeparture").isNull()).isTrue();
    }

    @Test
    void anEntryMustCiteTheArticleItsOutcomeRestsOn() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/lists/penalty-adjustments?unit=" + qufu);
        admin.postFormAndFollow("/console/lists/penalty-adjustments/draft?unit=" + qufu, form());
        admin.get("/console/lists/penalty-adjustments/entries/form?unit=" + qufu);
        var code = "370881-CQCF-T" + UUID.randomUUID().toString().substring(0, 6);
        var entry = entry(code, "从轻处罚", "主动消除违法行为危害后果的");
        entry.put("legalBasis", "《中华人民共和国行政处罚法》第三十三条第一款；《生活饮用水卫生监督管理办法》第二十六条第四项");

        var response = admin.postForm("/console/lists/penalty-adjustments/entries?unit=" + qufu, entry);

        assertThat(response.body()).contains("应引用《中华人民共和国行政处罚法》第三十二条、该事项的卫生健康法律、法规或规章");
        assertThat(db.sql("select count(*) from catalog.list_entry where entry_key = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The county's administrator adds a 减轻 entry for the item's 较重 circumstance; its reviewer publishes it. */
    private void publish(String code, String conditions) {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var base = "/console/lists/penalty-adjustments?unit=" + qufu;
        admin.get(base);
        admin.postFormAndFollow("/console/lists/penalty-adjustments/draft?unit=" + qufu, form());
        admin.get("/console/lists/penalty-adjustments/entries/form?unit=" + qufu);
        var saved = admin.postForm(
                "/console/lists/penalty-adjustments/entries?unit=" + qufu, entry(code, "减轻处罚", conditions));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        admin.postFormAndFollow("/console/lists/penalty-adjustments/submit?unit=" + qufu, form());
        var reviewer = StaffClient.loggedIn(port, "qufu-reviewer");
        reviewer.get(base);
        var approved = reviewer.postFormAndFollow("/console/lists/penalty-adjustments/approve?unit=" + qufu, form());
        assertThat(approved.body()).contains("审核通过，新版本已发布");
    }

    private static java.util.Map<String, String> entry(String code, String outcome, String conditions) {
        return form(
                "code",
                code,
                "itemCode",
                ITEM,
                "name",
                "对供水单位供应的饮用水不符合国家卫生标准的行政处罚",
                "circumstance",
                "较重",
                "outcome",
                outcome,
                "conditions",
                conditions,
                "measures",
                "责令限期改进",
                "legalBasis",
                "《中华人民共和国行政处罚法》第三十二条第一项；《生活饮用水卫生监督管理办法》第二十六条第四项");
    }

    private static String proposal(String fine, String mitigation, String ground, String listDepartureReason) {
        return "{\"proposal\":{\"kind\":\"FINE\",\"fine\":" + fine + ",\"text\":\"罚款\",\"major\":true,"
                + "\"itemCode\":\"" + ITEM + "\",\"circumstance\":\"较重\""
                + (mitigation == null ? "" : ",\"mitigation\":\"" + mitigation + "\"")
                + (ground == null ? "" : ",\"ground\":\"" + ground + "\",\"outOfRangeReason\":\"减轻处罚，低于幅度下限\"")
                + (listDepartureReason == null ? "" : ",\"listDepartureReason\":\"" + listDepartureReason + "\"")
                + "}}";
    }
}
