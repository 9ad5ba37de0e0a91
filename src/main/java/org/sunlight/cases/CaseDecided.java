package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision was made on a case: the disclosure module publishes it, the statistics count it.
 *
 * @param action the deciding action, whose transition declares the decision's category
 * @param kind the kind decided, or null for an inspection outcome
 * @param fine the amount decided, or null
 */
public record CaseDecided(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        CaseAction action,
        ProposalKind kind,
        BigDecimal fine,
        LocalDate decidedOn) {}
