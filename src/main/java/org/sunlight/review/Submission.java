package org.sunlight.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a case's review package, with whom it went to and when it was answered.
 *
 * @param dueUncertain the due day was counted into a year whose holiday notice is not loaded
 */
public record Submission(
        UUID id,
        UUID caseId,
        UUID unitId,
        String caseTitle,
        int version,
        int proposalVersion,
        ReviewPackage reviewPackage,
        String submittedBy,
        Instant submittedAt,
        LocalDate dueOn,
        boolean dueUncertain,
        String reviewer,
        String reviewerName,
        String assignedBy,
        Instant assignedAt,
        Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean overdueOn(LocalDate today) {
        return answeredAt == null && today.isAfter(dueOn);
    }
}
