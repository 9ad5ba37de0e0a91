package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sunlight.organization.EnforcementCategory;

/**
 * What the review module needs to know of a case's current proposal to say whether it is major (L2).
 *
 * @param version the proposal's version, moved by the database on every change of its content (0 when none)
 * @param kind the proposed kind of decision, or null when none is proposed
 * @param amount the fine or the value confiscated in yuan, exact to the fen, or null for kinds that carry none
 * @param complex the officer or leader marked the case complex or of major public interest
 * @param hearingHeldAt when a hearing was held in the case, or null
 */
public record ProposalFacts(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        EnforcementCategory category,
        List<PartyKind> parties,
        int version,
        ProposalKind kind,
        BigDecimal amount,
        boolean complex,
        Instant hearingHeldAt) {

    public ProposalFacts {
        parties = List.copyOf(parties);
    }

    public boolean proposed() {
        return kind != null;
    }

    public boolean hearingHeld() {
        return hearingHeldAt != null;
    }
}
