package org.sunlight.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An act of a module that itself reads the audit log (and so cannot be listened to without a cycle): published in the
 * act's transaction, appended as one entry of the given kind, kept with the act or not at all.
 *
 * @param kind the entry's kind, named by the publishing module (e.g. {@code COMPLAINT_RECEIVED})
 * @param subject what kind of record the act is on (e.g. {@code complaint})
 * @param caseId the case the act belongs to, or null
 * @param detail what the act said, written as the entry's JSON detail
 */
public record AuditedAct(
        String kind,
        Instant at,
        String actor,
        String address,
        String subject,
        String recordId,
        UUID caseId,
        UUID unitId,
        Map<String, Object> detail) {}
