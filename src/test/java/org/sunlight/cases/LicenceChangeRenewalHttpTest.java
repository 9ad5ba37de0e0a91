package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.CaseSteps.proposal;
import static org.sunlight.StaffClient.form;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.CaseSteps;
import org.sunlight.DaysPassingTest;
import org.sunlight.ReviewSteps;

/**
 * Change and renewal of a licence (行政许可法 第四十九条、第五十条) over the API and the console, days passing on the
 * application's clock: the licence's term is stated when it is granted; a change is applied for with the matters that
 * change and made or refused; a renewal is applied for at least 30 days before the term ends and decided before it
 * ends, or it counts as granted and can no longer be refused.
 */
class LicenceChangeRenewalHttpTest extends DaysPassingTest {

    /** A licence granted until the day and served today. */
    private UUID licensedUntil(LocalDate validUntil) throws Exception {
        return steps.licensedUntil(officer, leader, false, validUntil, today());
    }

    /** A water supplier's licence (item 370881-XZXK-012) granted until the day and served today. */
    private UUID waterSupplierLicensedUntil(LocalDate validUntil) throws Exception {
        var opened = officer.postJson(
                "/api/cases",
                """
                {"procedure":"LICENSING","title":"某水厂申请饮用水供水单位卫生许可","itemCode":"370881-XZXK-012",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市某水厂","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(
                                org.sunlight.CaseSteps.CLINIC_CODE,
                                steps.officerOf("qufu-officer"),
                                steps.officerOf("qufu-officer2")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        var id = UUID.fromString(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(opened.body())
                .get("id")
                .asText());
        steps.grantAndServe(officer, leader, id, validUntil, today());
        return id;
    }

    @Test
    void aLicenceInForceIsChangedAndRenewedOnAnApplicationThirtyDaysBeforeItsTermEnds() throws Exception {
        // 行政许可法 第三十九条: the term is stated on the licence, a day still to come
        var id = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, id, "receive", "{}");
        steps.act(officer, id, "accept", "{}");
        steps.act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        var pastTerm = steps.refused(leader, id, "grant-licence", "{\"validUntil\":\"" + today() + "\"}");
        assertThat(pastTerm.get("field").asText()).isEqualTo("validUntil");
        assertThat(steps.stage(officer, id)).isEqualTo("accepted");
        var validUntil = today().plusDays(100);
        steps.act(leader, id, "grant-licence", "{\"validUntil\":\"" + validUntil + "\"}");
        assertThat(steps.document(id, "LICENSING_DECISION")).contains("有效期至 " + validUntil);
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));
        steps.act(officer, id, "archive", "{}");

        // 第四十九条: the holder names what changes; the organ makes the change, in a decision served like the grant
        var unstated = steps.refused(officer, id, "apply-for-change", "{}");
        assertThat(unstated.get("rule").asText()).isEqualTo("LICENCE_CHANGE_STATED");
        assertThat(unstated.get("detail").asText()).contains("第四十九条");
        var applied = steps.act(officer, id, "apply-for-change", "{\"reason\":\"法定代表人由张某变更为李某\"}");
        assertThat(applied.get("stage").asText()).isEqualTo("change-applied");
        steps.refused(officer, id, "change-licence", "{}");
        // 第三十四条 with L5: the change is decided on a proposal of its own, not on the grant's
        assertThat(steps.refused(leader, id, "change-licence", "{}").get("rule").asText())
                .isEqualTo("PROPOSAL_RECORDED");
        var grantAgain = steps.refused(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        assertThat(grantAgain.get("field").asText()).isEqualTo("proposal.kind");
        assertThat(grantAgain.get("detail").asText()).contains("准予行政许可").contains("申请变更");
        steps.act(officer, id, "propose", proposal("LICENCE_CHANGE", null, false));
        var changed = steps.act(leader, id, "change-licence", "{}");
        assertThat(changed.get("stage").asText()).isEqualTo("change-decided");
        assertThat(steps.document(id, "LICENCE_CHANGE_DECISION"))
                .startsWith("准予变更行政许可决定书")
                .contains("第四十九条")
                .contains("法定代表人由张某变更为李某");
        assertThat(steps.act(officer, id, "serve", CaseSteps.servedOn(today()))
                        .get("stage")
                        .asText())
                .isEqualTo("served");

        // 第五十条第一款: the thirtieth day before the term ends is the last day to apply
        var lastDayToApply = validUntil.minusDays(30);
        passUntil(lastDayToApply);
        var renewal = steps.act(officer, id, "apply-for-renewal", "{}");
        assertThat(renewal.get("stage").asText()).isEqualTo("renewal-applied");
        // 第五十条第二款: decided before the term ends: the day the term ends, not moved
        assertThat(deadline(renewal, "renewal-decision").get("dueOn").asText()).isEqualTo(validUntil.toString());

        var noReason = steps.refused(leader, id, "refuse-renewal", "{}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");
        steps.act(officer, id, "propose", proposal("LICENCE_RENEWAL", null, false));
        var asProposed = steps.refused(leader, id, "refuse-renewal", "{\"reason\":\"不符合条件\"}");
        assertThat(asProposed.get("rule").asText()).isEqualTo("DECISION_AS_PROPOSED");
        var noTerm = steps.refused(leader, id, "renew-licence", "{}");
        assertThat(noTerm.get("field").asText()).isEqualTo("validUntil");
        var notLater = steps.refused(leader, id, "renew-licence", "{\"validUntil\":\"" + validUntil + "\"}");
        assertThat(notLater.get("field").asText()).isEqualTo("validUntil");
        var renewedUntil = validUntil.plusYears(4);
        var renewed = steps.act(leader, id, "renew-licence", "{\"validUntil\":\"" + renewedUntil + "\"}");
        assertThat(renewed.get("stage").asText()).isEqualTo("renewal-decided");
        assertThat(deadline(renewed, "renewal-decision").get("metOn").asText()).isEqualTo(today().toString());
        assertThat(steps.document(id, "LICENCE_RENEWAL_DECISION"))
                .startsWith("准予延续行政许可决定书")
                .contains("第五十条")
                .contains("有效期至 " + renewedUntil)
                .doesNotContain("视为准予延续");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));

        // the old term is past, the new one runs: the licence is still in force and may change again
        passUntil(validUntil.plusDays(1));
        assertThat(steps.act(officer, id, "apply-for-change", "{\"reason\":\"经营面积增加\"}")
                        .get("stage")
                        .asText())
                .isEqualTo("change-applied");
        // the earlier change's proposal is gone with the new application: the refusal is proposed afresh
        assertThat(steps.refused(leader, id, "refuse-change", "{\"reason\":\"新增经营场所未经卫生学评价\"}")
                        .get("rule")
                        .asText())
                .isEqualTo("PROPOSAL_RECORDED");
        steps.act(officer, id, "propose", proposal("LICENCE_CHANGE_REFUSAL", null, false));
        // 曲阜's review scope names 不予变更 (SHML-09): reviewed first
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(ReviewSteps.assignedReviewer(officer, id), id);
        steps.act(leader, id, "refuse-change", "{\"reason\":\"新增经营场所未经卫生学评价\"}");
        assertThat(steps.document(id, "LICENCE_CHANGE_REFUSAL"))
                .startsWith("不予变更行政许可决定书")
                .contains("新增经营场所未经卫生学评价")
                .contains("原行政许可继续有效");
    }

    @Test
    void anExpiredLicenceIsNeitherChangedNorRenewed() throws Exception {
        var validUntil = today().plusDays(40);
        var id = licensedUntil(validUntil);
        passUntil(validUntil.plusDays(1));
        var change = steps.refused(officer, id, "apply-for-change", "{\"reason\":\"法定代表人变更\"}");
        assertThat(change.get("rule").asText()).isEqualTo("LICENCE_IN_FORCE");
        assertThat(change.get("detail").asText())
                .contains(validUntil.toString())
                .contains("重新申请");
        var renewal = steps.refused(officer, id, "apply-for-renewal", "{}");
        assertThat(renewal.get("rule").asText()).isEqualTo("LICENCE_IN_FORCE");
        assertThat(steps.stage(officer, id)).isEqualTo("served");
    }

    @Test
    void aRenewalAskedForLessThanThirtyDaysBeforeTheTermEndsIsRefused() throws Exception {
        var validUntil = today().plusDays(40);
        var id = licensedUntil(validUntil);
        var lastDayToApply = validUntil.minusDays(30);
        passUntil(lastDayToApply.plusDays(1));
        var late = steps.refused(officer, id, "apply-for-renewal", "{}");
        assertThat(late.get("rule").asText()).isEqualTo("RENEWAL_APPLIED_IN_TIME");
        assertThat(late.get("detail").asText())
                .contains(validUntil.toString())
                .contains(lastDayToApply.toString())
                .contains("三十日前");

        // the console says so in Chinese, and the case stays where it was
        var page = officer.postFormAndFollow("/console/cases/" + id + "/actions/apply-for-renewal", form());
        assertThat(page.body()).contains("有效期届满30日前").contains("第五十条");
        assertThat(steps.stage(officer, id)).isEqualTo("served");
    }

    @Test
    void anItemWhoseRulesSetAnotherLeadIsRenewedThatLongBeforeItsTermEnds() throws Exception {
        // 第五十条第一款 "法律、法规、规章另有规定的，依照其规定": 《生活饮用水卫生监督管理办法》第二十条 wants a water
        // supplier's licence renewed 6 months before it ends (the demo configuration of item 370881-XZXK-012)
        var validUntil = today().plusDays(250);
        var id = waterSupplierLicensedUntil(validUntil);

        var lastDayToApply = validUntil.minusMonths(6);
        passUntil(lastDayToApply.plusDays(1));
        // still more than 30 days before the term ends, but later than the item's 6 months
        assertThat(lastDayToApply.plusDays(1)).isBefore(validUntil.minusDays(30));
        var late = steps.refused(officer, id, "apply-for-renewal", "{}");
        assertThat(late.get("rule").asText()).isEqualTo("RENEWAL_APPLIED_IN_TIME");
        assertThat(late.get("detail").asText())
                .contains(validUntil.toString())
                .contains(lastDayToApply.toString())
                .contains("届满6个月前")
                .contains("另有规定");
        assertThat(steps.stage(officer, id)).isEqualTo("served");
    }

    @Test
    void anItemWhoseRulesSetAnotherLeadIsRenewedOnItsLastDayToApply() throws Exception {
        var validUntil = today().plusDays(250);
        var id = waterSupplierLicensedUntil(validUntil);
        passUntil(validUntil.minusMonths(6));
        assertThat(steps.act(officer, id, "apply-for-renewal", "{}")
                        .get("stage")
                        .asText())
                .isEqualTo("renewal-applied");
    }

    @Test
    void aLicenceGrantedWithoutATermHasNothingToRenew() throws Exception {
        var id = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, id, "receive", "{}");
        steps.act(officer, id, "accept", "{}");
        steps.act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        steps.act(leader, id, "grant-licence", "{}");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));
        var none = steps.refused(officer, id, "apply-for-renewal", "{}");
        assertThat(none.get("rule").asText()).isEqualTo("RENEWAL_APPLIED_IN_TIME");
        assertThat(none.get("detail").asText()).contains("未载明有效期");
    }

    @Test
    void undecidedBeforeTheTermEndsTheRenewalCountsAsGrantedAndIsNoLongerRefused() throws Exception {
        var validUntil = today().plusDays(45);
        var id = licensedUntil(validUntil);
        steps.act(officer, id, "apply-for-renewal", "{}");
        passUntil(validUntil.plusDays(1));
        var refused = steps.refused(leader, id, "refuse-renewal", "{\"reason\":\"卫生条件不符合要求\"}");
        assertThat(refused.get("rule").asText()).isEqualTo("RENEWAL_DECIDED_IN_TIME");
        assertThat(refused.get("detail").asText())
                .contains(validUntil.toString())
                .contains("视为准予延续");
        assertThat(steps.stage(officer, id)).isEqualTo("renewal-applied");

        // the organ completes the renewal it is deemed to have granted
        steps.act(officer, id, "propose", proposal("LICENCE_RENEWAL", null, false));
        var renewedUntil = validUntil.plusYears(4);
        steps.act(leader, id, "renew-licence", "{\"validUntil\":\"" + renewedUntil + "\"}");
        assertThat(steps.document(id, "LICENCE_RENEWAL_DECISION"))
                .contains("视为准予延续")
                .contains("有效期至 " + renewedUntil);
    }

    @Test
    void aRenewalRefusedBeforeTheTermEndsLetsTheLicenceLapse() throws Exception {
        var validUntil = today().plusDays(45);
        var id = licensedUntil(validUntil);
        steps.act(officer, id, "apply-for-renewal", "{}");
        steps.act(officer, id, "propose", proposal("LICENCE_RENEWAL_REFUSAL", null, false));
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(ReviewSteps.assignedReviewer(officer, id), id);
        var refused = steps.act(leader, id, "refuse-renewal", "{\"reason\":\"集中空调通风系统卫生检测不合格\"}");
        assertThat(refused.get("stage").asText()).isEqualTo("renewal-decided");
        assertThat(steps.document(id, "LICENCE_RENEWAL_REFUSAL"))
                .startsWith("不予延续行政许可决定书")
                .contains("集中空调通风系统卫生检测不合格")
                .contains("有效期届满时失效");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));
        passUntil(validUntil.plusDays(1));
        assertThat(steps.refused(officer, id, "apply-for-change", "{\"reason\":\"法定代表人变更\"}")
                        .get("rule")
                        .asText())
                .isEqualTo("LICENCE_IN_FORCE");
    }
}
