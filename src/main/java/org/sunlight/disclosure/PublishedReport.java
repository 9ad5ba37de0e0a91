package org.sunlight.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A published version of a unit's yearly statistics report, as it was counted when published (D13). */
public record PublishedReport(
        UUID id,
        UUID unitId,
        String unitName,
        int year,
        int version,
        String reason,
        String publishedBy,
        Instant publishedAt,
        AnnualReport report) {

    public LocalDate publishedOn() {
        return LocalDate.ofInstant(publishedAt, ZoneId.of("Asia/Shanghai"));
    }
}
