package org.sunlight.inspection;

import java.time.Instant;
import java.util.UUID;

/** A drawn subject's inspector was replaced by a re-matching step, a sub-draw of the draw, with its reason. */
public record DrawRematched(
        UUID drawId,
        UUID unitId,
        int step,
        String identifier,
        String leaving,
        String reason,
        String chosen,
        String note,
        String recordedBy,
        Instant recordedAt) {}
