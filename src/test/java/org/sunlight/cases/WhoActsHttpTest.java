package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.util.List;
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
 * Who acts in a case (行政处罚法 第四十二条、第四十三条), over the API and the console: the two-officer rule counts the
 * officers who act, not the ones listed; a party's request or an officer's own declaration of 回避 is decided by the
 * unit's leader, and a recused officer leaves the case, so that the case needs another officer before it goes on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhoActsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;
    private UUID own;
    private UUID second;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
        own = steps.officerOf("qufu-officer");
        second = steps.officerOf("qufu-officer2");
    }

    /** A general case filed, handled by qufu-officer and a certified colleague who is not qufu-officer2. */
    private UUID filedWith(UUID colleague) throws Exception {
        var id = steps.open(officer, "GENERAL_PENALTY", false, own, colleague);
        steps.act(leader, id, "file", "{}");
        return id;
    }

    @Test
    void anOfficerNotOnTheCaseDoesNotActInItNorIsNamedAsTheSecondOfficer() throws Exception {
        var colleague = certifiedOfficer(own, second);
        var id = filedWith(colleague);
        var outsider = steps.refused(steps.staff("qufu-officer2"), id, "begin-investigation", "{}");
        assertThat(outsider.get("rule").asText()).isEqualTo("TWO_CERTIFIED_OFFICERS");
        assertThat(outsider.get("detail").asText()).contains("您不是本案的承办人员").contains("第四十二条");

        var namedOutsider = steps.refused(officer, id, "begin-investigation", "{\"companionId\":\"" + second + "\"}");
        assertThat(namedOutsider.get("rule").asText()).isEqualTo("TWO_CERTIFIED_OFFICERS");
        assertThat(namedOutsider.get("detail").asText()).contains("同行执法人员不是本案的承办人员");

        var acted = steps.act(officer, id, "begin-investigation", "{\"companionId\":\"" + colleague + "\"}");
        assertThat(acted.get("stage").asText()).isEqualTo("investigation");
    }

    @Test
    void aRecusalRequestedWithGroundsIsDecidedByTheLeaderAndTheOfficerLeavesTheCase() throws Exception {
        var colleague = certifiedOfficer(own, second);
        var id = filedWith(colleague);
        steps.act(officer, id, "begin-investigation", "{}");

        // 第四十三条: the grounds are written, the officer named is one of the case's
        var noGrounds = steps.refused(officer, id, "request-recusal", "{\"officerId\":\"" + colleague + "\"}");
        assertThat(noGrounds.get("rule").asText()).isEqualTo("RECUSAL_GROUNDS");
        assertThat(noGrounds.get("detail").asText()).contains("第四十三条").contains("理由");
        var notOnCase = steps.refused(
                officer, id, "request-recusal", "{\"officerId\":\"" + second + "\",\"reason\":\"系当事人亲属\"}");
        assertThat(notOnCase.get("rule").asText()).isEqualTo("RECUSAL_GROUNDS");

        // only the leader decides, and only a request that was made
        var undecidable = steps.refused(leader, id, "recuse", "{\"officerId\":\"" + colleague + "\"}");
        assertThat(undecidable.get("rule").asText()).isEqualTo("RECUSAL_PENDING");

        steps.act(
                officer,
                id,
                "request-recusal",
                "{\"officerId\":\"" + colleague + "\",\"reason\":\"当事人申请：该执法人员系诊所负责人的近亲属\"}");
        var twice = steps.refused(
                officer, id, "request-recusal", "{\"officerId\":\"" + colleague + "\",\"reason\":\"再次申请\"}");
        assertThat(twice.get("rule").asText()).isEqualTo("RECUSAL_GROUNDS");
        var byOfficer = steps.refused(officer, id, "recuse", "{\"officerId\":\"" + colleague + "\"}");
        assertThat(byOfficer.get("detail").asText()).contains("负责人");

        var recused = steps.act(leader, id, "recuse", "{\"officerId\":\"" + colleague + "\"}");
        assertThat(recused.get("officerIds")).hasSize(1);
        assertThat(recused.get("officerIds").get(0).asText()).isEqualTo(own.toString());
        assertThat(document(id, "RECUSAL_DECISION")).contains("回避决定书").contains("系诊所负责人的近亲属");

        // one officer left: the investigation cannot go on until another joins (第四十二条)
        var alone = steps.refused(officer, id, "conclude-investigation", "{}");
        assertThat(alone.get("rule").asText()).isEqualTo("TWO_CERTIFIED_OFFICERS");
        assertThat(alone.get("detail").asText()).contains("只有 1 名");
        var recusedOfficerBack = steps.refused(officer, id, "add-officer", "{\"officerId\":\"" + colleague + "\"}");
        assertThat(recusedOfficerBack.get("rule").asText()).isEqualTo("OFFICER_MAY_JOIN");
        assertThat(recusedOfficerBack.get("detail").asText()).contains("已决定回避");

        var replacement = certifiedOfficer(own, second, colleague);
        steps.act(leader, id, "add-officer", "{\"officerId\":\"" + replacement + "\"}");
        assertThat(steps.act(officer, id, "conclude-investigation", "{}")
                        .get("stage")
                        .asText())
                .isEqualTo("case-discussion");
    }

    @Test
    void anOfficersOwnDeclarationRefusedByTheLeaderWithAReasonKeepsThemOnTheCase() throws Exception {
        var colleague = certifiedOfficer(own, second);
        var id = filedWith(colleague);
        steps.act(officer, id, "request-recusal", "{\"officerId\":\"" + own + "\",\"reason\":\"本人曾在该诊所兼职，自行申请回避\"}");
        var noReason = steps.refused(leader, id, "refuse-recusal", "{\"officerId\":\"" + own + "\"}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");

        var kept = steps.act(
                leader, id, "refuse-recusal", "{\"officerId\":\"" + own + "\",\"reason\":\"兼职已于三年前结束，不影响公正执法\"}");
        assertThat(kept.get("officerIds")).hasSize(2);
        assertThat(document(id, "RECUSAL_DECISION")).contains("兼职已于三年前结束");
        var decided = steps.refused(leader, id, "recuse", "{\"officerId\":\"" + own + "\"}");
        assertThat(decided.get("rule").asText()).as("the request was decided").isEqualTo("RECUSAL_PENDING");
    }

    @Test
    void theConsoleRefusesARecusalNobodyAskedForWithTheRuleInChinese() throws Exception {
        var colleague = certifiedOfficer(own, second);
        var id = filedWith(colleague);
        var page = leader.postFormAndFollow(
                "/console/cases/" + id + "/actions/recuse", form("officerId", colleague.toString()));
        assertThat(page.body()).contains("没有待决定的回避申请").contains("第四十三条");
        assertThat(steps.view(leader, id).get("officerIds")).hasSize(2);
        assertThat(officer.get("/console/cases/" + id).body()).contains("申请回避").contains("回避的执法人员");
    }

    private String document(UUID id, String kind) {
        return db.sql(
                        "select string_agg(title || ' ' || html, ' ') from records.document where case_id = ? and kind = ?")
                .params(id, kind)
                .query(String.class)
                .single();
    }

    /** A certified penalty officer of qufu who is none of those named. */
    private UUID certifiedOfficer(UUID... not) {
        return db
                .sql(
                        """
                        select o.id from organization.officer o
                        join organization.user_account a on a.unit_id = o.unit_id and a.username = 'qufu-officer'
                        where o.active and not o.revoked and o.expires_on > current_date
                          and o.annual_review_status = 'PASSED' and 'PENALTY' = any(o.categories)
                        order by o.certificate_no
                        """)
                .query(UUID.class)
                .list()
                .stream()
                .filter(id -> !List.of(not).contains(id))
                .findFirst()
                .orElseThrow();
    }
}
