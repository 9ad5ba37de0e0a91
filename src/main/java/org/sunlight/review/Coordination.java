package org.sunlight.review;

import java.time.Instant;
import java.util.UUID;

/**
 * The handling unit disagreed with an opinion and a leader settled it (协调, L4): the case returns for revision or
 * proceeds, the leader answering for it (L6).
 *
 * @param outcome PROCEED or RETURN, null while it awaits the leader
 */
public record Coordination(
        UUID id,
        UUID caseId,
        UUID submissionId,
        String requestedBy,
        Instant requestedAt,
        String requestReason,
        String outcome,
        String outcomeReason,
        String decidedBy,
        Instant decidedAt) {}
