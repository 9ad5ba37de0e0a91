package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * The simple (on-the-spot) procedure as 行政处罚法 wants it, over the API and the console: two certified officers of the
 * case act (第四十二条), the party is told and heard first and not punished more heavily for it (第四十四条、第四十五条),
 * the decision stays within 第五十一条's limits, a refusal to sign is noted on it and it is reported to the unit for the
 * record before the file closes (第五十二条). A case opened with one officer gets a colleague added, as a recorded act.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimpleProcedureHttpTest {

    private static final String FINE_200 = "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款二百元\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Clock clock;

    private CaseSteps steps;
    private StaffClient officer;
    private UUID own;
    private UUID colleague;
    private LocalDate today;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        own = steps.officerOf("qufu-officer");
        colleague = steps.colleagueOf("qufu-officer");
        today = LocalDate.now(clock);
    }

    private UUID openedAlone() throws Exception {
        return steps.open(officer, "SIMPLE_PENALTY", true, own);
    }

    private static String withCompanion(String proposal, UUID companion, String note) {
        return "{\"proposal\":%s,\"companionId\":\"%s\",\"note\":\"%s\"}".formatted(proposal, companion, note);
    }

    private long acts(UUID id) {
        return db.sql("select count(*) from cases.case_act where case_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private String document(UUID id, String kind) {
        return db.sql("select title || ' ' || html from records.document where case_id = ? and kind = ?")
                .params(id, kind)
                .query(String.class)
                .single();
    }

    @Test
    void aCaseOpenedAloneGetsAColleagueThenThePartyIsHeardDecidedOnTheSpotReportedAndArchived() throws Exception {
        var id = openedAlone();
        // 第四十二条: alone, the officer cannot even tell the party
        var alone = steps.refused(officer, id, "inform-on-the-spot", "{\"proposal\":" + FINE_200 + ",\"note\":\"告知\"}");
        assertThat(alone.get("rule").asText()).isEqualTo("TWO_OFFICERS_ACT");
        assertThat(alone.get("detail").asText()).contains("第四十二条").contains("另一名承办人员");

        var joined = steps.act(officer, id, "add-officer", "{\"officerId\":\"" + colleague + "\"}");
        assertThat(joined.get("officerIds")).hasSize(2);
        var joinAct = act(joined, "add-officer");
        assertThat(joinAct.get("action").asText()).isEqualTo("add-officer");
        assertThat(joinAct.get("officerId").asText()).isEqualTo(colleague.toString());

        steps.act(
                officer,
                id,
                "inform-on-the-spot",
                withCompanion(FINE_200, colleague, "已告知违法事实、理由、依据及拟罚款二百元，当事人称不知需办健康证"));
        var decided = steps.act(
                officer,
                id,
                "decide-on-the-spot",
                "{\"proposal\":%s,\"companionId\":\"%s\",\"refusedToSign\":true}".formatted(FINE_200, colleague));
        assertThat(decided.get("stage").asText()).isEqualTo("decided");
        var decision = act(decided, "decide-on-the-spot");
        assertThat(decision.get("companionId").asText()).isEqualTo(colleague.toString());
        assertThat(decision.get("refusedToSign").asBoolean()).isTrue();
        assertThat(paymentDue(decided))
                .isEqualTo(workingDays.addCalendarDays(today, 15).due().toString());
        // the statement record and the decision, which notes the refusal to sign (第五十二条)
        assertThat(document(id, "STATEMENT_RECORD")).contains("陈述和申辩笔录").contains("当事人称不知需办健康证");
        assertThat(document(id, "ON_THE_SPOT_DECISION")).contains("当场行政处罚决定书").contains("当事人拒绝签收");

        steps.act(officer, id, "record-payment", "{}");
        var unreported = steps.refused(officer, id, "archive", "{}");
        assertThat(unreported.get("rule").asText()).isEqualTo("REPORTED_FOR_RECORD");
        assertThat(unreported.get("detail").asText()).contains("第五十二条第三款").contains("备案");

        steps.act(officer, id, "report-for-record", "{}");
        assertThat(document(id, "ON_THE_SPOT_FILING")).contains("当场行政处罚决定备案表").contains("200.00");
        assertThat(steps.act(officer, id, "archive", "{}").get("stage").asText())
                .isEqualTo("archived");
    }

    @Test
    void onlyTwoCertifiedOfficersOfTheCaseAct() throws Exception {
        // 第四十二条: the actor and the companion, both on the case
        var id = steps.open(officer, "SIMPLE_PENALTY", true, own, colleague);
        var before = acts(id);
        var noCompanion =
                steps.refused(officer, id, "inform-on-the-spot", "{\"proposal\":" + FINE_200 + ",\"note\":\"告知\"}");
        assertThat(noCompanion.get("rule").asText()).isEqualTo("TWO_OFFICERS_ACT");

        var stranger = otherCertifiedOfficer(own, colleague);
        var notOnCase = steps.refused(officer, id, "inform-on-the-spot", withCompanion(FINE_200, stranger, "告知"));
        assertThat(notOnCase.get("rule").asText()).isEqualTo("TWO_OFFICERS_ACT");
        assertThat(notOnCase.get("detail").asText()).contains("不是本案的承办人员");

        var herself = steps.refused(officer, id, "inform-on-the-spot", withCompanion(FINE_200, own, "告知"));
        assertThat(herself.get("rule").asText()).isEqualTo("TWO_OFFICERS_ACT");

        assertThat(acts(id)).as("refused acts leave nothing").isEqualTo(before);

        // an officer of the unit who is not on the case does not act in it, even naming one who is
        var second = steps.officerOf("qufu-officer2");
        var withoutSecond = steps.open(officer, "SIMPLE_PENALTY", true, own, otherCertifiedOfficer(own, second));
        var outsider = steps.refused(
                steps.staff("qufu-officer2"), withoutSecond, "inform-on-the-spot", withCompanion(FINE_200, own, "告知"));
        assertThat(outsider.get("rule").asText()).isEqualTo("TWO_OFFICERS_ACT");
        assertThat(outsider.get("detail").asText()).contains("您不是本案的承办人员");
    }

    @Test
    void anOfficerJoinsOnlyIfOfTheUnitNotYetOnTheCaseAndCertifiedToday() throws Exception {
        var id = openedAlone();
        var already = steps.refused(officer, id, "add-officer", "{\"officerId\":\"" + own + "\"}");
        assertThat(already.get("rule").asText()).isEqualTo("OFFICER_MAY_JOIN");
        assertThat(already.get("detail").asText()).contains("已是本案的承办人员");

        var revoked = db.sql(
                        """
                        select o.id from organization.officer o join organization.user_account a on a.unit_id = o.unit_id
                        where a.username = 'qufu-officer' and o.revoked limit 1
                        """)
                .query(UUID.class)
                .single();
        var notCertified = steps.refused(officer, id, "add-officer", "{\"officerId\":\"" + revoked + "\"}");
        assertThat(notCertified.get("rule").asText()).isEqualTo("OFFICER_MAY_JOIN");
        assertThat(notCertified.get("detail").asText()).contains("注销");

        var elsewhere = steps.officerOf("zoucheng-officer");
        var otherUnit = steps.refused(officer, id, "add-officer", "{\"officerId\":\"" + elsewhere + "\"}");
        assertThat(otherUnit.get("rule").asText()).isEqualTo("OFFICER_MAY_JOIN");
        assertThat(steps.view(officer, id).get("officerIds")).hasSize(1);
    }

    @Test
    void thePartyIsToldAndHeardFirstAndNeverPunishedMoreHeavilyForIt() throws Exception {
        var id = steps.open(officer, "SIMPLE_PENALTY", true, own, colleague);
        // 第四十四条: no decision before the party was told and heard
        var unheard = steps.refused(officer, id, "decide-on-the-spot", withCompanion(FINE_200, colleague, ""));
        assertThat(unheard.get("rule").asText()).isEqualTo("PARTY_HEARD_FIRST");
        assertThat(unheard.get("detail").asText()).contains("第四十四条").contains("当场告知并听取陈述申辩");

        // 第四十四条、第四十五条: what was told and what the party said is written down
        var unrecorded = steps.refused(officer, id, "inform-on-the-spot", withCompanion(FINE_200, colleague, ""));
        assertThat(unrecorded.get("rule").asText()).isEqualTo("STATEMENT_RECORDED");

        // 第五十一条: on the spot at most 200 yuan on a citizen
        var tooMuch = steps.refused(
                officer,
                id,
                "inform-on-the-spot",
                withCompanion("{\"kind\":\"FINE\",\"fine\":500,\"text\":\"罚款\"}", colleague, "告知"));
        assertThat(tooMuch.get("rule").asText()).isEqualTo("SIMPLE_PROCEDURE_LIMIT");
        assertThat(tooMuch.get("detail").asText()).contains("200").contains("第五十一条");

        steps.act(
                officer,
                id,
                "inform-on-the-spot",
                withCompanion("{\"kind\":\"FINE\",\"fine\":100,\"text\":\"罚款一百元\"}", colleague, "当事人申辩初次违法"));
        // 第四十五条第二款: the statement does not earn a heavier penalty
        var heavier = steps.refused(officer, id, "decide-on-the-spot", withCompanion(FINE_200, colleague, ""));
        assertThat(heavier.get("rule").asText()).isEqualTo("NOT_HEAVIER_AFTER_STATEMENT");
        assertThat(heavier.get("detail").asText())
                .contains("第四十五条")
                .contains("100")
                .contains("200");

        var lighter = steps.act(
                officer,
                id,
                "decide-on-the-spot",
                withCompanion("{\"kind\":\"WARNING\",\"text\":\"警告\"}", colleague, "采纳申辩意见"));
        assertThat(lighter.get("stage").asText()).isEqualTo("decided");
        assertThat(lighter.get("proposalKind").asText()).isEqualTo("WARNING");
    }

    @Test
    void aWarningToldCannotBecomeAFine() throws Exception {
        var id = steps.open(officer, "SIMPLE_PENALTY", true, own, colleague);
        steps.act(
                officer,
                id,
                "inform-on-the-spot",
                withCompanion("{\"kind\":\"WARNING\",\"text\":\"警告\"}", colleague, "当事人无异议"));
        var heavier = steps.refused(officer, id, "decide-on-the-spot", withCompanion(FINE_200, colleague, ""));
        assertThat(heavier.get("rule").asText()).isEqualTo("NOT_HEAVIER_AFTER_STATEMENT");
    }

    @Test
    void theConsoleRefusesAnUnheardDecisionWithTheRuleInChinese() throws Exception {
        var id = steps.open(officer, "SIMPLE_PENALTY", true, own, colleague);
        var page = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/decide-on-the-spot",
                form("proposalKind", "FINE", "proposalFine", "200", "companionId", colleague.toString()));
        assertThat(page.body()).contains("当场作出处罚决定前，应告知当事人").contains("第四十四条");
        assertThat(steps.stage(officer, id)).isEqualTo("on-the-spot");

        var joinPage = officer.get("/console/cases/" + id).body();
        assertThat(joinPage).contains("同行执法人员").contains("增加承办人员");
    }

    private static JsonNode act(JsonNode view, String action) {
        for (var act : view.get("acts")) {
            if (act.get("action").asText().equals(action)) {
                return act;
            }
        }
        throw new AssertionError("no act " + action + " in " + view.get("acts"));
    }

    private String paymentDue(JsonNode view) {
        for (var deadline : view.get("deadlines")) {
            if (deadline.get("rule").asText().equals("payment")) {
                return deadline.get("dueOn").asText();
            }
        }
        return null;
    }

    private UUID otherCertifiedOfficer(UUID... not) {
        var ids = db.sql(
                        """
                        select o.id from organization.officer o
                        join organization.user_account a on a.unit_id = o.unit_id and a.username = 'qufu-officer'
                        where o.active and not o.revoked and o.expires_on > current_date
                          and o.annual_review_status = 'PASSED' and 'PENALTY' = any(o.categories)
                        order by o.certificate_no
                        """)
                .query(UUID.class)
                .list();
        return ids.stream()
                .filter(id -> !java.util.List.of(not).contains(id))
                .findFirst()
                .orElseThrow();
    }
}
