package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A decision was made on a case: the disclosure module publishes it, the statistics count it. */
public record CaseDecided(
        UUID caseId, UUID unitId, ProcedureKind procedure, ProposalKind kind, BigDecimal fine, LocalDate decidedOn) {}
