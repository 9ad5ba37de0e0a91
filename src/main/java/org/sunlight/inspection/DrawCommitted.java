package org.sunlight.inspection;

import java.time.Instant;
import java.util.UUID;

/** A unit committed to a draw: the frozen pool, the rules and the commitment to its secret, by their SHA-256. */
public record DrawCommitted(
        UUID drawId,
        UUID unitId,
        UUID taskId,
        String snapshotSha256,
        String rulesSha256,
        String commitmentSha256,
        int subjects,
        int inspectors,
        String committedBy,
        Instant committedAt) {}
