package org.sunlight.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * A file was attached to a case, published in the transaction that records it (for the audit log).
 *
 * @param action the case action the file records, or null when it belongs to the stage only
 */
public record EvidenceAttached(
        UUID fileId,
        UUID caseId,
        UUID unitId,
        String sha256,
        long size,
        String mediaType,
        String fileName,
        String stage,
        String action,
        UUID deviceId,
        String username,
        Instant at) {}
