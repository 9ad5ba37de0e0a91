package org.sunlight.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A unit's recording devices against its acting officers, and the standard.
 *
 * @param devices the devices in service (not retired)
 * @param standard the devices per officer the administrator set, or null when none is set
 */
public record DeviceRatio(UUID unitId, String unitName, long devices, long officers, BigDecimal standard) {

    /** Devices per officer, two decimals; null when the unit has no acting officer. */
    @com.fasterxml.jackson.annotation.JsonProperty("ratio")
    public BigDecimal ratio() {
        return officers == 0
                ? null
                : BigDecimal.valueOf(devices).divide(BigDecimal.valueOf(officers), 2, RoundingMode.HALF_UP);
    }

    /** Devices the unit lacks to meet the standard (0 when it does). */
    @com.fasterxml.jackson.annotation.JsonProperty("shortfall")
    public long shortfall() {
        if (standard == null) {
            return 0;
        }
        long needed = standard.multiply(BigDecimal.valueOf(officers))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Math.max(0, needed - devices);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("meetsStandard")
    public boolean meetsStandard() {
        return shortfall() == 0;
    }
}
