package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as stored: where it stands, what it proposes, who it is about and who handles it. */
record CaseState(
        UUID id,
        UUID unitId,
        ProcedureKind procedure,
        String stage,
        String title,
        String summary,
        String createdBy,
        java.time.Instant createdAt,
        String itemCode,
        LocalDate filedOn,
        ProposalKind proposalKind,
        BigDecimal proposalFine,
        String proposalText,
        boolean proposalMajor,
        String proposalMajorRule,
        String proposalItemCode,
        String proposalCircumstance,
        boolean proposalOutOfRange,
        String proposalOutOfRangeReason,
        boolean proposalComplex,
        int proposalVersion,
        Integer collectiveHeldVersion,
        boolean statementClosed,
        LocalDate hearingNotifiedOn,
        LocalDate hearingOn,
        java.time.Instant hearingHeldAt,
        int version,
        UUID originCaseId,
        UUID followUpCaseId,
        List<Party> parties,
        List<UUID> officerIds,
        Violation violation,
        Mitigation proposalMitigation,
        LegalGround proposalGround,
        String proposalListDeparture,
        String proposalListDepartureReason,
        LocalDate licenceValidUntil,
        String hearingPlace) {

    boolean hasProposal() {
        return proposalKind != null;
    }

    boolean collectiveDiscussionForCurrentProposal() {
        return collectiveHeldVersion != null && collectiveHeldVersion == proposalVersion;
    }

    /** The current proposal as the review module judges it (L2). */
    ProposalFacts proposalFacts() {
        return new ProposalFacts(
                id,
                unitId,
                procedure,
                procedure.category(),
                parties.stream().map(Party::kind).toList(),
                proposalVersion,
                proposalKind,
                proposalFine,
                proposalComplex,
                hearingHeldAt);
    }

    boolean anyOrganisation() {
        return parties.stream().anyMatch(party -> party.kind() == PartyKind.ORGANISATION);
    }
}
