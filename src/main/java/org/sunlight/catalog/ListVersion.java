package org.sunlight.catalog;

import java.time.Instant;
import java.util.UUID;

/** One version of a unit's list and who drafted, submitted, checked or returned it. */
record ListVersion(
        UUID id,
        UUID unitId,
        ListKind kind,
        int number,
        VersionStatus status,
        boolean mergedWithItems,
        String createdBy,
        Instant createdAt,
        String submittedBy,
        Instant submittedAt,
        String checkedBy,
        Instant checkedAt,
        String returnedBy,
        Instant returnedAt,
        String returnReason,
        Instant publishedAt,
        int entryCount) {

    public boolean editable() {
        return status == VersionStatus.DRAFT;
    }

    public boolean visibleToPublic() {
        return status == VersionStatus.PUBLISHED || status == VersionStatus.SUPERSEDED;
    }
}
