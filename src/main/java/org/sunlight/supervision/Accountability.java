package org.sunlight.supervision;

import java.time.Instant;
import java.util.UUID;

/**
 * A matter of accountability (责任追究, A9).
 *
 * @param officerId the officer whose certificate the outcome acts on, or another the outcome names; null when none
 */
record Accountability(
        UUID id,
        UUID unitId,
        AccountabilitySource source,
        UUID complaintId,
        UUID caseId,
        String title,
        String facts,
        String openedBy,
        Instant openedAt,
        String status,
        AccountabilityOutcome outcome,
        String responsible,
        String outcomeReason,
        String decidedBy,
        Instant decidedAt,
        int version,
        UUID officerId) {

    public boolean decided() {
        return "DECIDED".equals(status);
    }
}
