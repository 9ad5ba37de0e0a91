package org.sunlight.catalog;

import java.math.BigDecimal;

/**
 * One circumstance of a published discretion standard (A4): the fine range it allows and the other penalties.
 *
 * @param code the standard's code, e.g. 370881-XZCF-001-2
 */
public record DiscretionBand(
        String code,
        String itemCode,
        String itemName,
        String circumstance,
        BigDecimal fineMin,
        BigDecimal fineMax,
        String otherPenalties,
        String legalBasis) {

    /** Whether a fine lies inside the band's range. */
    public boolean allows(BigDecimal fine) {
        return fine != null && fine.compareTo(fineMin) >= 0 && fine.compareTo(fineMax) <= 0;
    }
}
