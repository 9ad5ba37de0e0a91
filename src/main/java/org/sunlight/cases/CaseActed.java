package org.sunlight.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An act was taken on a case (R1): published inside the act's transaction, so that what listens (the documents the
 * act produces, the audit log) is kept with the act or not at all.
 *
 * @param note what the actor recorded with the act, or null
 * @param reason the written reason the act carried (an extension, a coordination), or null
 */
public record CaseActed(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        CaseAction action,
        String fromStage,
        String toStage,
        List<DocumentKind> documents,
        String actor,
        Instant actedAt,
        String note,
        String reason) {}
