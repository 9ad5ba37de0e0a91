package org.sunlight.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was opened: published inside the opening transaction, so that what listens (the audit log) is kept with the
 * case or not at all.
 */
public record CaseOpened(
        UUID caseId, UUID unitId, ProcedureKind procedure, String stage, String actor, Instant openedAt) {}
