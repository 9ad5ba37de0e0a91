package org.sunlight.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A unit's implementation plan of the three systems (三项制度实施方案, 国办发〔2018〕118号), one version of it.
 *
 * @param adoptedOn the day the unit adopted the plan (印发日期)
 * @param publishedAt when this version was put on the portal
 */
record ImplementationPlan(
        UUID id,
        UUID unitId,
        int version,
        String title,
        LocalDate adoptedOn,
        String body,
        String publishedBy,
        OffsetDateTime publishedAt) {}
