package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/** A decision waiting to be disclosed, or disclosed: when it is due and whether the party was told first. */
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
        LocalDate withdrawDueOn) {

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
