package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision waiting to be disclosed, or disclosed: when it is due and whether the party was told first.
 *
 * @param decision the decision this entry shows besides the case's own, or null for the case's decision
 * @param decidedKind the case's own decision's kind as decided, or null (an entry of another decision, or one made
 *     before it was kept)
 * @param decidedAmount its amount as decided, or null
 */
record DisclosureEntry(
        UUID id,
        UUID caseId,
        UUID unitId,
        String category,
        String caseTitle,
        LocalDate decidedOn,
        LocalDate dueOn,
        boolean dueUncertain,
        String status,
        LocalDate partyNotifiedOn,
        String partyNotifiedHow,
        LocalDate revokedOn,
        String revocationReason,
        LocalDate withdrawDueOn,
        Decision decision,
        org.sunlight.cases.ProposalKind decidedKind,
        java.math.BigDecimal decidedAmount) {

    /**
     * A decision of its own on a case that has already decided (行政许可法 第四十九条、第五十条: a licence changed or
     * renewed), shown by its decision document.
     *
     * @param documentId the document, or null until it is issued (in the decision's transaction)
     * @param documentNumber its 文号
     * @param changeMatters the licensed matters changed, or null
     * @param validUntil the licence's term after the decision, or null
     */
    record Decision(
            org.sunlight.cases.DocumentKind documentKind,
            UUID documentId,
            String documentNumber,
            String changeMatters,
            LocalDate validUntil) {}

    /** Revoked but still public: to be withdrawn by {@link #withdrawDueOn()}. */
    public boolean awaitingWithdrawal() {
        return "PUBLISHED".equals(status) && withdrawDueOn != null;
    }

    public boolean withdrawalOverdueOn(LocalDate day) {
        return awaitingWithdrawal() && day.isAfter(withdrawDueOn);
    }

    public boolean overdueOn(LocalDate day) {
        return "PENDING".equals(status) && day.isAfter(dueOn);
    }

    public boolean partyNotified() {
        return partyNotifiedOn != null;
    }
}
