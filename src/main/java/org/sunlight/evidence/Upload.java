package org.sunlight.evidence;

import java.time.Instant;
import java.util.UUID;

/** An upload in progress (or finished, when {@code fileId} is set; given up, when {@code abandonedAt} is). */
record Upload(
        UUID id,
        UUID caseId,
        UUID unitId,
        String fileName,
        long size,
        String action,
        String stage,
        Instant capturedAt,
        UUID deviceId,
        String username,
        Instant startedAt,
        UUID fileId,
        Instant abandonedAt) {}
