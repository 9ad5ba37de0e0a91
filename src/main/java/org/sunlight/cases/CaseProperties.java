package org.sunlight.cases;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-province amounts the law leaves to the province: the fines from which a party may ask for a hearing
 * (行政处罚法 第六十三条 "较大数额"), and the on-the-spot limits of 第五十一条; and per unit (by division code) what its
 * decisions name for payment and remedies (第五十九条).
 */
@ConfigurationProperties("sunlight.cases")
record CaseProperties(
        @DefaultValue("10000") BigDecimal hearingFineIndividual,
        @DefaultValue("100000") BigDecimal hearingFineOrganisation,
        @DefaultValue("200") BigDecimal onTheSpotFineIndividual,
        @DefaultValue("3000") BigDecimal onTheSpotFineOrganisation,
        java.util.Map<String, DecisionParticulars> decisionParticulars) {

    /** The unit's particulars, if configured for its division code. */
    java.util.Optional<DecisionParticulars> particulars(String divisionCode) {
        return decisionParticulars == null || divisionCode == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(decisionParticulars.get(divisionCode));
    }
}
