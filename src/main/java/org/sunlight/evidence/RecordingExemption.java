package org.sunlight.evidence;

import java.time.Instant;
import java.util.UUID;

/** A step the recording requirements name, taken without a recording, and the reason the officer gave. */
public record RecordingExemption(
        UUID id,
        UUID caseId,
        UUID unitId,
        String action,
        String stage,
        String requirement,
        String reason,
        String username,
        Instant recordedAt) {}
