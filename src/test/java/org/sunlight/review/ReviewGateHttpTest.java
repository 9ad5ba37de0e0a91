package org.sunlight.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.proposal;

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
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;

/**
 * L2, L5 tried as an attacker of the gate would, over the API: amounts that would round across a threshold, a kind
 * carrying an amount it cannot carry, decisions outside the general procedure, a unit without its own scope list, a
 * coordination by another unit's leader. Each is refused naming its rule or field, and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewGateHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;
    private StaffClient reviewer;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
        reviewer = steps.staff("qufu-reviewer");
    }

    /** A penalty case in discussion, about the clinic or a citizen. */
    private UUID penaltyCaseInDiscussion(boolean citizen) throws Exception {
        var id = steps.open(
                officer, "GENERAL_PENALTY", citizen, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(leader, id, "file", "{}");
        steps.act(officer, id, "begin-investigation", "{}");
        steps.act(officer, id, "conclude-investigation", "{}");
        return id;
    }

    @Test
    void anAmountThatWouldRoundAcrossTheThresholdIsRefusedNotRounded() throws Exception {
        var id = penaltyCaseInDiscussion(false);
        for (var amount : new String[] {"49999.995", "49999.9999999", "0.001", "100.001"}) {
            var refused = steps.refused(officer, id, "propose", proposal("FINE", amount, false));
            assertThat(refused.get("field").asText()).as(amount).isEqualTo("proposal.fine");
            assertThat(refused.get("detail").asText())
                    .as(amount)
                    .contains("两位小数")
                    .contains("不作四舍五入");
        }
        for (var amount : new String[] {"0", "-5", "0.00"}) {
            var refused = steps.refused(officer, id, "propose", proposal("FINE", amount, false));
            assertThat(refused.get("field").asText()).as(amount).isEqualTo("proposal.fine");
        }
        assertThat(steps.view(officer, id).get("proposalKind").isNull()).isTrue();
        // exactly the threshold, and a trailing zero that is still exact to the fen
        var major = steps.act(officer, id, "propose", proposal("FINE", "50000.000", false));
        assertThat(major.get("proposalMajor").asBoolean()).isTrue();
        assertThat(major.get("proposalFine").decimalValue()).isEqualByComparingTo("50000");
        var minor = steps.act(officer, id, "propose", proposal("FINE", "49999.99", false));
        assertThat(minor.get("proposalMajor").asBoolean()).isFalse();
    }

    @Test
    void aCitizensFineAtTheThresholdIsMajorAndThreeDecimalsBelowItAreRefused() throws Exception {
        var id = penaltyCaseInDiscussion(true);
        assertThat(steps.refused(officer, id, "propose", proposal("FINE", "9999.995", false))
                        .get("field")
                        .asText())
                .isEqualTo("proposal.fine");
        var major = steps.act(officer, id, "propose", proposal("FINE", "10000", false));
        assertThat(major.get("proposalMajorRule").asText()).isEqualTo("对公民处以较大数额罚款");
        assertThat(steps.refused(officer, id, "notify", "{}").get("rule").asText())
                .isEqualTo("MAJOR_DECISION_REVIEWED");
    }

    @Test
    void aKindThatCarriesNoAmountRefusesOne() throws Exception {
        var id = penaltyCaseInDiscussion(false);
        for (var kind : new String[] {"WARNING", "CRITICISM", "REVOCATION"}) {
            var refused = steps.refused(officer, id, "propose", proposal(kind, "900000", false));
            assertThat(refused.get("field").asText()).as(kind).isEqualTo("proposal.fine");
            assertThat(refused.get("detail").asText()).as(kind).contains("不涉及金额");
        }
        // a licence is not a penalty
        assertThat(steps.refused(officer, id, "propose", proposal("LICENCE_REFUSAL", null, false))
                        .get("field")
                        .asText())
                .isEqualTo("proposal.kind");
        var warning = steps.act(officer, id, "propose", proposal("WARNING", null, false));
        assertThat(warning.get("proposalFine").isNull()).isTrue();
    }

    @Test
    void aSeizureTheScopeListNamesIsTakenOnlyAfterAnAgreeingReview() throws Exception {
        // 曲阜's list: SHML-08 查封、扣押场所设施财物 (行政强制)
        var id = steps.open(
                officer, "COERCION", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        assertThat(steps.refused(leader, id, "seize", "{\"reason\":\"执法记录仪故障\"}")
                        .get("rule")
                        .asText())
                .isEqualTo("PROPOSAL_RECORDED");
        var proposed = steps.act(officer, id, "propose", proposal("SEIZURE", null, false));
        assertThat(proposed.get("proposalMajorRule").asText()).isEqualTo("查封、扣押场所设施财物");

        var refused = steps.refused(leader, id, "seize", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(refused.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(refused.get("detail").asText()).contains("查封、扣押场所设施财物");
        assertThat(steps.stage(officer, id)).isEqualTo("proposed");

        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(reviewer, id);
        assertThat(steps.act(leader, id, "seize", "{\"reason\":\"执法记录仪故障\"}")
                        .get("stage")
                        .asText())
                .isEqualTo("seized");
    }

    @Test
    void aLicenceIsRefusedOnlyAfterAnAgreeingReviewAndOnlyOnAProposalToRefuse() throws Exception {
        // 曲阜's list: SHML-09 不予许可或撤销许可 (行政许可)
        var id = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, id, "receive", "{}");
        steps.act(officer, id, "accept", "{}");
        steps.act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        var notAsProposed = steps.refused(leader, id, "refuse-licence", "{\"reason\":\"现场核查不符合卫生要求\"}");
        assertThat(notAsProposed.get("rule").asText()).isEqualTo("DECISION_AS_PROPOSED");

        var refusal = steps.act(officer, id, "propose", proposal("LICENCE_REFUSAL", null, false));
        assertThat(refusal.get("proposalMajor").asBoolean()).isTrue();
        var refused = steps.refused(leader, id, "refuse-licence", "{\"reason\":\"现场核查不符合卫生要求\"}");
        assertThat(refused.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");

        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(reviewer, id);
        assertThat(steps.act(leader, id, "refuse-licence", "{\"reason\":\"现场核查不符合卫生要求\"}")
                        .get("stage")
                        .asText())
                .isEqualTo("decided");
    }

    @Test
    void aChangeOrRenewalOfALicenceInForceIsRefusedOnlyAfterAnAgreeingReviewOfItsOwnProposal() throws Exception {
        // 曲阜's SHML-09 names 不予变更 and 不予延续 with 不予许可: a refusal on a licence in force is major too, and the
        // grant's proposal (and any review of it) clears nothing of a later application (行政许可法 第四十九条、第五十条)
        var today = LocalDate.now(clock);
        var id = steps.licensedUntil(officer, leader, false, today.plusYears(1), today);

        steps.act(officer, id, "apply-for-change", "{\"reason\":\"增加美容项目\"}");
        var change = steps.act(officer, id, "propose", proposal("LICENCE_CHANGE_REFUSAL", null, false));
        assertThat(change.get("proposalMajor").asBoolean()).isTrue();
        var unreviewed = steps.refused(leader, id, "refuse-change", "{\"reason\":\"不具备美容项目的卫生条件\"}");
        assertThat(unreviewed.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(unreviewed.get("detail").asText()).contains("不予许可或撤销许可");
        assertThat(steps.stage(officer, id)).isEqualTo("change-applied");

        assertThat(steps.act(officer, id, "submit-for-review", "{}")
                        .get("stage")
                        .asText())
                .isEqualTo("change-review");
        // the reviewer writes the opinion on the console in this stage too
        var assigned = ReviewSteps.assignedReviewer(officer, id);
        assertThat(assigned.get("/console/reviews/cases/" + id).body()).contains("id=\"opinion-form\"");
        ReviewSteps.agree(assigned, id);
        assertThat(steps.stage(officer, id)).isEqualTo("change-applied");
        assertThat(steps.act(leader, id, "refuse-change", "{\"reason\":\"不具备美容项目的卫生条件\"}")
                        .get("stage")
                        .asText())
                .isEqualTo("change-decided");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today));

        // the renewal: the change's agreed review does not carry over to it
        steps.act(officer, id, "apply-for-renewal", "{}");
        steps.act(officer, id, "propose", proposal("LICENCE_RENEWAL_REFUSAL", null, false));
        var renewal = steps.refused(leader, id, "refuse-renewal", "{\"reason\":\"复核检测不合格\"}");
        assertThat(renewal.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(steps.act(officer, id, "submit-for-review", "{}")
                        .get("stage")
                        .asText())
                .isEqualTo("renewal-review");
        ReviewSteps.agree(reviewer, id);
        assertThat(steps.act(leader, id, "refuse-renewal", "{\"reason\":\"复核检测不合格\"}")
                        .get("stage")
                        .asText())
                .isEqualTo("renewal-decided");
    }

    @Test
    void aUnitWithoutItsOwnScopeListIsBoundByTheProvincesList() throws Exception {
        // 邹城 publishes no review scope list; the province's binds it (and 邹城 has no reviewer to agree)
        var zoucheng = steps.staff("zoucheng-officer");
        var zouchengLeader = steps.staff("zoucheng-leader");
        var id = steps.open(
                zoucheng,
                "GENERAL_PENALTY",
                false,
                steps.officerOf("zoucheng-officer"),
                steps.colleagueOf("zoucheng-officer"));
        steps.act(zouchengLeader, id, "file", "{}");
        steps.act(zoucheng, id, "begin-investigation", "{}");
        steps.act(zoucheng, id, "conclude-investigation", "{}");
        var proposed = steps.act(zoucheng, id, "propose", proposal("FINE", "800000", false));

        assertThat(proposed.get("proposalMajorRule").asText()).isEqualTo("对法人或其他组织处以较大数额罚款");
        assertThat(steps.refused(zoucheng, id, "notify", "{}").get("rule").asText())
                .isEqualTo("MAJOR_DECISION_REVIEWED");
        assertThat(steps.stage(zoucheng, id)).isEqualTo("case-discussion");
    }

    @Test
    void onlyALeaderOfTheCasesOwnUnitSettlesACoordination() throws Exception {
        var id = penaltyCaseInDiscussion(false);
        steps.act(officer, id, "propose", proposal("FINE", "80000", false));
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.problems(reviewer, id, "SHYS-06", "裁量理由不充分");
        steps.act(officer, id, "request-coordination", "{\"reason\":\"裁量理由已在调查终结报告中说明\"}");

        var cityLeader = steps.staff("city-leader");
        var refused = steps.refused(cityLeader, id, "coordinate-proceed", "{\"reason\":\"按原意见办理\"}");
        assertThat(refused.get("rule").asText()).isEqualTo("OWN_UNIT_ACTS");
        assertThat(refused.get("detail").asText()).contains("曲阜市卫生健康局");
        assertThat(steps.stage(officer, id)).isEqualTo("coordination");

        steps.act(leader, id, "coordinate-proceed", "{\"reason\":\"按原意见办理，由本人负责\"}");
        assertThat(steps.stage(officer, id)).isEqualTo("collective-discussion");
        assertThat(steps.view(officer, id).get("reviewCleared").asBoolean()).isTrue();
    }

    @Test
    void aProposalChangedWhileTheAgreedOneIsNotifiedIsNeverNotifiedUnreviewed() throws Exception {
        // the race of L5: (change the proposal) and (notify) fired together after an AGREE, ten times
        var second = steps.staff("qufu-officer2");
        for (int round = 0; round < 10; round++) {
            var id = penaltyCaseInDiscussion(false);
            steps.act(officer, id, "propose", proposal("FINE", "80000", false));
            steps.act(officer, id, "submit-for-review", "{}");
            ReviewSteps.agree(reviewer, id);
            steps.act(leader, id, "discuss-collectively", "{}");

            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var change = pool.submit(() -> {
                start.await();
                return second.postJson("/api/cases/" + id + "/actions/propose", proposal("FINE", "90000", false))
                        .statusCode();
            });
            var notify = pool.submit(() -> {
                start.await();
                return officer.postJson("/api/cases/" + id + "/actions/notify", "{}")
                        .statusCode();
            });
            start.countDown();
            var changed = change.get();
            var notified = notify.get();
            pool.shutdown();

            assertThat(changed).as("round %s", round).isIn(200, 404, 409, 422);
            assertThat(notified).as("round %s", round).isIn(200, 409, 422);
            var view = steps.view(officer, id);
            if (view.get("stage").asText().equals("advance-notice")) {
                // whoever won, what was notified is the version the reviewer agreed to
                assertThat(view.get("proposalFine").decimalValue()).isEqualByComparingTo("80000");
                assertThat(view.get("reviewCleared").asBoolean()).isTrue();
            } else {
                assertThat(view.get("stage").asText()).isEqualTo("case-discussion");
            }
        }
    }
}
