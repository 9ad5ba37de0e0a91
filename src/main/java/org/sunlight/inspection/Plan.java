package org.sunlight.inspection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A unit's yearly random-inspection plan (随机抽查计划); published before its first draw. */
public record Plan(
        UUID id,
        UUID unitId,
        int year,
        String title,
        String status,
        String createdBy,
        String publishedBy,
        OffsetDateTime publishedAt,
        List<PlanLine> lines) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
