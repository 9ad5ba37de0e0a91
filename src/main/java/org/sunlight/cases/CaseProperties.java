package org.sunlight.cases;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-province amounts the law leaves to the province: the fines from which a party may ask for a hearing
 * (行政处罚法 第六十三条 "较大数额"), and the on-the-spot limits of 第五十一条; and per unit (by division code) what its
 * decisions name for payment and remedies (第五十九条); per licensing item, a renewal lead other than the law's 30 days
 * where the item's own rules set one (行政许可法 第五十条第一款).
 */
@ConfigurationProperties("sunlight.cases")
record CaseProperties(
        @DefaultValue("10000") BigDecimal hearingFineIndividual,
        @DefaultValue("100000") BigDecimal hearingFineOrganisation,
        @DefaultValue("200") BigDecimal onTheSpotFineIndividual,
        @DefaultValue("3000") BigDecimal onTheSpotFineOrganisation,
        java.util.Map<String, DecisionParticulars> decisionParticulars,
        java.util.Map<String, java.time.Period> renewalLead) {

    /** 行政许可法 第五十条第一款: a renewal is applied for at least 30 days before the licence's term ends. */
    static final java.time.Period RENEWAL_LEAD = java.time.Period.ofDays(30);

    /**
     * How long before its term ends a licence of the item is to be renewed: the item's own period where a law,
     * regulation or rule sets one (行政许可法 第五十条第一款 "法律、法规、规章另有规定的，依照其规定"; configured per item
     * code as {@code sunlight.cases.renewal-lead.[<code>]}, e.g. P6M), else 30 days.
     */
    java.time.Period renewalLead(String itemCode) {
        return renewalLead == null || itemCode == null
                ? RENEWAL_LEAD
                : renewalLead.getOrDefault(itemCode, RENEWAL_LEAD);
    }

    /** The unit's particulars, if configured for its division code. */
    java.util.Optional<DecisionParticulars> particulars(String divisionCode) {
        return decisionParticulars == null || divisionCode == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(decisionParticulars.get(divisionCode));
    }
}
